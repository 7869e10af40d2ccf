/**
 * Hostile input: every case ends with exit 1 (findings) or 2 (refused), one clear line and no stack trace on
 * stderr, and never a partial output file.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { fsOps } from '../../src/io/write.js';
import { faultyWrites } from '../helpers/slow-writes.js';
import { expectHandled, runMain, type RunResult } from '../helpers/run-main.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE = join(ROOT, 'fixtures', 'kabupaten-contoh');
const HEADER = 'id,parent_id,name,kind,eselon,unit,opd,unit_type';
const ROWS = [
  'D1,,Kepala Dinas Contoh,jpt_pratama,II.b,Dinas Contoh,Dinas Contoh,dinas',
  'D1.1,D1,Sekretaris,administrator,III.a,Sekretariat,Dinas Contoh,sekretariat',
  'D1.1.1,D1.1,Kepala Subbagian Umum,pengawas,IV.a,Subbagian Umum,Dinas Contoh,subbagian',
  'D1.1.1.1,D1.1.1,Pengadministrasi Umum,pelaksana,,Subbagian Umum,Dinas Contoh,subbagian',
];

function dir(files: Record<string, string | Buffer> = {}): string {
  const d = mkdtempSync(join(tmpdir(), 'setara-hostile-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(d, name), content);
  return d;
}

const run = (argv: string[], cwd: string) => runMain([...argv, '--lang', 'en', '--as-of', '2026-12-01'], { cwd });

/**
 * Exit 1 or 2 and no stack trace; a refusal (2) is one `setara:` line, the last on stderr (migrate may have printed
 * its summary line before the writing failed).
 */
function expectClean(r: RunResult, code: 1 | 2): void {
  expect(r.code, r.stderr).toBe(code);
  expectHandled(r);
  if (code === 2) {
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/^setara: /);
  }
}

/** No temp file anywhere under `d`, and every listed output is absent or parses completely. */
function expectNoPartialFiles(d: string): void {
  if (!existsSync(d)) return;
  const all = readdirSync(d, { recursive: true }) as string[];
  expect(all.filter((f) => f.endsWith('.tmp'))).toEqual([]);
}

type Found = { ruleId: string; file?: string; line?: number; column?: string; value?: string; message: string };
const findings = (r: RunResult) => (JSON.parse(r.stdout) as { findings: Found[] }).findings;

