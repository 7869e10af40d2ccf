/**
 * The JSON Schemas of rules/schemas as ajv validators. `npm run build` also writes every schema as ajv standalone
 * code (dist/schema-validators.cjs, scripts/build-cache.mjs): a run then loads ready validators instead of loading
 * ajv and compiling, which took a third of the start-up of `validate`. A schema edited since the build (its text no
 * longer matches the hash written with the code) is compiled as before.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Ajv, Options, ValidateFunction } from 'ajv';
import { PACKAGE_ROOT, SCHEMAS_DIR } from './package-paths.js';

const require = createRequire(import.meta.url);

// strictRequired off: the ruleset schema's if/then requires keys declared on the parent object.
// unicode off: minLength/maxLength count UTF-16 units (String#length), not code points. ajv's code-point count walks
// every string in JS, twice per length-bounded cell of every row: 0.7 s of a million-post run. The limits are
// generous (200, 500), so a cell of emoji meets its limit at half the characters; no real title comes close.
// No logger: ajv 8 marks that option deprecated (it still works) and would print so on every instance; in strict mode
// every schema problem is an error, not a warning, so nothing else is lost.
export const AJV_OPTIONS: Options = { allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, unicode: false, logger: false };

export const PREBUILT_VALIDATORS_FILE = join(PACKAGE_ROOT, 'dist', 'schema-validators.cjs');

/** The standalone module: a validator per schema file name, and `sha256` of each schema text it was built from. */
type Prebuilt = Record<string, unknown> & { sha256?: Record<string, string> };

let ajv: Ajv | undefined;
let prebuilt: Prebuilt | null | undefined;
const validators = new Map<string, ValidateFunction>();

export function schemaValidator(schemaFile: string): ValidateFunction {
  let v = validators.get(schemaFile);
  if (!v) {
    const text = schemaText(schemaFile);
    v = prebuiltValidator(prebuiltModule(), schemaFile, text) ?? ajvInstance().compile(JSON.parse(text) as object);
    validators.set(schemaFile, v);
  }
  return v;
}

/** The validator built for exactly this schema text, if the module has one. */
export function prebuiltValidator(mod: Prebuilt | null, schemaFile: string, text: string): ValidateFunction | undefined {
  const fn = mod?.[schemaFile];
  return typeof fn === 'function' && mod?.sha256?.[schemaFile] === sha256(text) ? (fn as ValidateFunction) : undefined;
}

/** The built module, once per process; missing or broken (no build yet) is no error: the schemas are compiled. */
function prebuiltModule(): Prebuilt | null {
  if (prebuilt === undefined) {
    try {
      prebuilt = require(PREBUILT_VALIDATORS_FILE) as Prebuilt;
    } catch {
      prebuilt = null;
    }
  }
  return prebuilt;
}

/** ajv, loaded on the first compile: a built run may never need it. */
function ajvInstance(): Ajv {
  if (!ajv) {
    const { Ajv } = require('ajv') as typeof import('ajv');
    ajv = new Ajv(AJV_OPTIONS);
  }
  return ajv;
}

/** Every schema of rules/schemas as one CommonJS module of ajv standalone code (run by scripts/build-cache.mjs). */
export function prebuiltValidatorsCode(): string {
  const { Ajv } = require('ajv') as typeof import('ajv');
  const standaloneCode = (require('ajv/dist/standalone') as { default: (ajv: Ajv, refs: Record<string, string>) => string }).default;
  const builder = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
  const files = readdirSync(SCHEMAS_DIR).filter((f) => f.endsWith('.schema.json')).sort();
  const hashes: Record<string, string> = {};
  for (const f of files) {
    builder.addSchema(JSON.parse(schemaText(f)) as object, f);
    hashes[f] = schemaSha256(f);
  }
  return `${standaloneCode(builder, Object.fromEntries(files.map((f) => [f, f])))}\nexports.sha256 = ${JSON.stringify(hashes)};\n`;
}

/** A schema's text, read once per process (each shipped file loaded from the cache checks its schema's hash). */
export function schemaText(schemaFile: string): string {
  let text = schemaTexts.get(schemaFile);
  if (text === undefined) schemaTexts.set(schemaFile, (text = readFileSync(join(SCHEMAS_DIR, schemaFile), 'utf8')));
  return text;
}

const schemaTexts = new Map<string, string>();
const schemaHashes = new Map<string, string>();

export function schemaSha256(schemaFile: string): string {
  let h = schemaHashes.get(schemaFile);
  if (h === undefined) schemaHashes.set(schemaFile, (h = sha256(schemaText(schemaFile))));
  return h;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
