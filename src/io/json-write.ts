/**
 * JSON as a sequence of pieces, in a record-per-line layout: the outer `walkDepth` levels are indented as by
 * `JSON.stringify(value, null, 2)`, each value below them is written compact on its own line. A national run's
 * findings and teams are then one record per line (greppable, diffable, a third of the indented size) and are written
 * without building one long string. The text parses back to what JSON.stringify would give (test/property checks it).
 */
import type { TextOut } from './write.js';

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}

const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/** One value on one line (JSON.stringify escapes the line breaks inside strings). */
function compact(v: unknown): string {
  return (JSON.stringify(v) as string | undefined) ?? 'null';
}

/** The JSON text of `value` written into `out`: levels above `walkDepth` indented, values below it compact, one per line. */
export function* jsonText(out: TextOut, value: unknown, walkDepth = 2, indent = ''): Generator<Promise<void>> {
  let full: Promise<void> | undefined;
  if (walkDepth <= 0 || !(Array.isArray(value) || isPlainObject(value))) {
    if ((full = out.write(compact(value)))) yield full;
    return;
  }
  const inner = `${indent}  `;
  const isArray = Array.isArray(value);
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  let first = true;
  for (const key of isArray ? value.keys() : Object.keys(value)) {
    const v = (value as Record<string | number, unknown>)[key];
    // An object leaves out what JSON.stringify leaves out; an array writes null in its place.
    if (!isArray && skipped(v)) continue;
    if ((full = out.write(`${first ? open : ','}\n${inner}${isArray ? '' : `${JSON.stringify(key)}: `}`))) yield full;
    first = false;
    const el = skipped(v) ? null : v;
    // A record on the last walked level is written here: no generator per record (a national run has 300k findings).
    if (walkDepth > 1) yield* jsonText(out, el, walkDepth - 1, inner);
    else if ((full = out.write(compact(el)))) yield full;
  }
  if ((full = out.write(first ? `${open}${close}` : `\n${indent}${close}`))) yield full;
}
