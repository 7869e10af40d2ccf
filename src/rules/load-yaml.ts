/** Reads a YAML file, validates it against a shipped JSON Schema, and reports the first problems with file:line and key. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import { ConfigError } from '../errors.js';
import { SCHEMAS_DIR } from './package-paths.js';
import { locate } from './yaml-locate.js';

// strictRequired off: the ruleset schema's if/then requires keys declared on the parent object.
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
const compiled = new Map<string, ValidateFunction>();

export function schemaValidator(schemaFile: string): ValidateFunction {
  let v = compiled.get(schemaFile);
  if (!v) {
    const schema = JSON.parse(readFileSync(join(SCHEMAS_DIR, schemaFile), 'utf8')) as object;
    v = ajv.compile(schema);
    compiled.set(schemaFile, v);
  }
  return v;
}

export interface LoadedYaml<T> {
  data: T;
  /** Line of a JSON pointer path in the file, for later findings about a value. */
  lineOf(pointer: string): number | undefined;
}

export function loadYaml<T>(path: string, displayPath: string, schemaFile: string): LoadedYaml<T> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new ConfigError({ id: `berkas tidak dapat dibaca (${code})`, en: `cannot read file (${code})` }, displayPath);
  }
  return parseYaml<T>(text, displayPath, schemaFile);
}

export function parseYaml<T>(text: string, displayPath: string, schemaFile: string): LoadedYaml<T> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
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
    const e = pickError(validate.errors ?? []);
    const where = e.instancePath + (e.keyword === 'additionalProperties' ? `/${(e.params as { additionalProperty: string }).additionalProperty}` : '');
    const line = locate(doc, lineCounter, where);
    const key = where === '' ? '(root)' : where.slice(1).replace(/\//g, '.');
    const { id, en } = describeError(e);
    throw new ConfigError({ id: `'${key}': ${id}`, en: `'${key}': ${en}` }, displayPath, line);
  }
  return { data: data as T, lineOf: (pointer) => locate(doc, lineCounter, pointer) };
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