describe('malformed CSV', () => {
  it('unclosed quote: exit 2 naming the line where the record starts', async () => {
    const d = dir({ 'posts.csv': [HEADER, ROWS[0], 'D1.1,D1,"Sekretaris,administrator,III.a,Sekretariat,Dinas Contoh,sekretariat', ROWS[2]].join('\n') });
    const r = await run(['validate', 'posts.csv'], d);
    expectClean(r, 2);
    expect(r.stderr).toBe('setara: posts.csv:3: unclosed quote in the record starting at line 3\n');
  });

  it('a quote inside an unquoted cell, or text after a closing quote: exit 2, one line', async () => {
    for (const bad of ['D1.1,D1,Sekre"taris,administrator,III.a,,,', 'D1.1,D1,"Sekretaris"x,administrator,III.a,,,']) {
      const r = await run(['validate', 'posts.csv'], dir({ 'posts.csv': [HEADER, ROWS[0], bad].join('\n') }));
      expectClean(r, 2);
      expect(r.stderr).toBe('setara: posts.csv:3: malformed quotes in the record starting at line 3\n');
    }
  });

  it('ragged rows are findings with their lines (exit 1)', async () => {
    const d = dir({ 'posts.csv': [HEADER, ROWS[0], 'D1.1,D1,Sekretaris', `${ROWS[2]},extra,cells`].join('\r\n') });
    const r = await run(['validate', 'posts.csv', '--format', 'json'], d);
    expectClean(r, 1);
    expect(findings(r).filter((f) => f.ruleId === 'table/ragged-row').map((f) => f.line)).toEqual([3, 4]);
  });

  it('NUL bytes in a cell are a finding, not a crash', async () => {
    const d = dir({ 'posts.csv': [HEADER, ROWS[0], 'D1.\u00001,D1,Sekre\u0000taris,administrator,III.a,Sekretariat,Dinas Contoh,sekretariat'].join('\n') });
    const r = await run(['validate', 'posts.csv', '--format', 'json'], d);
    expectClean(r, 1);
    expect(findings(r).some((f) => f.ruleId === 'schema/invalid-value' && f.line === 3)).toBe(true);
  });

  it('a control character in an id that may be empty: the finding names the broken pattern, not "must be null"', async () => {
    const d = dir({ 'posts.csv': [HEADER, ROWS[0], 'D1.1,D\u00011,Sekretaris,administrator,III.a,Sekretariat,Dinas Contoh,sekretariat'].join('\n') });
    const r = await run(['validate', 'posts.csv', '--format', 'json', '--lang', 'en'], d);
    expectClean(r, 1);
    const f = findings(r).filter((x) => x.ruleId === 'schema/invalid-value').map((x) => [x.line, x.column, x.message]);
    expect(f).toEqual([[3, 'parent_id', 'invalid value in column \'parent_id\' (must match pattern "^[^\\u0000-\\u001f]+$")']]);
  });

  it('a file of NUL bytes: exit 2, no usable header', async () => {
    const r = await run(['validate', 'posts.csv'], dir({ 'posts.csv': Buffer.alloc(4096) }));
    expectClean(r, 2);
    expect(r.stderr).toMatch(/^setara: posts\.csv:1: required column 'id' not found/);
  });

  it('invalid UTF-8 beyond the 64 KB sample: exit 2 with the line of the bad byte', async () => {
    const rows = [HEADER, ROWS[0]];
    for (let i = 0; i < 2000; i++) rows.push(`P${i},D1,Pengadministrasi Umum ${i},pelaksana,,Dinas Contoh,Dinas Contoh,dinas`);
    const buf = Buffer.from(`${rows.join('\n')}\n`, 'utf8');
    const at = buf.indexOf('Umum 1500,');
    expect(at).toBeGreaterThan(64 * 1024);
    buf[at + 2] = 0xff; // "Um\xFFm 1500"
    const r = await run(['validate', 'posts.csv'], dir({ 'posts.csv': buf }));
    expectClean(r, 2);
    expect(r.stderr).toBe('setara: posts.csv:1503: invalid UTF-8 byte sequence (use --encoding windows-1252 if the file is not UTF-8)\n');
  });

  it('invalid UTF-8 within the sample: read as Windows-1252 (the documented fallback), or exit 2 with --encoding utf-8', async () => {
    const d = dir({ 'posts.csv': Buffer.concat([Buffer.from(`${HEADER}\n${ROWS[0]}\nD1.1,D1,Sekretaris Caf`), Buffer.from([0xe9]), Buffer.from(',administrator,III.a,Sekretariat,Dinas Contoh,sekretariat\n')]) });
    const r = await run(['validate', 'posts.csv', '--verbose', '--format', 'json'], d);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('windows-1252 (fallback)');
    const forced = await run(['validate', 'posts.csv', '--encoding', 'utf-8'], d);
    expectClean(forced, 2);
    expect(forced.stderr).toMatch(/^setara: posts\.csv:3: invalid UTF-8 byte sequence/);
  });

  it('a truncated UTF-8 sequence at the end of the file: exit 2', async () => {
    const d = dir({ 'posts.csv': Buffer.concat([Buffer.from(`${HEADER}\n${ROWS[0]}\n`.repeat(1)), Buffer.from('x'.repeat(70_000)), Buffer.from([0xe2, 0x82])]) });
    const r = await run(['validate', 'posts.csv'], d);
    expectClean(r, 2);
    expect(r.stderr).toMatch(/invalid UTF-8 byte sequence at end of file/);
  });

  it('a 10 MB field is read; the finding quotes it cut short', async () => {
    const d = dir({ 'posts.csv': `${HEADER}\n${ROWS[0]}\nD1.1,D1,"${'x'.repeat(10_000_000)}",administrator,III.a,Sekretariat,Dinas Contoh,sekretariat\n` });
    const r = await run(['validate', 'posts.csv', '--format', 'json'], d);
    expectClean(r, 1);
    const f = findings(r).find((x) => x.ruleId === 'schema/invalid-value')!;
    expect(f.line).toBe(3);
    expect(f.value!.length).toBeLessThan(300);
    expect(r.stdout.length).toBeLessThan(20_000);
  });

  it('a 100k-column header with rows as wide: read, extra columns unused', async () => {
    const extra = Array.from({ length: 100_000 }, (_, i) => `x${i}`);
    const pad = ','.repeat(100_000);
    const d = dir({ 'posts.csv': `${[HEADER, ...extra].join(',')}\n${ROWS.map((r) => r + pad).join('\n')}\n` });
    const r = await run(['validate', 'posts.csv', '--format', 'json'], d);
    expect(r.code).toBe(0);
    expect(findings(r).filter((f) => f.ruleId !== 'post/kind-inferred')).toEqual([]);
  }, 60_000);

  it('empty file: exit 2', async () => {
    const r = await run(['validate', 'posts.csv'], dir({ 'posts.csv': '' }));
    expectClean(r, 2);
    expect(r.stderr).toBe('setara: posts.csv: file is empty: no header row\n');
  });

  it('header only: exit 2 (a posts table without posts)', async () => {
    for (const cmd of [['validate', 'posts.csv'], ['migrate', 'posts.csv', '--out', 'out']]) {
      const d = dir({ 'posts.csv': `${HEADER}\r\n\r\n` });
      const r = await run(cmd, d);
      expectClean(r, 2);
      expect(r.stderr).toBe('setara: posts.csv:1: posts table without records: only the header row\n');
      expect(existsSync(join(d, 'out'))).toBe(false);
    }
  });

  it('duplicate headers of a used column: exit 2', async () => {
    const r = await run(['validate', 'posts.csv'], dir({ 'posts.csv': `id,ID,parent_id,name\nA,B,,Kepala\n` }));
    expectClean(r, 2);
    expect(r.stderr).toBe("setara: posts.csv:1: column header 'id' appears twice\n");
  });

  it('a used column repeated after another repeated header: exit 2 as well, not the first of the two read silently', async () => {
    const r = await run(['validate', 'posts.csv'], dir({ 'posts.csv': `x,x,id,id,parent_id,name\nq,q,A,B,,Kepala Dinas\n` }));
    expectClean(r, 2);
    expect(r.stderr).toBe("setara: posts.csv:1: column header 'id' appears twice\n");
  });
});

