#!/usr/bin/env node
// Writes dist/shipped-yaml.json: every YAML file under rules/, parsed and validated by the compiled loader, so that
// a run takes the shipped rulesets and reference data from JSON instead of paying for yaml and ajv (see loadYaml);
// and dist/schema-validators.cjs: every JSON Schema of rules/schemas as ajv standalone code (see src/io/schemas.ts).
// Run after tsc (npm run build); fails with one line when a shipped file does not validate.

import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { oneLine, SetaraError } from '../dist/errors.js';
import { SHIPPED_CACHE_FORMAT, shippedEntry } from '../dist/io/load-yaml.js';
import { PACKAGE_ROOT, RULES_DIR, SHIPPED_CACHE_FILE } from '../dist/io/package-paths.js';
import { PREBUILT_VALIDATORS_FILE, prebuiltValidatorsCode } from '../dist/io/schemas.js';
import { REFERENCE_FILES } from '../dist/rules/reference.js';

const DATA_SCHEMAS = new Map(Object.values(REFERENCE_FILES));

/** The schema a shipped file is loaded with, as reference.ts and ruleset.ts do. */
function schemaOf(display) {
  const [dir, name] = display.replace(/^rules\//, '').split('/');
  if (dir === 'rulesets') return 'ruleset.schema.json';
  if (dir === 'data' && DATA_SCHEMAS.has(name)) return DATA_SCHEMAS.get(name);
  throw new Error(`${display}: no schema known for this shipped file`);
}

function yamlFiles() {
  return readdirSync(RULES_DIR, { recursive: true })
    .filter((f) => /\.yaml$/.test(f))
    .sort()
    .map((f) => join(RULES_DIR, f));
}

try {
  const files = yamlFiles().map((path) => {
    const display = relative(PACKAGE_ROOT, path).split(sep).join('/');
    return shippedEntry(path, display, schemaOf(display));
  });
  writeFileSync(SHIPPED_CACHE_FILE, `${JSON.stringify({ format: SHIPPED_CACHE_FORMAT, files })}\n`);
  writeFileSync(PREBUILT_VALIDATORS_FILE, prebuiltValidatorsCode());
} catch (e) {
  console.error(`build-cache: ${e instanceof SetaraError ? oneLine(e, 'en') : e.message}`);
  process.exit(1);
}
