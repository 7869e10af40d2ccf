/**
 * JSON as a sequence of pieces, in a record-per-line layout: the outer `walkDepth` levels are indented as by
 * `JSON.stringify(value, null, 2)`, each value below them is written compact on its own line. A national run's
 * findings and teams are then one record per line (greppable, diffable, a third of the indented size) and are written
 * without building one long string. The text parses back to what JSON.stringify would give (test/property checks it).
 */

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

/** Pieces of the JSON text of `value`: levels above `walkDepth` indented, values below it compact, one per line. */
export function* jsonChunks(value: unknown, walkDepth = 2, indent = ''): Generator<string> {
  if (walkDepth <= 0) {
    yield compact(value);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    let first = true;
    for (const el of value) {
      yield `${first ? '[' : ','}\n${inner}`;
      first = false;
      yield* jsonChunks(skipped(el) ? null : el, walkDepth - 1, inner);
    }
    yield first ? '[]' : `\n${indent}]`;
    return;
  }
  if (isPlainObject(value)) {
    let first = true;
    for (const key of Object.keys(value)) {
      const v = value[key];
      if (skipped(v)) continue;
      yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
      first = false;
      yield* jsonChunks(v, walkDepth - 1, inner);
    }
    yield first ? '{}' : `\n${indent}}`;
    return;
  }
  yield compact(value);
}
