/** Source positions for JSON pointer paths (as ajv reports them) in a YAML document parsed with a LineCounter. */
import { createRequire } from 'node:module';
import type { Document, LineCounter, Node, ParsedNode } from 'yaml';

const require = createRequire(import.meta.url);
let yamlModule: typeof import('yaml') | undefined;

/** The `yaml` package, loaded on first use: a run served from the shipped-YAML cache never needs it. */
export function yamlLib(): typeof import('yaml') {
  return (yamlModule ??= require('yaml') as typeof import('yaml'));
}

/** `/jf/3/a~1b` → `['jf', '3', 'a/b']` (RFC 6901 unescaping). `''` is the root. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The 1-based line of the node at `instancePath` (an ajv `instancePath`, i.e. a JSON pointer such as
 * `/jf/3/kategori`). For an entry of a map it is the line of the entry's key; for a sequence item the line where
 * the item starts. When the path goes further than the document, the line of the deepest part that exists is
 * returned (e.g. the object that lacks a required key); undefined only when the document has no content.
 */
export function locate(doc: Document, lineCounter: LineCounter, instancePath: string): number | undefined {
  const { isAlias, isMap, isSeq } = yamlLib();
  const lineOf = (n: unknown): number | undefined => {
    const range = (n as Node | null | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  let node: unknown = doc.contents;
  let line = lineOf(node);
  for (const part of parsePointer(instancePath)) {
    if (isAlias(node)) node = node.resolve(doc as Document.Parsed) as ParsedNode | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => keyText(p.key) === part);
      if (!pair) break;
      line = lineOf(pair.key) ?? lineOf(pair.value) ?? line;
      node = pair.value;
    } else if (isSeq(node)) {
      if (!/^\d+$/.test(part)) break;
      const item = node.items[Number(part)];
      if (item === undefined) break;
      line = lineOf(item) ?? line;
      node = item;
    } else break;
  }
  return line;
}

function keyText(key: unknown): string | undefined {
  if (yamlLib().isScalar(key)) return String(key.value);
  if (key === null || key === undefined) return undefined;
  return typeof key === 'object' ? undefined : String(key);
}
