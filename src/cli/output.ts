/**
 * Routes a findings report to stdout or --output; human summaries go to stderr. The report is written piece by piece
 * as the formatter gives it: a national run's report is larger than any one string may be.
 */
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import type { Finding, Severity } from '../model/finding.js';
import { formatters, HUMAN_FORMATS, type FormatName } from '../report/format/index.js';
import { stylishByRule } from '../report/format/stylish.js';
import type { Ruleset } from '../rules/types.js';
import type { Lang } from '../i18n/index.js';
import { writeFilesAtomic, type TextProducer } from '../io/write.js';
import { PACKAGE_ROOT } from '../io/package-paths.js';
import { join } from 'node:path';
import { resolveColour } from './colour.js';
import type { MainIO, OutStream } from './context.js';

export const TOOL_VERSION: string = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export interface EmitOptions {
  format: FormatName;
  output?: string;
  lang: Lang;
  failOn: Severity;
  force?: boolean;
  color?: boolean;
  ruleset: Ruleset;
  files: string[];
}

export async function emitReport(findings: Finding[], opts: EmitOptions, io: MainIO, inputs: string[]): Promise<void> {
  const toFile = opts.output !== undefined && opts.output !== '-';
  const human = HUMAN_FORMATS.includes(opts.format);
  const color = human && !toFile ? resolveColour(opts.color, io.env, io.stdout.isTTY) : null;
  const pieces = formatters[opts.format](findings, {
    lang: opts.lang,
    color,
    toolName: 'setara',
    toolVersion: TOOL_VERSION,
    // An organisation that publishes docs/rules.md (shipped in the package) names its address here.
    ...(io.env['SETARA_RULES_URL'] ? { informationUri: io.env['SETARA_RULES_URL'] } : {}),
    rules: opts.ruleset.rules.map((r) => ({ id: r.id, description: r.description, severity: r.severity, citation: r.citation, locked: r.locked })),
    files: opts.files.map((f) => f.split('\\').join('/')),
    failOn: opts.failOn,
  });
  if (toFile) {
    const file = { target: opts.output!, display: opts.output!, produce: producer(pieces) };
    await writeFilesAtomic([file], { cwd: io.cwd, force: opts.force ?? false, inputs });
    return;
  }
  // A clean human report is a status message, not data: stderr keeps stdout empty for pipes. Clean: nothing that counts.
  await writeStream(human && findings.every((f) => f.suppressed !== undefined) ? io.stderr : io.stdout, pieces);
}

/** The pieces written into an atomic file, waiting whenever the file's buffer goes to the disk. */
function producer(pieces: Iterable<string>): TextProducer {
  return function* (out) {
    for (const piece of pieces) {
      const full = out.write(piece);
      if (full) yield full;
    }
  };
}

/** Pieces are joined up to this many UTF-16 units per write: a write per finding would cost more than the text. */
const STREAM_BATCH = 1 << 16;

/**
 * The pieces written to a stream in batches. A Node stream whose buffer is full (a slow pipe, `| less`) is waited
 * for, so the report is never held in its buffer whole; one whose reader went away (EPIPE, `| head`) is given no
 * more (main() takes EPIPE as no error).
 */
export async function writeStream(stream: OutStream, pieces: Iterable<string>): Promise<void> {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length < STREAM_BATCH) continue;
    if (!(await written(stream, batch))) return;
    batch = '';
  }
  if (batch) await written(stream, batch);
}

/** Writes; false when the stream will take nothing more. */
async function written(stream: OutStream, text: string): Promise<boolean> {
  if (!(stream instanceof Writable)) {
    stream.write(text);
    return true;
  }
  if (stream.destroyed) return false;
  if (stream.write(text)) return true;
  // 'close' and 'error' too: a stream destroyed while its buffer was full never drains.
  await new Promise<void>((resolve) => {
    const done = () => {
      for (const event of ['drain', 'close', 'error']) stream.off(event, done);
      resolve();
    };
    for (const event of ['drain', 'close', 'error']) stream.on(event, done);
  });
  return !stream.destroyed;
}

/** Findings grouped by rule on stderr (migrate's files carry each finding), coloured as stderr allows. */
export function emitFindingsByRule(findings: readonly Finding[], opts: { lang: Lang; color?: boolean }, io: MainIO): void {
  io.stderr.write(stylishByRule(findings, { lang: opts.lang, color: resolveColour(opts.color, io.env, io.stderr.isTTY) }));
}
