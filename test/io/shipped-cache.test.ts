import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { loadYamlFrom, parseYaml, pointersOf, readShippedCache, shippedEntry, type ShippedCache } from '../../src/io/load-yaml.js';
import { PACKAGE_ROOT, RULES_DIR, SHIPPED_CACHE_FILE } from '../../src/io/package-paths.js';
import { REFERENCE_FILES } from '../../src/rules/reference.js';
import { SHIPPED_RULESETS } from '../../src/rules/ruleset.js';

const RULESET_SCHEMA = 'ruleset.schema.json';

/** Every YAML file the package loads from rules/, with its display path and schema. */
const SHIPPED = [
  ...Object.values(REFERENCE_FILES).map(([name, schema]) => ({ display: `rules/data/${name}`, schema })),
  ...SHIPPED_RULESETS.map((id) => ({ display: `rules/rulesets/${id}.yaml`, schema: RULESET_SCHEMA })),
].map((f) => ({ ...f, path: join(PACKAGE_ROOT, f.display) }));

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'setara-cache-'));
  temps.push(dir);
  return dir;
}

/** A copy of provinsi.yaml outside the package, and a cache built from it as the build would. */
function cachedCopy(): { path: string; text: string; cache: Map<string, ReturnType<typeof shippedEntry>> } {
  const path = join(tempDir(), 'provinsi.yaml');
  copyFileSync(join(RULES_DIR, 'rulesets', 'provinsi.yaml'), path);
  return { path, text: readFileSync(path, 'utf8'), cache: new Map([[path, shippedEntry(path, 'provinsi.yaml', RULESET_SCHEMA)]]) };
}

