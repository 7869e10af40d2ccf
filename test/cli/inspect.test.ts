/**
 * `setara inspect` (issue 15 point 2): what setara reads from each fixture, as json (exact mapping per file) and as
 * text (one file in full); `--write-config` and a `migrate --config` of what it wrote; the refusals.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/io/config.js';
import type { InspectReport } from '../../src/cli/commands/inspect.js';
import { expectHandled, runMain } from '../helpers/run-main.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const MESSY = join(FIXTURES, 'messy');

const inspect = async (cwd: string, ...args: string[]) => runMain(['inspect', ...args], { cwd });
const json = (stdout: string) => JSON.parse(stdout) as InspectReport;

function dir(fromMessy: string[] = []): string {
  const d = mkdtempSync(join(tmpdir(), 'setara-inspect-'));
  for (const name of fromMessy) copyFileSync(join(MESSY, name), join(d, name));
  return d;
}

/** What a file reads as, in a form a table of expectations can state. */
function summary(r: InspectReport) {
  return {
    table: `${r.table.kind} (${r.table.how})`,
    dialect: r.format === 'csv' ? `csv ${r.encoding!.name} (${r.encoding!.how}) ${JSON.stringify(r.delimiter!.char)} (${r.delimiter!.how})` : `xlsx '${r.sheet}'`,
    header: [r.header.line, r.header.how, r.header.skipped],
    rows: r.rows,
    columns: r.columns.map((c) => `${c.position} ${c.header} → ${c.field ?? '-'} ${c.basis ?? ''} ${c.confidence ?? ''} ${c.filled}`.trimEnd().replace(/ +/g, ' ')),
    missing: r.missing,
    absent: r.absent,
    inferred: r.inferred.map((f) => `${f.field} ${f.column ?? '-'} ${f.blank}`),
  };
}

const SAMPLE_POSTS = {
  table: 'posts (columns)', header: [1, 'first', 0], rows: 600,
  columns: [
    '1 id → id name high 600', '2 parent_id → parent_id name high 584', '3 name → name name high 600', '4 kind → kind name high 600',
    '5 eselon → eselon name high 284', '6 unit → unit name high 600', '7 opd → opd name high 600', '8 unit_type → unit_type name high 410',
  ],
  missing: [], absent: ['depth'], inferred: ['parent_id parent_id 16', 'eselon eselon 316', 'unit_type unit_type 190'],
};
const SAMPLE_PEOPLE = {
  table: 'people (columns)', header: [1, 'first', 0], rows: 752,
  columns: ['nip', 'name', 'post_id', 'golongan', 'education', 'birth_date', 'status'].map((f, i) => `${i + 1} ${f} → ${f} name high 752`),
  missing: [], absent: ['role'], inferred: [],
};
/** messy/posts.csv as written to other files: every column by its canonical name. */
const CLEAN_COLUMNS = [
  '1 id → id name high 6', '2 parent_id → parent_id name high 5', '3 name → name name high 6', '4 kind → kind name high 6',
  '5 eselon → eselon name high 5', '6 unit → unit name high 6', '7 opd → opd name high 6', '8 unit_type → unit_type name high 6',
];

