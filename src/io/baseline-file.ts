/**
 * The baseline file of `validate --write-baseline F` and `--baseline F` (schema: rules/schemas/baseline.schema.json).
 * JSON with one entry per line, written sorted, so that a git diff shows one line per finding gone or added:
 * ```
 * {
 *   "version": 1,
 *   "tool": {
 *     "name": "setara",
 *     "version": "0.1.0"
 *   },
 *   "entries": [
 *     {"rule":"team/owner-missing","table":"teams","team":"TIM-X","nip":"199001012015031001","column":"owner_post_id"},
 *     ...
 *   ]
 * }
 * ```
 */
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { readSmallFile } from './input-file.js';
import { jsonText } from './json-write.js';
import { schemaProblem } from './load-yaml.js';
import { schemaValidator } from './schemas.js';
import { writeFilesAtomic, type TextOut, type WriteGuard } from './write.js';

export const BASELINE_VERSION = 1;

/** A line per finding: a national run's baseline is far above the 10 MB of a rule file, and below what V8 reads as one string. */
const BASELINE_MAX_BYTES = 256 * 1024 * 1024;

/** One finding of the baseline; keys in this order. */
export interface BaselineEntry {
  rule: string;
  /** posts, people or teams; another file by its path as given. */
  table: string;
  post?: string;
  team?: string;
  nip?: string;
  column?: string;
  /** Only when the finding names no post, person or team. */
  value?: string;
}

/** The entries of a baseline file; an unreadable, malformed or invalid one is one line naming it (exit 2). */
export function readBaseline(file: string, cwd: string): BaselineEntry[] {
  const text = readSmallFile(resolve(cwd, file), file, BASELINE_MAX_BYTES);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const why = (e as Error).message;
    throw new InputError({ id: `baseline bukan JSON yang sah (${why})`, en: `the baseline is not valid JSON (${why})` }, file);
  }
  const validate = schemaValidator('baseline.schema.json');
  if (!validate(data)) {
    const { text: problem } = schemaProblem(validate.errors ?? []);
    throw new InputError({ id: `baseline tidak sah: ${problem.id}`, en: `invalid baseline: ${problem.en}` }, file);
  }
  return (data as { entries: BaselineEntry[] }).entries;
}

/** Writes the entries (already sorted) atomically; an existing file only with --force, never over an input. */
export async function writeBaseline(target: string, entries: readonly BaselineEntry[], toolVersion: string, guard: WriteGuard): Promise<void> {
  const doc = { version: BASELINE_VERSION, tool: { name: 'setara', version: toolVersion }, entries };
  await writeFilesAtomic([{ target, display: target, produce: (out) => documentText(out, doc) }], guard);
}

function* documentText(out: TextOut, doc: unknown): Generator<Promise<void>> {
  yield* jsonText(out, doc);
  const full = out.write('\n');
  if (full) yield full;
}
