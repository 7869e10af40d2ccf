/**
 * Reads a YAML file, validates it against a shipped JSON Schema, and reports the first problems with file:line and key.
 * The shipped files come from dist/shipped-yaml.json when their text and schema are unchanged since the build.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { ErrorObject } from 'ajv';
import { ConfigError } from '../errors.js';
import type { Text } from '../i18n/index.js';
import { readSmallFile } from './input-file.js';
import { PACKAGE_ROOT, SHIPPED_CACHE_FILE } from './package-paths.js';
import { locate, yamlLib } from './yaml-locate.js';
import { schemaSha256, schemaValidator, sha256 } from './schemas.js';

export interface LoadedYaml<T> {
  data: T;
  /** Line of a JSON pointer path in the file, for later findings about a value. */
  lineOf(pointer: string): number | undefined;
}

/** One shipped YAML file as parsed and validated at build time. */
export interface ShippedEntry {
  /** Relative to the package root. */
  path: string;
  sha256: string;
  schema: string;
  /** A schema edited since the build must not let through data it would now reject. */
  schemaSha256: string;
  /** The data as JSON text, parsed on each hit so that no caller sees another caller's changes. */
  json: string;
  /**
   * `[pointer, line]` pairs for every value, as JSON text: callers ask for lines while loading (every rule, every
   * JF), and the YAML parse that would take is what the cache is there to save.
   */
  lines: string;
}

/** Cache entries by absolute path. */
export type ShippedCache = ReadonlyMap<string, ShippedEntry>;

export const SHIPPED_CACHE_FORMAT = 1;
let shipped: ShippedCache | undefined;

/** Reads `path` (shown as `displayPath`) and validates it against `schemaFile`; the cache is read once, on first use. */
export function loadYaml<T>(path: string, displayPath: string, schemaFile: string): LoadedYaml<T> {
  shipped ??= readShippedCache(SHIPPED_CACHE_FILE);
  return loadYamlFrom<T>(shipped, path, displayPath, schemaFile);
}

/** loadYaml with a given cache: a hit needs the text and the schema the entry was built from. */
export function loadYamlFrom<T>(cache: ShippedCache, path: string, displayPath: string, schemaFile: string): LoadedYaml<T> {
  const text = readSmallFile(path, displayPath);
  return fromCache<T>(cache.get(resolve(path)), text, schemaFile) ?? parseYaml<T>(text, displayPath, schemaFile);
}

function fromCache<T>(entry: ShippedEntry | undefined, text: string, schemaFile: string): LoadedYaml<T> | undefined {
  if (entry?.schema !== schemaFile || entry.sha256 !== sha256(text) || entry.schemaSha256 !== schemaSha256(schemaFile)) return undefined;
  let data: T;
  let lines: Map<string, number | null>;
  try {
    data = JSON.parse(entry.json) as T;
    lines = new Map(JSON.parse(entry.lines) as Array<[string, number | null]>);
  } catch {
    return undefined; // a corrupt entry is a miss
  }
  // A pointer into no value (an error's deeper path) needs the document: parse it then, once.
  let parsed: LoadedYaml<T>['lineOf'] | undefined;
  return { data, lineOf: (pointer) => lines.get(pointer) ?? (parsed ??= locator(text))(pointer) };
}

/** The cache in `file`; empty when it is missing, unreadable or malformed, as the cache only ever saves time. */
export function readShippedCache(file: string): ShippedCache {
  const cache = new Map<string, ShippedEntry>();
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; files?: unknown } | null;
    if (parsed?.format !== SHIPPED_CACHE_FORMAT || !Array.isArray(parsed.files)) return cache;
    for (const e of parsed.files as unknown[]) if (isEntry(e)) cache.set(resolve(PACKAGE_ROOT, e.path), e);
  } catch {
    // no cache
  }
  return cache;
}

function isEntry(e: unknown): e is ShippedEntry {
  const fields = ['path', 'sha256', 'schema', 'schemaSha256', 'json', 'lines'] as const;
  return typeof e === 'object' && e !== null && fields.every((k) => typeof (e as Record<string, unknown>)[k] === 'string');
}