const EXPECTED: Record<string, Omit<ReturnType<typeof summary>, 'dialect'> & { dialect: string }> = {
  'messy/title-rows.csv': {
    table: 'posts (columns)', dialect: 'csv utf-8 (valid-utf8) "," (sniffed)', header: [5, 'names', 3], rows: 6,
    columns: [
      '1 KODE_JABATAN → id alias high 6', '2 KODE_ATASAN → parent_id alias high 5', '3 NAMA_JABATAN → name alias high 6',
      '4 ESELON → eselon name high 6', '5 UNIT_KERJA → unit alias high 6', '6 PERANGKAT_DAERAH → opd alias high 6', '7 JENIS_UNIT → unit_type alias high 6',
    ],
    missing: [], absent: ['kind', 'depth'], inferred: ['parent_id KODE_ATASAN 1', 'kind - 6'],
  },
  'messy/comments.csv': {
    table: 'posts (columns)', dialect: 'csv utf-8 (valid-utf8) ";" (sniffed)', header: [4, 'first', 2], rows: 6,
    // Its pelaksana has an eselon: every cell but the head's parent filled.
    columns: CLEAN_COLUMNS.map((c) => c.replace('5 eselon → eselon name high 5', '5 eselon → eselon name high 6')),
    missing: [], absent: ['depth'], inferred: ['parent_id parent_id 1'],
  },
  'messy/utf16le-nobom.txt': {
    table: 'posts (columns)', dialect: 'csv utf-16le (nul-pattern) "\\t" (sniffed)', header: [1, 'first', 0], rows: 6,
    columns: CLEAN_COLUMNS, missing: [], absent: ['depth'], inferred: ['parent_id parent_id 1', 'eselon eselon 1'],
  },
  'messy/utf16be-nobom.txt': {
    table: 'posts (columns)', dialect: 'csv utf-16be (nul-pattern) "\\t" (sniffed)', header: [1, 'first', 0], rows: 6,
    columns: CLEAN_COLUMNS, missing: [], absent: ['depth'], inferred: ['parent_id parent_id 1', 'eselon eselon 1'],
  },
  'messy/posts.csv': {
    table: 'posts (columns)', dialect: 'csv utf-8 (valid-utf8) "," (sniffed)', header: [1, 'first', 0], rows: 6,
    columns: CLEAN_COLUMNS, missing: [], absent: ['depth'], inferred: ['parent_id parent_id 1', 'eselon eselon 1'],
  },
  'messy/level-depth.csv': {
    table: 'posts (columns)', dialect: 'csv utf-8 (valid-utf8) "," (sniffed)', header: [1, 'first', 0], rows: 6,
    columns: [
      '1 id → id name high 6', '2 parent_id → parent_id name high 5', '3 nama_jabatan → name alias high 6', '4 level → depth values high 6',
      '5 unit_kerja → unit alias high 6', '6 perangkat_daerah → opd alias high 6',
    ],
    missing: [], absent: ['kind', 'eselon', 'unit_type'], inferred: ['parent_id parent_id 1', 'kind - 6', 'eselon - 6', 'unit_type - 6'],
  },
  'messy/level-eselon.csv': {
    table: 'posts (columns)', dialect: 'csv utf-8 (valid-utf8) "," (sniffed)', header: [1, 'first', 0], rows: 6,
    columns: [
      '1 id → id name high 6', '2 parent_id → parent_id name high 5', '3 nama_jabatan → name alias high 6', '4 tingkat → eselon values high 6',
      '5 unit_kerja → unit alias high 6', '6 perangkat_daerah → opd alias high 6',
    ],
    missing: [], absent: ['kind', 'unit_type', 'depth'], inferred: ['parent_id parent_id 1', 'kind - 6', 'unit_type - 6'],
  },
  'messy/people-scientific.csv': {
    table: 'people (columns)', dialect: 'csv utf-8 (valid-utf8) "," (sniffed)', header: [1, 'first', 0], rows: 6,
    columns: [
      '1 NIP_BARU → nip alias high 6', '2 NAMA → name alias high 6', '3 JABATAN_ID → post_id alias high 6', '4 GOLONGAN → golongan name high 6',
      '5 PENDIDIKAN → education alias high 6', '6 TGL_LAHIR → birth_date alias high 6', '7 STATUS → status name high 6',
    ],
    missing: [], absent: ['role'], inferred: [],
  },
  'messy/nonstandard-headers.csv': {
    table: 'posts (columns)', dialect: 'csv windows-1252 (fallback) ";" (sniffed)', header: [4, 'names', 2], rows: 6,
    columns: [
      '1 No. → - 6', '2 Kode Jabatan # → id alias high 6', '3 Kode Atasan → parent_id alias high 5', '4 Nama Jabatan: → name alias high 6',
      '5 Tingkat → eselon values high 6', '6 Unit Kerja → unit alias high 6', '7 SKPD → opd alias high 6', '8 Keterangan → - 1',
    ],
    missing: [], absent: ['kind', 'unit_type', 'depth'], inferred: ['parent_id Kode Atasan 1', 'kind - 6', 'unit_type - 6'],
  },
  'kabupaten-contoh/posts.csv': { ...SAMPLE_POSTS, dialect: 'csv utf-8 (valid-utf8) "," (sniffed)' },
  'kabupaten-contoh/posts.xlsx': { ...SAMPLE_POSTS, dialect: "xlsx 'Jabatan'" },
  'kabupaten-contoh/people.csv': { ...SAMPLE_PEOPLE, dialect: 'csv utf-8 (valid-utf8) "," (sniffed)' },
  'kabupaten-contoh/people.xlsx': { ...SAMPLE_PEOPLE, dialect: "xlsx 'Pegawai'" },
  'ekspor-simpeg/unor.csv': {
    table: 'posts (columns)', dialect: 'csv utf-8 (valid-utf8) ";" (sniffed)', header: [1, 'first', 0], rows: 82,
    columns: [
      '1 ID → id name high 82', '2 DIATASAN_ID → parent_id alias high 79', '3 NAMA_JABATAN → name alias high 82', '4 ESELON_ID → eselon alias high 82',
      '5 NAMA_UNOR → unit alias high 82', '6 UNOR_INDUK → opd alias high 82',
    ],
    missing: [], absent: ['kind', 'unit_type', 'depth'], inferred: ['parent_id DIATASAN_ID 3', 'kind - 82', 'unit_type - 82'],
  },
  'ekspor-simpeg/pegawai.csv': {
    table: 'people (columns)', dialect: 'csv utf-8 (valid-utf8) ";" (sniffed)', header: [1, 'first', 0], rows: 100,
    columns: [
      '1 NIP_BARU → nip alias high 100', '2 NAMA → name alias high 100', '3 JABATAN_ID → post_id alias high 100', '4 GOL_AKHIR_ID → golongan alias high 100',
      '5 TINGKAT_PENDIDIKAN_ID → education alias high 100', '6 TGL_LAHIR → birth_date alias high 100',
    ],
    missing: [], absent: ['status', 'role'], inferred: [],
  },
};

