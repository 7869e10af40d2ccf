/** Progress of long reads on stderr: only on a terminal and outside CI, past ~50k rows (see src/model/rows.ts). */
import type { ProgressFn } from './table.js';

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

const EVERY_MS = 250;

/** A progress callback for `stream`, or undefined when progress must stay silent (not a TTY, or CI is set). */
export function progressReporter(stream: ProgressStream, env: NodeJS.ProcessEnv, lang: 'id' | 'en'): ProgressFn | undefined {
  if (!stream.isTTY || env.CI) return undefined;
  let last = 0;
  let shown = false;
  return (file, rows, done) => {
    if (done) {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
      return;
    }
    const now = Date.now();
    if (now - last < EVERY_MS) return;
    last = now;
    shown = true;
    stream.write(`\r\x1b[K${file}: ${rows.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US')} ${lang === 'id' ? 'baris dibaca' : 'rows read'}…`);
  };
}