describe('__proto__, constructor and friends', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('as post ids, parent ids and extra headers: ordinary ids, no pollution', async () => {
    const d = dir({
      'posts.csv': [
        'id,parent_id,name,kind,eselon,unit,opd,__proto__,constructor',
        '__proto__,,Kepala Dinas Contoh,jpt_pratama,II.b,Dinas Contoh,Dinas Contoh,polluted:1,x',
        'constructor,__proto__,Sekretaris,administrator,III.a,Sekretariat,Dinas Contoh,,',
        'toString,constructor,Kepala Subbagian Umum,pengawas,IV.a,Subbagian Umum,Dinas Contoh,,',
        'hasOwnProperty,toString,Pengadministrasi Umum,pelaksana,,Subbagian Umum,Dinas Contoh,,',
        'prototype,missing,Pengadministrasi Umum,pelaksana,,Subbagian Umum,Dinas Contoh,,',
      ].join('\n'),
    });
    const v = await run(['validate', 'posts.csv', '--format', 'json'], d);
    expectClean(v, 1);
    expect(findings(v).filter((f) => f.ruleId !== 'post/kind-inferred').map((f) => [f.ruleId, f.line])).toEqual([['post/parent-missing', 6]]);
    const m = await run(['migrate', 'posts.csv', '--out', 'out'], d);
    expectClean(m, 1);
    const mapping = parse(readFileSync(join(d, 'out', 'mapping.csv'), 'utf8').slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(mapping.map((x) => x.post_id)).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype']);
    expect(mapping.find((x) => x.post_id === 'hasOwnProperty')!.new_parent_id).toBe('toString');
  });

  it('as keys in setara.config.yaml: refused as unknown keys, or read as plain map keys', async () => {
    const bad = await run(['validate', 'posts.csv'], dir({ 'posts.csv': [HEADER, ...ROWS].join('\n'), 'setara.config.yaml': 'version: 1\n__proto__:\n  polluted: yes\n' }));
    expectClean(bad, 2);
    expect(bad.stderr).toBe("setara: setara.config.yaml:2: '__proto__': unknown key\n");
    const nested = await run(['validate', 'posts.csv'], dir({ 'posts.csv': [HEADER, ...ROWS].join('\n'), 'setara.config.yaml': 'version: 1\ncolumns:\n  posts:\n    __proto__: { polluted: yes }\n' }));
    expectClean(nested, 2);
    const values = await run(['validate', 'posts.csv', '--format', 'json'], dir({
      'posts.csv': [HEADER, ROWS[0], 'D1.1,D1,Sekretaris,administrator,__proto__,Sekretariat,Dinas Contoh,sekretariat', 'D1.1.1,D1.1,Kepala Subbagian Umum,pengawas,constructor,Subbagian Umum,Dinas Contoh,subbagian'].join('\n'),
      'setara.config.yaml': 'version: 1\nvalues:\n  eselon:\n    __proto__: III.a\n    constructor: IV.a\n',
    }));
    expect(values.code).toBe(0);
  });

  it('as team roles: an unknown role on the role column, and no membership', async () => {
    const team = 'TIM-RENBANG,Tim Perencanaan Pembangunan Manusia,BAPPEDA.02';
    const d = dir({
      'teams.csv': ['team_id,team_name,owner_post_id,nip,role', `${team},198907112015031001,ketua`, `${team},199206042014121001,constructor`, `${team},198312042005072001,__proto__`].join('\n'),
    });
    for (const f of ['posts.csv', 'people.csv']) copyFileSync(join(SAMPLE, f), join(d, f));
    const v = await run(['validate', 'posts.csv', '--people', 'people.csv', '--teams', 'teams.csv', '--format', 'json'], d);
    expectClean(v, 1);
    expect(findings(v).filter((f) => f.file === 'teams.csv').map((f) => [f.ruleId, f.line, f.column, f.value, f.message])).toEqual([
      ['schema/invalid-value', 3, 'role', 'constructor', "unknown role 'constructor' (ketua or anggota)"],
      ['schema/invalid-value', 4, 'role', '__proto__', "unknown role '__proto__' (ketua or anggota)"],
    ]);
    const m = await run(['migrate', 'posts.csv', '--people', 'people.csv', '--teams', 'teams.csv', '--out', 'out'], d);
    expectClean(m, 1);
    const plan = JSON.parse(readFileSync(join(d, 'out', 'plan.json'), 'utf8')) as { teams: Array<{ teamId: string; members: Array<{ nip: string }> }> };
    expect(plan.teams.find((t) => t.teamId === 'TIM-RENBANG')!.members.map((x) => x.nip)).toEqual(['198907112015031001']);
  });

  it('as analyst decisions and jenjang: unknown words on their columns, the rules decide', async () => {
    const d = dir({
      'decisions.csv': ['post_id,decision,jf,jenjang,note', 'BAPPEDA.02.01,constructor,,,', 'BAPPEDA.02.02,__proto__,,,', 'BAPPEDA.02.03,equalise,perencana,constructor,'].join('\n'),
    });
    for (const f of ['posts.csv', 'people.csv']) copyFileSync(join(SAMPLE, f), join(d, f));
    const m = await run(['migrate', 'posts.csv', '--people', 'people.csv', '--decisions', 'decisions.csv', '--out', 'out'], d);
    expectClean(m, 1);
    const found = (JSON.parse(readFileSync(join(d, 'out', 'findings.json'), 'utf8')) as { findings: Found[] }).findings;
    expect(found.filter((f) => f.file === 'decisions.csv').map((f) => [f.ruleId, f.line, f.column, f.value])).toEqual([
      ['schema/invalid-value', 2, 'decision', 'constructor'],
      ['schema/invalid-value', 3, 'decision', '__proto__'],
      ['schema/invalid-value', 4, 'jenjang', 'constructor'],
    ]);
    const mapping = parse(readFileSync(join(d, 'out', 'mapping.csv'), 'utf8').slice(1), { columns: true }) as Array<Record<string, string>>;
    for (const id of ['BAPPEDA.02.01', 'BAPPEDA.02.02', 'BAPPEDA.02.03']) {
      const row = mapping.find((x) => x.post_id === id)!;
      expect([row.source, row.rule_ids!.includes('decisions/analyst')]).toEqual(['rules', false]);
      expect(['equalise', 'keep', 'review']).toContain(row.decision);
    }
  });

  it('as keys in a rule file: a rule-file error, no pollution', async () => {
    const d = dir({ 'posts.csv': [HEADER, ...ROWS].join('\n'), 'rules.yaml': 'version: 1\nid: daerah\n__proto__: { polluted: yes }\nextends: [kabupaten-kota]\n' });
    const r = await run(['validate', 'posts.csv', '--ruleset', 'rules.yaml'], d);
    expectClean(r, 2);
    expect(r.stderr).toMatch(/^setara: rules\.yaml:3: /);
    const check = await runMain(['rules', 'check', 'rules.yaml', '--lang', 'en'], { cwd: d });
    expect(check.code).toBe(2);
  });
});