/** The cache entry for a file, parsed and validated as a miss would be (and failing with the same ConfigError). */
export function shippedEntry(path: string, displayPath: string, schemaFile: string): ShippedEntry {
  const text = readSmallFile(path, displayPath);
  const { data, lineOf } = parseYaml<unknown>(text, displayPath, schemaFile);
  const json = JSON.stringify(data);
  if (!isDeepStrictEqual(JSON.parse(json), data))
    throw new ConfigError({ id: 'nilai tidak dapat disimpan sebagai JSON (.inf, .nan, -0?)', en: 'a value cannot be stored as JSON (.inf, .nan, -0?)' }, displayPath);
  const lines = [...pointersOf(data)].map((p) => [p, lineOf(p)]);
  return {
    path: relative(PACKAGE_ROOT, path), sha256: sha256(text), schema: schemaFile, schemaSha256: schemaSha256(schemaFile),
    json, lines: JSON.stringify(lines),
  };
}

/** The JSON pointer of `value` and of everything in it, keys escaped as callers escape them (RFC 6901). */
export function* pointersOf(value: unknown, at = ''): Generator<string> {
  yield at;
  if (typeof value !== 'object' || value === null) return;
  for (const [k, v] of Object.entries(value)) yield* pointersOf(v, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
}

function parseDoc(text: string) {
  const { LineCounter, parseDocument } = yamlLib();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { doc, lineCounter };
}

function locator(text: string): LoadedYaml<unknown>['lineOf'] {
  const { doc, lineCounter } = parseDoc(text);
  return (pointer) => locate(doc, lineCounter, pointer);
}

export function parseYaml<T>(text: string, displayPath: string, schemaFile: string): LoadedYaml<T> {
  const { doc, lineCounter } = parseDoc(text);
  const err = doc.errors[0];
  if (err) {
    const line = err.linePos?.[0]?.line ?? lineCounter.linePos(err.pos[0]).line;
    throw new ConfigError({ id: `YAML tidak sah: ${firstLine(err.message)}`, en: `invalid YAML: ${firstLine(err.message)}` }, displayPath, line);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new ConfigError({ id: `YAML tidak sah: ${firstLine((e as Error).message)}`, en: `invalid YAML: ${firstLine((e as Error).message)}` }, displayPath);
  }
  const validate = schemaValidator(schemaFile);
  if (!validate(data)) {
    const { where, text: problem } = schemaProblem(validate.errors ?? []);
    throw new ConfigError(problem, displayPath, locate(doc, lineCounter, where));
  }
  return { data: data as T, lineOf: (pointer) => locate(doc, lineCounter, pointer) };
}

/** The most useful of ajv's errors: the JSON pointer of the value, and a message that names its key. */
export function schemaProblem(errors: ErrorObject[]): { where: string; text: Text } {
  const e = pickError(errors);
  const where = e.instancePath + (e.keyword === 'additionalProperties' ? `/${(e.params as { additionalProperty: string }).additionalProperty}` : '');
  const key = where === '' ? '(root)' : where.slice(1).replace(/\//g, '.');
  const { id, en } = describeError(e);
  return { where, text: { id: `'${key}': ${id}`, en: `'${key}': ${en}` } };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

/** The most useful error first: unknown keys and wrong values before the "must match a schema in anyOf" noise. */
function pickError(errors: ErrorObject[]): ErrorObject {
  const order = ['additionalProperties', 'required', 'enum', 'const', 'type', 'pattern'];
  const sorted = [...errors].sort((a, b) => rank(a) - rank(b) || b.instancePath.length - a.instancePath.length);
  return sorted[0] ?? errors[0]!;
  function rank(e: ErrorObject): number {
    const i = order.indexOf(e.keyword);
    return i === -1 ? order.length : i;
  }
}

function describeError(e: ErrorObject): { id: string; en: string } {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return { id: 'kunci tidak dikenal', en: 'unknown key' };
    case 'required':
      return { id: `kunci wajib '${String(p.missingProperty)}' tidak ada`, en: `missing required key '${String(p.missingProperty)}'` };
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String).join(', ');
      return { id: `nilai harus salah satu dari: ${allowed}`, en: `must be one of: ${allowed}` };
    }
    case 'const':
      return { id: `nilai harus ${JSON.stringify(p.allowedValue)}`, en: `must be ${JSON.stringify(p.allowedValue)}` };
    case 'type':
      return { id: `harus bertipe ${String(p.type)}`, en: `must be of type ${String(p.type)}` };
    default:
      return { id: e.message ?? e.keyword, en: e.message ?? e.keyword };
  }
}
