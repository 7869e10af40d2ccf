/**
 * Progress of long runs on stderr: only on a terminal and outside CI. Reading reports past ~50k rows (see
 * src/model/rows.ts); once it has, the stages after it (checks, decisions, each file written) are shown too, so that a
 * national run is never silent for long. A small run shows nothing.
 */
import type { Text } from '../i18n/index.js';
import type { ProgressFn } from './table.js';

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  /** Records read from a file so far (`done`: the whole file): the readers' callback. */
  rows: ProgressFn;
  /** A stage that starts now and tells nothing of how far it is (checks, decisions). */
  stage(text: Text): void;
  /** Bytes written to a file so far (shown from 1 MB on). */
  written(file: string, bytes: number): void;
  /** Clears the line: before the report or summary is written, and at the end. */
  clear(): void;
}

const EVERY_MS = 250;

/**
 * Progress on `stream`, or undefined when it must stay silent (not a TTY, or CI is set). With `long`, stages and writes
 * are shown from the start (a command that reads nothing, such as generate).
 */
export function progressReporter(stream: ProgressStream, env: NodeJS.ProcessEnv, lang: 'id' | 'en', long = false): Progress | undefined {
  if (!stream.isTTY || env.CI) return undefined;
  let last = 0;
  let shown = false;
  const show = (text: string, now = Date.now()) => {
    last = now;
    shown = true;
    stream.write(`\r\x1b[K${text}…`);
  };
  const clear = () => {
    if (shown) stream.write('\r\x1b[K');
    shown = false;
  };
  const throttled = (text: () => string) => {
    const now = Date.now();
    if (now - last >= EVERY_MS) show(text(), now);
  };
  const number = (n: number) => n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US');
  return {
    rows(file, rows, done) {
      if (done) clear();
      else {
        // Reading has reported: the run is long enough for the later stages to be shown.
        long = true;
        throttled(() => `${file}: ${number(rows)} ${lang === 'id' ? 'baris dibaca' : 'rows read'}`);
      }
    },
    stage(text) {
      if (long) show(text[lang]);
    },
    written(file, bytes) {
      if (long && bytes >= 1e6) throttled(() => `${lang === 'id' ? 'menulis' : 'writing'} ${file}: ${number(Math.round(bytes / 1e6))} MB`);
    },
    clear,
  };
}
