/**
 * The prebuilt (ajv standalone) validators written by `npm run build`: used only for the exact schema text they were
 * built from, and they judge data exactly as a fresh ajv compile does.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { AJV_OPTIONS, PREBUILT_VALIDATORS_FILE, prebuiltValidator, schemaText, schemaValidator } from '../../src/io/schemas.js';
import { runMain } from '../helpers/run-main.js';

const require = createRequire(import.meta.url);
const fresh = (file: string) => new Ajv(AJV_OPTIONS).compile(JSON.parse(schemaText(file)) as object);

const ROWS: Record<string, unknown[]> = {
  'posts.schema.json': [
    { id: 'A', parent_id: null, name: 'Kepala', kind: 'pengawas', eselon: 'IV.a', unit: '', opd: 'Dinas', unit_type: 'seksi' },
    { id: 'A\u0001', parent_id: '', name: '', kind: 'kepala', eselon: 'IV.c', unit: 'x'.repeat(600), opd: 'Dinas', unit_type: null },
    { parent_id: null, extra: 1 },
    // 100 emoji: 100 code points, 200 UTF-16 units (the limit); 101 are over it.
    { id: '\u{1F600}'.repeat(100), name: 'x' },
    { id: '\u{1F600}'.repeat(101), name: 'x' },
  ],
  'people.schema.json': [
    { nip: '198001012005011001', name: 'Budi', post_id: 'A', golongan: 'III/a', education: 'S1', birth_date: '1980-01-01', status: 'pns', role: null },
    { nip: '', name: 7, post_id: null, golongan: 'III/z', education: 'S9', birth_date: '1980-13-01', status: 'x', role: null },
  ],
};

describe('prebuilt schema validators (dist/schema-validators.cjs)', () => {
  it('are built by npm run build for every schema', () => {
    expect(existsSync(PREBUILT_VALIDATORS_FILE), 'run npm run build').toBe(true);
  });

  it('judge rows exactly as a fresh compile: same verdict, same errors', () => {
    for (const [file, rows] of Object.entries(ROWS)) {
      const built = schemaValidator(file);
      const compiled = fresh(file);
      for (const row of rows) {
        expect(built(row), `${file} ${JSON.stringify(row)}`).toBe(compiled(row));
        expect(built.errors ?? null).toEqual(compiled.errors ?? null);
      }
    }
  });

  it('count lengths in UTF-16 units, as String#length does (not code points)', () => {
    const posts = schemaValidator('posts.schema.json');
    expect(posts({ id: '\u{1F600}'.repeat(100), name: 'x' })).toBe(true);
    expect(posts({ id: '\u{1F600}'.repeat(101), name: 'x' })).toBe(false);
    expect(posts.errors?.map((e) => e.keyword)).toEqual(['maxLength']);
  });

  it('are used only for the schema text they were built from', () => {
    const mod = require(PREBUILT_VALIDATORS_FILE) as Record<string, unknown>;
    const text = schemaText('posts.schema.json');
    expect(prebuiltValidator(mod, 'posts.schema.json', text)).toBe(mod['posts.schema.json']);
    expect(prebuiltValidator(mod, 'posts.schema.json', text.replace('"maxLength": 500', '"maxLength": 50'))).toBeUndefined();
    expect(prebuiltValidator(mod, 'nope.schema.json', text)).toBeUndefined();
    expect(prebuiltValidator(null, 'posts.schema.json', text)).toBeUndefined();
    expect(prebuiltValidator({ 'posts.schema.json': 'not a function', sha256: {} }, 'posts.schema.json', text)).toBeUndefined();
  });
});

describe('plan.schema.json', () => {
  it("describes migrate's plan.json, manifest included, and refuses a manifest entry without size or a bad hash", async () => {
    const out = mkdtempSync(join(tmpdir(), 'setara-plan-'));
    const sample = 'fixtures/kabupaten-contoh';
    const r = await runMain(['migrate', `${sample}/posts.csv`, '--people', `${sample}/people.csv`, '--teams', `${sample}/teams.csv`, '--out', out, '--force', '--as-of', '2026-12-01']);
    expect(r.code).toBe(1);
    const plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')) as { files: Array<Record<string, unknown>> };
    expect(plan.files.map((f) => f.file)).toEqual(['posts.csv', 'mapping.csv', 'people.csv', 'teams.csv', 'findings.json']);
    const valid = schemaValidator('plan.schema.json');
    expect(valid(plan), JSON.stringify(valid.errors)).toBe(true);
    const entry = plan.files[0]!;
    const withFiles = (files: unknown) => valid({ ...plan, files });
    expect(withFiles([{ file: entry.file, sha256: entry.sha256 }])).toBe(false);
    expect(withFiles([{ ...entry, sha256: 'ABC' }])).toBe(false);
    expect(withFiles([{ ...entry, extra: 1 }])).toBe(false);
  }, 60_000);
});