describe('inspect --format json: what each fixture reads as', () => {
  it('covers every table in fixtures/messy', () => {
    const tables = readdirSync(MESSY).filter((f) => f !== 'README.md').sort();
    expect(Object.keys(EXPECTED).filter((f) => f.startsWith('messy/')).map((f) => f.slice(6)).sort()).toEqual(tables);
  });

  it.each(Object.entries(EXPECTED))('%s', async (file, expected) => {
    const r = await inspect(FIXTURES, file, '--format', 'json');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(summary(json(r.stdout))).toEqual(expected);
  });

  it('the shape: documented keys, 1-based positions, samples and reasons in the --lang language, every kind tried', async () => {
    const r = json((await inspect(FIXTURES, 'messy/level-depth.csv', '--format', 'json', '--lang', 'en')).stdout);
    expect(Object.keys(r)).toEqual([
      'version', 'file', 'table', 'format', 'encoding', 'delimiter', 'sheet', 'header', 'rows', 'sampled', 'columns',
      'unmapped', 'ambiguous', 'missing', 'absent', 'inferred', 'config',
    ]);
    expect(r.version).toBe(1);
    expect(r.table.candidates.map((c) => [c.kind, c.mapped, c.missing])).toEqual([
      ['posts', 5, []], ['decisions', 1, ['decision']], ['people', 0, ['nip']], ['teams', 0, ['team_id', 'owner_post_id', 'nip']],
    ]);
    expect(r.columns[3]).toEqual({
      position: 4, header: 'level', field: 'depth', basis: 'values', confidence: 'high', ambiguous: true, filled: 6, samples: ['1', '2', '3', '4'],
      reason: expect.stringMatching(/^ambiguous name; plain numbers 1–4, not an eselon form .*: depth in the tree; a child's number is its parent's plus one/),
    });
    expect([r.ambiguous, r.unmapped, r.sampled, r.config]).toEqual([['level'], [], 6, { read: null, written: null }]);
    expect(r.inferred[0]).toEqual({
      field: 'parent_id', column: 'parent_id', blank: 1, ruleId: 'post/parent-inferred',
      text: "blank in 1 of 6 records: OPD heads stay at the top; a post plainly not an OPD's head gets its parent from titles, units and eselon; with the depth column 'level'",
    });
  });

  it('the count is a full one: 600 records though the samples come from the first 200', async () => {
    const r = json((await inspect(FIXTURES, 'kabupaten-contoh/posts.csv', '--format', 'json')).stdout);
    expect([r.rows, r.sampled, r.columns[0]!.samples]).toEqual([600, 200, ['SETDA', 'SETDA.01', 'SETDA.01.01', 'SETDA.01.01.01', 'SETDA.01.01.01.01']]);
  });

  it('--table: a posts file read as people is shown with its missing required column, not refused', async () => {
    const r = await inspect(FIXTURES, 'messy/posts.csv', '--table', 'people', '--format', 'json');
    expect(r.code).toBe(0);
    const j = json(r.stdout);
    expect([j.table.kind, j.table.how, j.table.candidates.length, j.missing, j.columns.filter((c) => c.field).map((c) => c.header)]).toEqual(['people', 'option', 1, ['nip'], ['name']]);
  });

  it('guessed: an analyst decisions file; a file with no required column of any table says what it lacks', async () => {
    const d = dir();
    writeFileSync(join(d, 'keputusan.csv'), 'id_jabatan,keputusan,catatan\nD1.2.1,keep,tetap\n');
    writeFileSync(join(d, 'lain.csv'), 'alpha,beta\n1,2\n');
    expect(summary(json((await inspect(d, 'keputusan.csv', '--format', 'json')).stdout)).columns).toEqual([
      '1 id_jabatan → post_id alias high 1', '2 keputusan → decision alias high 1', '3 catatan → note alias high 1',
    ]);
    expect(json((await inspect(d, 'keputusan.csv', '--format', 'json')).stdout).table.kind).toBe('decisions');
    const other = json((await inspect(d, 'lain.csv', '--format', 'json')).stdout);
    expect([other.table.kind, other.missing, other.unmapped]).toEqual(['posts', ['id', 'name'], ['alpha', 'beta']]);
  });

  it('a setara.config.yaml in the working directory is read: its columns show basis config', async () => {
    const d = dir(['title-rows.csv']);
    writeFileSync(join(d, 'setara.config.yaml'), 'version: 1\ncolumns:\n  posts: { unit: PERANGKAT_DAERAH }\n');
    const r = json((await inspect(d, 'title-rows.csv', '--format', 'json')).stdout);
    expect(r.config.read).toBe('setara.config.yaml');
    expect(r.columns.filter((c) => c.basis === 'config').map((c) => `${c.header} → ${c.field}`)).toEqual(['PERANGKAT_DAERAH → unit']);
    expect(r.unmapped).toEqual(['UNIT_KERJA']);
  });
});