describe('YAML resource attacks', () => {
  const bomb = (() => {
    let s = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    let prev = 'a';
    for (let i = 1; i < 10; i++) {
      s += `b${i}: &b${i} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]\n`;
      prev = `b${i}`;
    }
    return s;
  })();
  const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
  const deepMap = Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n';

  it.each([
    ['billion laughs', `version: 1\nvalues:\n  eselon:\n${bomb.replace(/^/gm, '    ')}`],
    ['10k nested sequences', `version: 1\ncolumns: ${deep}\n`],
    ['10k nested mappings', `version: 1\n${deepMap}`],
  ])('%s in setara.config.yaml: exit 2, one line', async (_, yaml) => {
    const r = await run(['validate', 'posts.csv'], dir({ 'posts.csv': [HEADER, ...ROWS].join('\n'), 'setara.config.yaml': yaml }));
    expectClean(r, 2);
    // The 10k nested mappings are 48 MB of indentation: refused by size before they are parsed.
    expect(r.stderr).toMatch(/^setara: setara\.config\.yaml(:\d+)?: (invalid YAML: |file too large \(48 MB; limit 10 MB\))/);
  });

  it.each([
    ['billion laughs', `version: 1\nid: daerah\nextends: [kabupaten-kota]\nlocal:\n  jf_keywords:\n${bomb.replace(/^/gm, '    ')}`],
    ['10k nested sequences', `version: 1\nid: daerah\nextends: ${deep}\n`],
    ['10k nested mappings', `version: 1\nid: daerah\n${deepMap}`],
  ])('%s in a rule file: exit 2, one line (validate and rules check)', async (_, yaml) => {
    const d = dir({ 'posts.csv': [HEADER, ...ROWS].join('\n'), 'rules.yaml': yaml });
    for (const argv of [['validate', 'posts.csv', '--ruleset', 'rules.yaml', '--as-of', '2026-12-01'], ['rules', 'check', 'rules.yaml']]) {
      const r = await runMain([...argv, '--lang', 'en'], { cwd: d });
      expectClean(r, 2);
      expect(r.stderr).toMatch(/^setara: rules\.yaml(:\d+)?: (invalid YAML: |file too large \(48 MB; limit 10 MB\))/);
    }
  });
});