function thrown(f: () => unknown): ConfigError {
  try {
    f();
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('the built cache (dist/shipped-yaml.json, written by npm run build)', () => {
  const cache = readShippedCache(SHIPPED_CACHE_FILE);

  it.each(SHIPPED)('$display is served from it, equal to a fresh parse', ({ display, path, schema }) => {
    const text = readFileSync(path, 'utf8');
    const fresh = parseYaml(text, display, schema);
    const entry = cache.get(path);
    expect(entry, 'no entry: run npm run build').toMatchObject({ path: display, schema });
    expect(JSON.parse(entry!.json)).toEqual(fresh.data);
    const hit = loadYamlFrom(cache, path, display, schema);
    expect(hit.data).toEqual(fresh.data);
    for (const p of pointersOf(fresh.data)) expect(hit.lineOf(p), p).toBe(fresh.lineOf(p));
  });
});

describe('a cache hit', () => {
  it('is served from the entry when the text and schema match', () => {
    const { path, cache } = cachedCopy();
    const entry = cache.get(path)!;
    const served = new Map([[path, { ...entry, json: '{"served":"from cache"}' }]]);
    expect(loadYamlFrom(served, path, 'provinsi.yaml', RULESET_SCHEMA).data).toEqual({ served: 'from cache' });
  });

  it('gives each caller its own copy of the data', () => {
    const { path, cache } = cachedCopy();
    const first = loadYamlFrom<{ rules: unknown[] }>(cache, path, 'provinsi.yaml', RULESET_SCHEMA).data;
    first.rules.length = 0;
    expect(loadYamlFrom<{ rules: unknown[] }>(cache, path, 'provinsi.yaml', RULESET_SCHEMA).data.rules).toHaveLength(2);
  });

  it('answers lineOf as a parse would, also for paths deeper than the document', () => {
    const { path, text, cache } = cachedCopy();
    const hit = loadYamlFrom(cache, path, 'provinsi.yaml', RULESET_SCHEMA);
    const fresh = parseYaml(text, 'provinsi.yaml', RULESET_SCHEMA);
    expect(hit.lineOf('/rules/1')).toBe(19);
    for (const p of ['/rules/0/when/nope/deeper', '/rules/7', '/missing', '/', '']) expect(hit.lineOf(p), p).toBe(fresh.lineOf(p));
  });
});

describe('a cache miss behaves as without a cache', () => {
  it('an edited file is parsed afresh', () => {
    const { path, text, cache } = cachedCopy();
    writeFileSync(path, text.replace('jenjang: ahli_madya', 'jenjang: ahli_muda'));
    const data = loadYamlFrom<{ rules: Array<{ outcome: { jenjang: string } }> }>(cache, path, 'provinsi.yaml', RULESET_SCHEMA).data;
    expect(data.rules[0]!.outcome.jenjang).toBe('ahli_muda');
  });

  it('an edited file that no longer validates reports file:line as a parse does', () => {
    const { path, text, cache } = cachedCopy();
    const edited = text.replace('type: decision', 'type: desicion');
    writeFileSync(path, edited);
    const err = thrown(() => loadYamlFrom(cache, path, 'provinsi.yaml', RULESET_SCHEMA));
    const expected = thrown(() => parseYaml(edited, 'provinsi.yaml', RULESET_SCHEMA));
    expect({ file: err.file, line: err.line, text: err.text }).toEqual({ file: expected.file, line: expected.line, text: expected.text });
    expect(err.file).toBe('provinsi.yaml');
    expect(err.line).toBe(14);
  });

  it('another schema, or a schema edited since the build, validates afresh', () => {
    const { path, text, cache } = cachedCopy();
    const err = thrown(() => loadYamlFrom(cache, path, 'provinsi.yaml', 'config.schema.json'));
    expect(err.text).toEqual(thrown(() => parseYaml(text, 'provinsi.yaml', 'config.schema.json')).text);
    const entry = { ...cache.get(path)!, json: '{"served":"from cache"}', schemaSha256: '0'.repeat(64) };
    const data = loadYamlFrom(new Map([[path, entry]]), path, 'provinsi.yaml', RULESET_SCHEMA).data;
    expect(data).toEqual(parseYaml(text, 'provinsi.yaml', RULESET_SCHEMA).data);
  });
});

describe('a corrupt cache is ignored', () => {
  const shipped = SHIPPED.find((f) => f.display === 'rules/data/bup.yaml')!;
  const fresh = parseYaml(readFileSync(shipped.path, 'utf8'), shipped.display, shipped.schema).data;
  const entry = { path: shipped.display, sha256: 'x', schema: shipped.schema, schemaSha256: 'x', json: '{}', lines: '[]' };

  it.each([
    ['truncated JSON', '{"format":1,"files":[{"path":'],
    ['not an object', 'null'],
    ['another format', JSON.stringify({ format: 99, files: [entry] })],
    ['files not a list', '{"format":1,"files":3}'],
    ['entries of the wrong shape', JSON.stringify({ format: 1, files: [null, 3, { ...entry, json: 1 }, { path: shipped.display }] })],
  ])('%s', (_, content) => {
    const file = join(tempDir(), 'shipped-yaml.json');
    writeFileSync(file, content);
    const cache = readShippedCache(file);
    expect(cache.size).toBe(0);
    expect(loadYamlFrom(cache, shipped.path, shipped.display, shipped.schema).data).toEqual(fresh);
  });

  it('a missing or unreadable file', () => {
    expect(readShippedCache(join(tempDir(), 'absent.json')).size).toBe(0);
    expect(readShippedCache(tempDir()).size).toBe(0);
  });

  it('an entry whose data or lines are not JSON', () => {
    const good = shippedEntry(shipped.path, shipped.display, shipped.schema);
    for (const bad of [{ ...good, json: '{"cut' }, { ...good, lines: '[["/",' }]) {
      const cache: ShippedCache = new Map([[shipped.path, bad]]);
      expect(loadYamlFrom(cache, shipped.path, shipped.display, shipped.schema).data).toEqual(fresh);
    }
  });
});

describe('scripts/build-cache.mjs', () => {
  /** A copy of the built package to run the script in, so the real dist/ is left alone. */
  function packageCopy(): string {
    const root = tempDir();
    for (const part of ['dist', 'rules', 'package.json']) cpSync(join(PACKAGE_ROOT, part), join(root, part), { recursive: true });
    mkdirSync(join(root, 'scripts'));
    copyFileSync(join(PACKAGE_ROOT, 'scripts', 'build-cache.mjs'), join(root, 'scripts', 'build-cache.mjs'));
    symlinkSync(join(PACKAGE_ROOT, 'node_modules'), join(root, 'node_modules'));
    rmSync(join(root, 'dist', 'shipped-yaml.json'), { force: true });
    return root;
  }
  const run = (root: string) => spawnSync(process.execPath, [join(root, 'scripts', 'build-cache.mjs')], { encoding: 'utf8' });

  it('writes an entry for every shipped file', () => {
    const root = packageCopy();
    const r = run(root);
    expect(r.status, r.stderr).toBe(0);
    const written = JSON.parse(readFileSync(join(root, 'dist', 'shipped-yaml.json'), 'utf8')) as { files: Array<{ path: string; schema: string }> };
    const sorted = <T extends { path: string }>(xs: T[]) => [...xs].sort((a, b) => a.path.localeCompare(b.path));
    expect(sorted(written.files.map(({ path, schema }) => ({ path, schema })))).toEqual(sorted(SHIPPED.map(({ display, schema }) => ({ path: display, schema }))));
  });

  it('fails with one line naming the file and line when a shipped file does not validate', () => {
    const root = packageCopy();
    const bup = join(root, 'rules', 'data', 'bup.yaml');
    writeFileSync(bup, readFileSync(bup, 'utf8').replace('bup: 58', 'bup: fifty-eight'));
    const r = run(root);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^build-cache: rules\/data\/bup\.yaml:10: 'classes\.0\.bup': must be of type integer\n$/);
    expect(existsSync(join(root, 'dist', 'shipped-yaml.json'))).toBe(false);
  });
});