describe('inspect text', () => {
  it('title-rows.csv in full (Indonesian)', async () => {
    const r = await inspect(MESSY, 'title-rows.csv');
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(`berkas       title-rows.csv
tabel        posts (ditebak dari kolomnya: 7 kolom dikenali; people 1 (tanpa nip))
format       CSV
pengodean    utf-8 (UTF-8 yang sah)
pemisah      "," (dikenali dari isinya)
baris judul  baris 5 (dari nama kolomnya; 3 baris di atasnya dilewati)
rekaman      6 (contoh dari 6 rekaman pertama)
konfigurasi  -

kolom
  1  KODE_JABATAN      → id         nama lain  yakin  6/6  D1 | D1.1 | D1.1.1 | D1.2 | D1.2.1
  2  KODE_ATASAN       → parent_id  nama lain  yakin  5/6  D1 | D1.1 | D1.2 | D1.9
  3  NAMA_JABATAN      → name       nama lain  yakin  6/6  Kepala Dinas Contoh | Sekretaris | Kepala Subbagian Umum dan Kep… | Kepala Bidang Perencanaan | Kepala Seksi Program
  4  ESELON            → eselon     nama baku  yakin  6/6  II.b | III.a | IV.a | III.b
  5  UNIT_KERJA        → unit       nama lain  yakin  6/6  Dinas Contoh | Sekretariat | Subbagian Umum dan Kepegawaian | Bidang Perencanaan | Seksi Program
  6  PERANGKAT_DAERAH  → opd        nama lain  yakin  6/6  Dinas Contoh
  7  JENIS_UNIT        → unit_type  nama lain  yakin  6/6  dinas | sekretariat | subbagian | bidang | seksi

kolom opsional tidak ada
  depth

disimpulkan
  parent_id: kosong di 1 dari 6 rekaman: kepala OPD tetap puncak; jabatan yang jelas bukan kepala OPD diberi atasan dari nama jabatan, unit dan eselon (temuan info post/parent-inferred)
  kind: tidak ada kolom: jenis jabatan disimpulkan dari eselon, atau dari nama jabatan (temuan info post/kind-inferred)
`);
  });

  it('--lang en: unused and ambiguous columns with the decision and why; an XLSX names its sheet', async () => {
    const r = await inspect(MESSY, 'nonstandard-headers.csv', '--lang', 'en');
    expect(r.stdout).toContain('encoding     windows-1252 (not valid UTF-8: Windows-1252, Excel\'s default)\n');
    expect(r.stdout).toContain('\nunused\n  No.: unknown column name\n  Keterangan: unknown column name\n');
    expect(r.stdout).toContain('\nambiguous\n  Tingkat → eselon: ambiguous name; its values look like eselon (5/5)\n');
    expect((await inspect(FIXTURES, 'kabupaten-contoh/people.xlsx', '--lang', 'en')).stdout).toContain("format       XLSX, sheet 'Pegawai'\n");
  });
});

