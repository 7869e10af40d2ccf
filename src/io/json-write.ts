/**
 * `JSON.stringify(value, null, 2)` as a sequence of pieces: the outer levels are walked, deeper values are stringified
 * one at a time, so a plan with a million decisions is written without building one gigabyte-long string.
 * Generators at a walked level are written as arrays, so large lists can be produced lazily.
 * The concatenation is byte-identical to JSON.stringify (test/property checks it).
 */

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}

/** A generator or other iterator (not a Map, Set, typed array or boxed string, which JSON.stringify writes otherwise). */
function isWalkableIterable(v: unknown): v is Iterable<unknown> {
  return v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON !== 'function'
    && typeof (v as Iterable<unknown>)[Symbol.iterator] === 'function' && typeof (v as Iterator<unknown>).next === 'function';
}

const skipped = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function whole(v: unknown, indent: string): string {
  const s = JSON.stringify(v, null, 2) as string | undefined;
  if (s === undefined) return 'null';
  return indent === '' ? s : s.replaceAll('\n', `\n${indent}`);
}

/** Pieces of JSON.stringify(value, null, 2); levels below `walkDepth` are stringified whole. */
export function* jsonChunks(value: unknown, walkDepth = 2, indent = ''): Generator<string> {
  if (walkDepth <= 0) {
    yield whole(value, indent);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value) || isWalkableIterable(value)) {
    let first = true;
    for (const el of value as Iterable<unknown>) {
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
  yield whole(value, indent);
}
