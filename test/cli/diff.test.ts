/**
 * `setara diff` through main(): every format on the fixture pairs (fixtures/diff/README.md), exit codes with and
 * without --fail-on-change, errors as one line with exit 2, and one run as a child process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectHandled, runMain } from '../helpers/run-main.js';

const ROOT = join(import.meta.dirname, '..', '..');
const EVERY = join(ROOT, 'fixtures', 'diff', 'every-kind');
const EQUAL = join(ROOT, 'fixtures', 'diff', 'equal');
const BIN = join(ROOT, 'bin', 'setara.js');
const ALL = ['old-posts.csv', 'new-posts.csv', '--people-old', 'old-people.csv', '--people-new', 'new-people.csv', '--teams-old', 'old-teams.csv', '--teams-new', 'new-teams.csv'];
const EQUAL_ARGS = ['old-posts.csv', 'new-posts.csv', '--people-old', 'old-people.csv', '--people-new', 'new-people.csv'];

/** What each format must show of the every-kind pair: a removal at its old line, a re-keying, a move, a team. */
const FORMATS: Array<{ format: string; lang: 'id' | 'en'; check: (out: string) => void }> = [
  {
    format: 'stylish', lang: 'id',
    check: (out) => {
      expect(out).toMatch(/^Jabatan ditambah \(1\)\n {2}new-posts\.csv:482 {2}DINSOS\.04\.04 Penyuluh Sosial Ahli Muda\n/);
      expect(out).toContain('\nJabatan dihapus (1)\n  old-posts.csv:472  DINSOS.03.01.02 Pengelola Data Kesejahteraan Sosial\n');
      expect(out).toContain('\nJabatan berganti ID (5)\n');
      expect(out).toContain('  new-posts.csv:440  DLH.04 → DLH.09 Kepala Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan\n');
      expect(out).toContain('  new-people.csv:499  197308291996121001 Hamdan Hutapea, A.Md.P.: golongan III/c → III/d\n');
      expect(out).toContain('\n  new-teams.csv:6  TIM-RISET Tim Riset Inovasi: anggota — → 200004032022031001 anggota; anggota 197011141993041001 anggota → —\n');
      expect(out.endsWith('\n23 perubahan (jabatan 600 → 600; pegawai 752 → 752; tim 4 → 4)\n')).toBe(true);
    },
  },
  {
    format: 'stylish', lang: 'en',
    check: (out) => {
      expect(out).toContain('Posts re-keyed (5)\n');
      expect(out).toContain('DINSOS.02.01.02 Analis Data dan Informasi: parent DINSOS.02.01 (Kepala Seksi Rehabilitasi Sosial Anak, Lanjut Usia dan Penyandang Disabilitas) → DINSOS.02.02');
      expect(out.endsWith('\n23 changes (posts 600 → 600; people 752 → 752; teams 4 → 4)\n')).toBe(true);
    },
  },
  {
    format: 'json', lang: 'id',
    check: (out) => {
      const j = JSON.parse(out);
      expect(j.version).toBe(1);
      expect(j.equal).toBe(false);
      expect(j.new).toEqual({ posts: 'new-posts.csv', people: 'new-people.csv', teams: 'new-teams.csv' });
      expect(j.summary).toEqual({
        'post-added': 1, 'post-removed': 1, 'post-rekeyed': 5, 'post-moved': 2, 'post-renamed': 1, 'post-kind': 2, 'post-unit': 3,
        'person-joined': 1, 'person-left': 1, 'person-moved': 1, 'person-golongan': 1, 'team-formed': 1, 'team-dissolved': 1, 'team-members': 2,
      });
      expect(j.changes[2]).toEqual({
        kind: 'post-rekeyed', key: 'DISTAN.03.05', oldKey: 'DISTAN.03.02', label: 'Kepala Seksi Produksi Perkebunan', opd: 'Dinas Pertanian',
        file: 'new-posts.csv', line: 392, fields: [{ field: 'id', before: 'DISTAN.03.02', after: 'DISTAN.03.05' }],
      });
    },
  },
  {
    format: 'markdown', lang: 'id',
    check: (out) => {
      expect(out.startsWith('## Perubahan struktur (setara diff)\n\n`old-posts.csv`, `old-people.csv`, `old-teams.csv` → `new-posts.csv`, `new-people.csv`, `new-teams.csv`\n\n**23 perubahan**')).toBe(true);
      expect(out).toContain('| Perubahan | Jumlah |\n|---|--:|\n| Jabatan ditambah | 1 |\n| Jabatan dihapus | 1 |\n| Jabatan berganti ID | 5 |\n');
      expect(out).toContain('<details><summary>Pegawai keluar (1)</summary>\n\n- `old-people.csv:606` 198112152006021001 Yusuf Jamal, A.Md.: jabatan DINSOS.03.01.02 (Pengelola Data Kesejahteraan Sosial) → —\n\n</details>\n');
      expect(out.match(/<details>/g)).toHaveLength(14);
    },
  },
  {
    format: 'github', lang: 'en',
    check: (out) => {
      const lines = out.trimEnd().split('\n');
      // 23 annotations and the notice of what GitHub will not show.
      expect(lines).toHaveLength(24);
      expect(lines[1]).toBe('::notice file=old-posts.csv,line=472,title=setara diff%3A Posts removed::DINSOS.03.01.02 Pengelola Data Kesejahteraan Sosial');
      expect(lines).toContain('::notice file=new-posts.csv,line=468,title=setara diff%3A Posts re-keyed::DINSOS.02.04 → DINSOS.02.09 Pekerja Sosial Terampil');
      expect(lines).toContain('::notice file=new-teams.csv,line=9,title=setara diff%3A Teams formed::TIM-DTKS Tim Pemutakhiran Data Terpadu Kesejahteraan Sosial');
      expect(lines[23]).toBe("::notice::13 more changes are beyond GitHub's limit of 10 annotations per level; see the full report.");
    },
  },
  {
    format: 'html', lang: 'id',
    check: (out) => {
      expect(out.startsWith('<!DOCTYPE html>\n<html lang="id">')).toBe(true);
      // The three OPDs whose posts changed, by name, each with its two charts; then people and teams.
      expect([...out.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1])).toEqual([
        'Ringkasan', 'Dinas Lingkungan Hidup', 'Dinas Pertanian', 'Dinas Sosial', 'Perubahan pegawai', 'Perubahan tim kerja',
      ]);
      expect(out.match(/<svg /g)).toHaveLength(6);
      expect(out).toContain('<g class="node equalised" data-id="DINSOS.04.04">');
      expect(out).toContain('<g class="node dissolved" data-id="DINSOS.03.01.02">');
      // The moved post: in the old OPD's chart before, in the new OPD's after.
      expect(out.match(/<g class="node moved" data-id="DISTAN\.03\.01\.01">/g)).toHaveLength(2);
      expect(out).not.toMatch(/<script/);
    },
  },
];