/** post_id → decision (and the JF) from a migrate output. */
function decisions(out: string): string[] {
  const rows = parse(readFileSync(join(out, 'mapping.csv')), { columns: true, bom: true }) as Array<Record<string, string>>;
  return rows.map((m) => `${m.post_id} ${m.decision}${m.jf ? ` ${m.jf}` : ''}`);
}

const EXPECTED_DECISIONS = ['D1 keep', 'D1.1 keep', 'D1.1.1 keep', 'D1.2 keep', 'D1.2.1 equalise perencana', 'D1.2.1.1 keep'];
const migrate = (cwd: string, file: string, ...args: string[]) => runMain(['migrate', file, '--out', 'out', '--as-of', '2026-12-01', ...args], { cwd });

describe('inspect --write-config, then migrate --config', () => {
  it('title rows, a windows-1252 file with `;`, headers a YAML line would break on and an ambiguous `Tingkat`: migrates as the clean table', async () => {
    const d = dir(['nonstandard-headers.csv']);
    const r = await inspect(d, 'nonstandard-headers.csv', '--write-config');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('konfigurasi awal ditulis: setara.config.yaml\n');
    const text = readFileSync(join(d, 'setara.config.yaml'), 'utf8');
    const { config } = loadConfig(d);
    expect(config).toEqual({
      version: 1,
      columns: { posts: { id: 'Kode Jabatan #', parent_id: 'Kode Atasan', name: 'Nama Jabatan:', eselon: 'Tingkat', unit: 'Unit Kerja', opd: 'SKPD' } },
    });
    // Found again on every read (and a setting for every table): offered as comments with the values found.
    expect(text).toContain('\n# header_row: 4\n');
    expect(text).toContain('\n# delimiter: ";"\n');
    expect(text).toContain('\n# encoding: windows-1252\n');
    expect(text).toContain('    # tidak dipakai: "Keterangan" (nama kolom tidak dikenal)\n');
    expect(text).toContain('    # kind:  # tidak ada kolom\n');

    const m = await migrate(d, 'nonstandard-headers.csv', '--config', 'setara.config.yaml');
    expect(m.code).toBe(0);
    expect(decisions(join(d, 'out'))).toEqual(EXPECTED_DECISIONS);
    // The same decisions as the tidy table these posts come from.
    const clean = dir(['posts.csv']);
    expect((await migrate(clean, 'posts.csv')).code).toBe(0);
    expect(decisions(join(clean, 'out'))).toEqual(EXPECTED_DECISIONS);

    // Read with the config, every mapped column says so.
    const again = json((await inspect(d, 'nonstandard-headers.csv', '--format', 'json')).stdout);
    expect(again.columns.map((c) => c.basis)).toEqual([null, 'config', 'config', 'config', 'config', 'config', 'config', null]);
  });

  it('what the read was told (--header-row, --delimiter, --encoding) is written as settings, and used', async () => {
    const d = dir(['nonstandard-headers.csv']);
    mkdirSync(join(d, 'conf'));
    const r = await inspect(d, 'nonstandard-headers.csv', '--header-row', '4', '--delimiter', ';', '--encoding', 'cp1252', '--write-config', 'conf/x.yaml', '--lang', 'en');
    expect([r.code, r.stderr]).toEqual([0, 'starter config written: conf/x.yaml\n']);
    expect(json((await inspect(d, 'nonstandard-headers.csv', '--config', 'conf/x.yaml', '--format', 'json')).stdout).header).toEqual({ line: 4, how: 'config', skipped: 2 });
    const { config } = loadConfig(d, 'conf/x.yaml');
    expect([config.header_row, config.delimiter, config.encoding]).toEqual([4, ';', 'windows-1252']);
    expect((await migrate(d, 'nonstandard-headers.csv', '--config', 'conf/x.yaml')).code).toBe(0);
    expect(decisions(join(d, 'out'))).toEqual(EXPECTED_DECISIONS);
  });

  it('a title column under a header setara does not know: found by its values, which the starter config says; a mapping by hand carries over', async () => {
    const d = dir();
    const source = readFileSync(join(MESSY, 'nonstandard-headers.csv'), 'latin1').replace('Nama Jabatan:', 'Uraian Tugas');
    writeFileSync(join(d, 'posts.csv'), Buffer.from(source, 'latin1'));
    // Its values are post titles: the reader takes the column as the title, as inspect does.
    expect((await migrate(d, 'posts.csv')).code).toBe(0);
    expect(decisions(join(d, 'out'))).toEqual(EXPECTED_DECISIONS);
    rmSync(join(d, 'out'), { recursive: true });
    const first = await inspect(d, 'posts.csv', '--write-config', 'starter.yaml');
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('konfigurasi awal ditulis: starter.yaml\n');
    expect(readFileSync(join(d, 'starter.yaml'), 'utf8')).toContain(
      '    # tidak ada kolom bernama nama jabatan; nilainya terbaca sebagai nama jabatan (6/6)\n    name: "Uraian Tugas"  # nilai; contoh Kepala Dinas Contoh',
    );
    // The user maps it (here by hand), inspects with that config and writes the whole mapping.
    writeFileSync(join(d, 'mine.yaml'), 'version: 1\ncolumns:\n  posts: { name: Uraian Tugas }\nruleset: kabupaten-kota\n');
    expect((await inspect(d, 'posts.csv', '--config', 'mine.yaml', '--write-config', 'full.yaml')).code).toBe(0);
    const { config } = loadConfig(d, 'full.yaml');
    expect(config.columns?.posts).toEqual({ id: 'Kode Jabatan #', parent_id: 'Kode Atasan', name: 'Uraian Tugas', eselon: 'Tingkat', unit: 'Unit Kerja', opd: 'SKPD' });
    expect(config.ruleset).toBe('kabupaten-kota');
    expect((await migrate(d, 'posts.csv', '--config', 'full.yaml')).code).toBe(0);
    expect(decisions(join(d, 'out'))).toEqual(EXPECTED_DECISIONS);
  });

  it('inspecting the people table after the posts table (--force) keeps the posts mapping', async () => {
    const d = dir(['title-rows.csv', 'people-scientific.csv']);
    expect((await inspect(d, 'title-rows.csv', '--write-config')).code).toBe(0);
    expect((await inspect(d, 'people-scientific.csv', '--write-config', '--force')).code).toBe(0);
    const { config } = loadConfig(d);
    expect(Object.keys(config.columns ?? {})).toEqual(['people', 'posts']);
    expect(config.columns?.posts?.id).toBe('KODE_JABATAN');
    expect(config.columns?.people?.nip).toBe('NIP_BARU');
  });
});