describe('formula injection', () => {
  it('cells starting with = + - @ come out escaped in every CSV migrate writes', async () => {
    const d = dir({
      'posts.csv': [
        HEADER,
        'D1,,"=HYPERLINK(""http://x"")",jpt_pratama,II.b,+Dinas Contoh,@Dinas Contoh,dinas',
        'D1.1,D1,-2+3,administrator,III.a,Sekretariat,@Dinas Contoh,sekretariat',
        '=D1.2,D1,@SUM(A1:A9),administrator,III.b,=Bidang,@Dinas Contoh,bidang',
      ].join('\n'),
      'people.csv': 'nip,name,post_id\n197601262002032001,=cmd|\' /C calc\'!A0,D1\n',
    });
    const r = await run(['migrate', 'posts.csv', '--people', 'people.csv', '--out', 'out'], d);
    expect([0, 1]).toContain(r.code);
    const cells = (f: string) => (parse(readFileSync(join(d, 'out', f), 'utf8').slice(1), { relax_column_count: true }) as string[][]).flat();
    const all = [...cells('posts.csv'), ...cells('mapping.csv'), ...cells('people.csv')];
    expect(all.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(all).toEqual(expect.arrayContaining(["'=HYPERLINK(\"http://x\")", "'-2+3", "'@SUM(A1:A9)", "'+Dinas Contoh", "'=D1.2", "'=cmd|' /C calc'!A0"]));
  });
});

describe('outputs that cannot be written', () => {
  const real = { ...fsOps };
  afterEach(() => Object.assign(fsOps, real));

  async function sampleMigrate(out: string, cwd: string): Promise<RunResult> {
    return run(['migrate', 'posts.csv', '--people', 'people.csv', '--out', out], cwd);
  }
  function sampleDir(): string {
    const d = dir();
    for (const f of ['posts.csv', 'people.csv']) copyFileSync(join(SAMPLE, f), join(d, f));
    return d;
  }

  it('--out is a file: exit 2 before any work', async () => {
    const d = sampleDir();
    writeFileSync(join(d, 'out'), 'not a folder');
    const r = await sampleMigrate('out', d);
    expectClean(r, 2);
    expect(r.stderr).toBe('setara: out: --out out is a file, not a directory\n');
    expect(readFileSync(join(d, 'out'), 'utf8')).toBe('not a folder');
  });

  it('--out under a file: exit 2, nothing written', async () => {
    const d = sampleDir();
    writeFileSync(join(d, 'file'), 'x');
    const r = await sampleMigrate('file/out', d);
    expectClean(r, 2);
    expect(r.stderr).toBe('setara: file/out: a path component is a file, not a directory; nothing was written to file/out\n');
    expectNoPartialFiles(d);
  });

  it('a folder that refuses writes (EACCES, simulated: tests run as root): exit 2, no temp file left', async () => {
    const d = sampleDir();
    fsOps.open = (async () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    }) as typeof fsOps.open;
    const r = await sampleMigrate('out', d);
    expectClean(r, 2);
    expect(r.stderr).toMatch(/\nsetara: out\/posts\.csv: permission denied; nothing was written to out\n$/);
    expectNoPartialFiles(d);
    expect(existsSync(join(d, 'out')) ? readdirSync(join(d, 'out')) : []).toEqual([]); // the folder the run made is removed again
  });

  it('disk full in the middle of a file (ENOSPC, simulated): exit 2; the outputs are one set, so none is there', async () => {
    const d = sampleDir();
    const ref = await sampleMigrate('ref', d);
    expect(ref.code).toBe(0);
    faultyWrites(real, { path: (p) => p.includes('mapping.csv'), failAfter: 20_000 });
    const r = await sampleMigrate('out', d);
    expectClean(r, 2);
    expect(r.stderr).toMatch(/\nsetara: out\/mapping\.csv: no space left on device; nothing was written to out\n$/);
    expectNoPartialFiles(d);
    expect(existsSync(join(d, 'out')) ? readdirSync(join(d, 'out')) : []).toEqual([]); // the folder the run made is removed again
  });

  it('rename fails (EXDEV, simulated): exit 2, the temp file is removed', async () => {
    const d = sampleDir();
    fsOps.rename = (async () => {
      throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    }) as typeof fsOps.rename;
    const r = await sampleMigrate('out', d);
    expectClean(r, 2);
    expect(r.stderr).toMatch(/\nsetara: out\/posts\.csv: cannot write \(EXDEV\); nothing was written to out\n$/);
    expect(existsSync(join(d, 'out')) ? readdirSync(join(d, 'out')) : []).toEqual([]); // the folder the run made is removed again
  });

  it('validate --output into a full disk: exit 2, no report file, no temp file', async () => {
    const d = sampleDir();
    // The report is streamed through a file handle: its first write fails, at once (no delay to hide a race).
    faultyWrites(real, { failAfter: 0 });
    mkdirSync(join(d, 'rep'));
    const r = await run(['validate', 'posts.csv', '--format', 'json', '--output', 'rep/r.json'], d);
    expectClean(r, 2);
    expect(readdirSync(join(d, 'rep'))).toEqual([]);
  });
});