describe('setara diff: formats on the every-kind pair', () => {
  it.each(FORMATS)('$format ($lang): exit 0, and 1 with --fail-on-change', async ({ format, lang, check }) => {
    const r = await runMain(['diff', ...ALL, '--format', format, '--lang', lang], { cwd: EVERY });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    check(r.stdout);
    const failing = await runMain(['diff', ...ALL, '--format', format, '--lang', lang, '--fail-on-change'], { cwd: EVERY });
    expect(failing.code).toBe(1);
    expect(failing.stdout).toBe(r.stdout);
  });

  it('the same input gives byte-identical output (html)', async () => {
    const a = await runMain(['diff', ...ALL, '--format', 'html'], { cwd: EVERY });
    const b = await runMain(['diff', ...ALL, '--format', 'html'], { cwd: EVERY });
    expect(a.stdout).toBe(b.stdout);
  });

  it('--output writes the file and refuses to overwrite it without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'setara-diff-'));
    const out = join(dir, 'diff.md');
    const r = await runMain(['diff', ...ALL, '--format', 'markdown', '--output', out], { cwd: EVERY });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('**23 perubahan**');
    const again = await runMain(['diff', ...ALL, '--format', 'markdown', '--output', out], { cwd: EVERY });
    expect(again.code).toBe(2);
    expect(expectHandled(again)).toBe(`setara: ${out}: ${out} sudah ada (pakai --force untuk menimpa)`);
  });
});