describe('inspect refuses', () => {
  it('--write-config before the table: the option took the table, and the one line says so (nothing written)', async () => {
    const d = dir(['posts.csv']);
    const r = await inspect(d, '--write-config', 'posts.csv', '--lang', 'en');
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      "setara: missing required argument 'file' (--write-config took 'posts.csv' as its config file; put the table first: setara inspect posts.csv --write-config)\n",
    );
    expect(readdirSync(d)).toEqual(['posts.csv']);
  });

  it('an existing config without --force (before reading; nothing on stdout, the file untouched)', async () => {
    const d = dir(['posts.csv']);
    writeFileSync(join(d, 'setara.config.yaml'), 'version: 1\n');
    const r = await inspect(d, 'posts.csv', '--write-config');
    expect(expectHandled(r)).toBe('setara: setara.config.yaml: setara.config.yaml sudah ada (pakai --force untuk menimpa)');
    expect(r.stdout).toBe('');
    expect(readFileSync(join(d, 'setara.config.yaml'), 'utf8')).toBe('version: 1\n');
    expect((await inspect(d, 'posts.csv', '--write-config', '--force')).code).toBe(0);
    expect(loadConfig(d).config.columns?.posts?.id).toBe('id');
  });

  it('writing over the input, even with --force; a config for a decisions table', async () => {
    const d = dir(['posts.csv']);
    const r = await inspect(d, 'posts.csv', '--write-config', 'posts.csv', '--force');
    expect(expectHandled(r)).toMatch(/menolak menimpa berkas masukan posts\.csv$/);
    writeFileSync(join(d, 'keputusan.csv'), 'post_id,decision\nD1,keep\n');
    const k = await inspect(d, 'keputusan.csv', '--write-config', '--lang', 'en');
    expect(expectHandled(k)).toMatch(/^setara: --write-config: this file reads as an analyst decisions table/);
  });

  it.each([
    ['missing.csv', /^setara: missing\.csv: berkas tidak dapat dibaca \(ENOENT\)$/],
    ['.', /^setara: \.: ini folder, bukan berkas$/],
    ['empty.csv', /^setara: empty\.csv: berkas kosong: tidak ada baris judul kolom$/],
    ['broken.xlsx', /^setara: broken\.xlsx: bukan berkas \.xlsx yang sah/],
  ])('unreadable input %s: exit 2, one line', async (file, message) => {
    const d = dir();
    writeFileSync(join(d, 'empty.csv'), '');
    writeFileSync(join(d, 'broken.xlsx'), 'not a zip');
    const r = await inspect(d, file);
    expect(expectHandled(r)).toMatch(message);
    expect(r.stdout).toBe('');
  });
});
