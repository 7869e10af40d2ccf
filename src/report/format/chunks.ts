/**
 * Helpers for formatters that give their text in pieces. A national run has a million findings: one string of its
 * JSON or SARIF report would pass V8's limit on a string's length (2^29 - 24 UTF-16 units, "Invalid string length").
 */

/** `map` without the array: each element is made when it is read, so the results are never all held at once. */
export function* lazyMap<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/**
 * `JSON.stringify(value, null, 2)` in pieces, for a value whose array under `key` comes last at every level above it
 * (nothing follows it but closing brackets) and is given apart as `items`: `value` holds `[]` under `key`. The text
 * around the array comes from one stringify of `value`, each element from its own stringify, indented to its depth;
 * joined, the pieces are the bytes one stringify of the whole would give.
 */
export function* indentedJson(value: object, key: string, items: Iterable<unknown>): Generator<string> {
  const text = JSON.stringify(value, null, 2);
  const empty = `${JSON.stringify(key)}: []`;
  const at = text.lastIndexOf(empty);
  const tail = text.slice(at + empty.length);
  if (at < 0 || !/^[\s\]}]*$/.test(tail)) throw new Error(`internal: "${key}" is not the last array of the value`);
  const indent = text.slice(text.lastIndexOf('\n', at) + 1, at);
  const inner = `\n${indent}  `;
  let first = true;
  for (const item of items) {
    const element = JSON.stringify(item, null, 2).replace(/\n/g, inner);
    yield first ? `${text.slice(0, at + empty.length - 1)}${inner}${element}` : `,${inner}${element}`;
    first = false;
  }
  yield first ? text : `\n${indent}]${tail}`;
}