describe('setara diff: equal versions', () => {
  it.each(['stylish', 'json', 'markdown', 'github', 'html'])('%s: exit 0 even with --fail-on-change', async (format) => {
    const r = await runMain(['diff', ...EQUAL_ARGS, '--format', format, '--fail-on-change'], { cwd: EQUAL });
    expect(r.code).toBe(0);
    if (format === 'stylish') {
      // A status message, not data: stdout stays empty.
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('Tidak ada perubahan.\n');
    } else expect(r.stderr).toBe('');
    if (format === 'json') expect(JSON.parse(r.stdout)).toMatchObject({ equal: true, changes: [] });
    if (format === 'github') expect(r.stdout).toBe('');
    if (format === 'markdown') expect(r.stdout).toContain('\nTidak ada perubahan.\n');
    if (format === 'html') expect(r.stdout).toContain('<p>Tidak ada perubahan.</p>');
  });
});

describe('setara diff: errors exit 2 with one line', () => {
  const cases: Array<[string, string[], string, RegExp]> = [
    ['a missing file', ['old-posts.csv', 'nope.csv'], EVERY, /^setara: nope\.csv: /],
    ['people on one side only', ['old-posts.csv', 'new-posts.csv', '--people-old', 'old-people.csv'], EVERY, /^setara: --people-old dan --people-new harus diberikan bersama$/],
    ['teams on one side only (en)', ['old-posts.csv', 'new-posts.csv', '--teams-new', 'new-teams.csv', '--lang', 'en'], EVERY, /^setara: --teams-old and --teams-new go together$/],
    ['an unknown format', ['old-posts.csv', 'new-posts.csv', '--format', 'sarif'], EVERY, /^setara: nilai tidak sah: '--format <format>'.*sarif/],
    ['a table that is not a posts table', ['old-posts.csv', 'old-teams.csv'], EVERY, /^setara: old-teams\.csv/],
  ];
  it.each(cases)('%s', async (_name, args, cwd, message) => {
    const r = await runMain(['diff', ...args], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(expectHandled(r)).toMatch(message);
  });

  it('unreadable cells are said on stderr; the diff is of what was read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'setara-diff-'));
    writeFileSync(join(dir, 'old.csv'), 'id,parent_id,name,kind,eselon\nA,,Kepala Dinas,jpt_pratama,II.b\nB,A,Sekretaris,administrator,III.a\n');
    writeFileSync(join(dir, 'new.csv'), 'id,parent_id,name,kind,eselon\nA,,Kepala Dinas,jpt_pratama,II.b\nB,A,Sekretaris,administrator,X.z\n');
    const r = await runMain(['diff', 'old.csv', 'new.csv', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/schema\/invalid-value\s+new\.csv:3/);
    expect(JSON.parse(r.stdout).changes.map((c: { kind: string; key: string }) => `${c.kind} ${c.key}`)).toEqual(['post-kind B']);
  });
});

describe('setara diff as a child process', () => {
  it('exits 1 with --fail-on-change and writes github annotations to stdout', () => {
    const r = spawnSync(process.execPath, [BIN, 'diff', ...ALL, '--format', 'github', '--fail-on-change'], { cwd: EVERY, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe('::notice file=new-posts.csv,line=482,title=setara diff%3A Jabatan ditambah::DINSOS.04.04 Penyuluh Sosial Ahli Muda');
  }, 90_000);
});
