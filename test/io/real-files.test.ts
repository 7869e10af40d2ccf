/**
 * Real exports (issue 15 §8): every file of fixtures/real/ and its variants/ (sources and what was replaced: its
 * README), read by `setara inspect --format json`; the posts tables through `inspect --write-config` and
 * `migrate --config`; the tables that are not posts tables refused; NIPs a spreadsheet stored as numbers. Where setara
 * got a real file wrong the case states what is right and names the defect it guards against ("was: …").
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InspectReport } from '../../src/cli/commands/inspect.js';
import { loadConfig } from '../../src/io/config.js';
import { readCsv, type Row } from '../helpers/migrate-run.js';
import { expectHandled, runMain } from '../helpers/run-main.js';

const REAL = join(import.meta.dirname, '..', '..', 'fixtures', 'real');
const AS_OF = ['--as-of', '2026-12-01', '--lang', 'en'];

/** A fresh folder holding copies of `files` (paths under fixtures/real, copied by their base name). */
function dir(...files: string[]): string {
  const d = mkdtempSync(join(tmpdir(), 'setara-real-'));
  for (const f of files) copyFileSync(join(REAL, f), join(d, f.split('/').pop()!));
  return d;
}
const base = (f: string) => f.split('/').pop()!;

async function inspect(file: string, ...args: string[]): Promise<InspectReport> {
  const r = await runMain(['inspect', base(file), '--format', 'json', ...args], { cwd: dir(file) });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as InspectReport;
}

interface Read {
  table: string;
  dialect: string;
  header: [number, string, number];
  rows: number;
  /** `header → field (basis confidence)` for every column; `header → -` for a column feeding no field. */
  columns: string[];
  missing: string[];
  sheet?: string;
}

const dialect = (r: InspectReport) =>
  r.format === 'csv' ? `csv ${r.encoding!.name} (${r.encoding!.how}) ${JSON.stringify(r.delimiter!.char)}` : `xlsx '${r.sheet}'`;
const columnsOf = (r: InspectReport) => r.columns.map((c) => (c.field ? `${c.header} → ${c.field} (${c.basis} ${c.confidence})` : `${c.header} → -`));
const unused = (...headers: string[]) => headers.map((h) => `${h} → -`);

// `des_jabatan` is no known name: its values read as post titles (18 of 39: its "KSK Kec. …" rows are no known title).
const BPS_POSTS = { table: 'posts', header: [1, 'first', 0], rows: 39, columns: ['id → id (name high)', 'des_jabatan → name (values medium)'], missing: [] } as const;
const BPS_PEOPLE_COLUMNS = ['nip → nip (name high)', 'nama → name (alias high)', ...unused('gelar_depan', 'gelar_belakang', 'panggol', 'jabatan', 'created_at', 'updated_at')];
const DKP_POSTS = ['kode_jabatan → id (alias high)', 'nama_jabatan → name (alias high)'];
const SUKATANI_COLUMNS = [
  ...unused('alternatif', 'presensi', 'capaian', 'perilaku', 'ide', 'hukuman'), 'nip → nip (name high)', 'pangkat → golongan (alias high)',
  ...unused('jabatan', 'eselon', 'unit kerja'),
];
const WAKATOBI_COLUMNS = [
  'id_jabatan → id (alias high)', 'jenis_jabatan → kind (alias high)', 'nama_jabatan → name (alias high)', 'eselon → eselon (name high)', ...unused('iat', 'uat'),
];

/** What setara reads from each file; every file under fixtures/real/ has a row here (checked below). */
const READS: Record<string, Read> = {
  'dkp-lampung-jabatan.csv': { table: 'posts', dialect: 'csv utf-8 (valid-utf8) ","', header: [1, 'first', 0], rows: 31, columns: DKP_POSTS, missing: [] },
  'dkp-lampung-pegawai.csv': {
    table: 'people', dialect: 'csv utf-8 (valid-utf8) ","', header: [1, 'first', 0], rows: 30, missing: [],
    columns: [
      'nip → nip (name high)', 'nama_lengkap → name (alias high)', ...unused('jenis_kelamin', 'tempat_lahir'), 'tanggal_lahir → birth_date (alias high)',
      'tanggal_masuk → -', 'jenis_pegawai → status (alias high)', 'pangkat → golongan (alias high)', ...unused('bidang', 'jabatan', 'sisa_cuti_tahunan'),
    ],
  },
  'bps-kotabaru-jabatan.csv': { ...BPS_POSTS, header: [1, 'first', 0], columns: [...BPS_POSTS.columns], missing: [...BPS_POSTS.missing], dialect: 'csv utf-8 (valid-utf8) ","' },
  'bps-kotabaru-pegawai.csv': { table: 'people', dialect: 'csv utf-8 (valid-utf8) ","', header: [1, 'first', 0], rows: 34, columns: BPS_PEOPLE_COLUMNS, missing: [] },
  'bps-kotabaru.xlsx': { ...BPS_POSTS, header: [1, 'first', 0], columns: [...BPS_POSTS.columns], missing: [...BPS_POSTS.missing], dialect: "xlsx 'Jabatan'" },
  'bps-konversi-jabatan.csv': {
    table: 'posts', dialect: 'csv utf-8 (valid-utf8) ","', header: [1, 'first', 0], rows: 66, columns: unused('Nama Simpeg', 'Konversi ABK', 'Umum'), missing: ['id', 'name'],
  },
  'bps-satker-aceh.csv': {
    table: 'posts', dialect: 'csv utf-8 (valid-utf8) ","', header: [1, 'first', 0], rows: 24,
    columns: ['Kode Wilayah → -', 'Unit Kerja → unit (alias high)', ...unused('Wilayah', 'Zona')], missing: ['id', 'name'],
  },
  'kec-sukatani-pegawai.csv': { table: 'people', dialect: 'csv utf-8 (valid-utf8) ";"', header: [1, 'first', 0], rows: 10, columns: SUKATANI_COLUMNS, missing: [] },
  'diskominfo-bolmut-pegawai.csv': {
    table: 'people', dialect: 'csv utf-8 (valid-utf8) ","', header: [1, 'first', 0], rows: 9, missing: [],
    columns: [
      'id → -', 'nama_pegawai → name (alias high)', 'nip → nip (name high)', ...unused('jenis_kelamin', 'pangkat_gol'), 'jenis_pegawai → status (alias high)',
      'tingkat_pendidikan → education (alias high)', ...unused('jabatan', 'eselon'),
    ],
  },
  'wakatobi-data-jabatan.csv': { table: 'posts', dialect: 'csv utf-8 (valid-utf8) ";"', header: [1, 'first', 0], rows: 60, columns: WAKATOBI_COLUMNS, missing: [] },
  'variants/dkp-lampung-jabatan-title-rows.csv': { table: 'posts', dialect: 'csv utf-8 (valid-utf8) ","', header: [5, 'names', 3], rows: 31, columns: DKP_POSTS, missing: [] },
  'variants/dkp-lampung-jabatan-tingkat.csv': {
    table: 'posts', dialect: 'csv utf-8 (valid-utf8) ","', header: [1, 'first', 0], rows: 31, columns: [...DKP_POSTS, 'tingkat → depth (values medium)'], missing: [],
  },
  'variants/bps-kotabaru-jabatan-utf16le-nobom.txt': {
    ...BPS_POSTS, header: [1, 'first', 0], columns: [...BPS_POSTS.columns], missing: [...BPS_POSTS.missing], dialect: 'csv utf-16le (nul-pattern) "\\t"',
  },
  'variants/bps-kotabaru-pegawai-numeric-nip.xlsx': {
    table: 'people', dialect: "xlsx 'Pegawai'", header: [1, 'first', 0], rows: 34, columns: BPS_PEOPLE_COLUMNS, missing: [],
  },
  'variants/kec-sukatani-pegawai-scientific.csv': { table: 'people', dialect: 'csv utf-8 (valid-utf8) ","', header: [1, 'first', 0], rows: 10, columns: SUKATANI_COLUMNS, missing: [] },
  'variants/wakatobi-data-jabatan.xlsx': { table: 'posts', dialect: "xlsx 'data_jabatan'", header: [1, 'first', 0], rows: 60, columns: WAKATOBI_COLUMNS, missing: [] },
};

describe('inspect: what setara reads from each real file', () => {
  it('every file under fixtures/real/ has its expectation (a new file needs one)', () => {
    const files = readdirSync(REAL, { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(join(REAL, f)).isFile() && !f.endsWith('README.md'))
      .map((f) => f.replaceAll('\\', '/'));
    expect(files.sort()).toEqual(Object.keys(READS).sort());
  });

  it.each(Object.entries(READS))('%s', async (file, want) => {
    const r = await inspect(file);
    expect({
      table: r.table.kind, dialect: dialect(r), header: [r.header.line, r.header.how, r.header.skipped], rows: r.rows, columns: columnsOf(r), missing: r.missing,
    }).toEqual({ table: want.table, dialect: want.dialect, header: want.header, rows: want.rows, columns: want.columns, missing: want.missing });
  });

  it("the workbook's second sheet is the BPS office's people, NIPs kept as text", async () => {
    const r = await inspect('bps-kotabaru.xlsx', '--sheet', 'Pegawai');
    expect([r.table.kind, r.rows, columnsOf(r)]).toEqual(['people', 34, BPS_PEOPLE_COLUMNS]);
    expect(r.columns[0]!.samples[0]).toMatch(/^\d{18}$/);
  });
});

/** `inspect FILE --write-config` in a fresh folder, then `migrate FILE --config` of what it wrote: the mapping rows by id. */
async function migrateWithStarter(file: string): Promise<{ code: number; stderr: string; mapping: Map<string, Row>; out: string; cwd: string }> {
  const cwd = dir(file);
  const w = await runMain(['inspect', base(file), '--write-config', 'starter.yaml', '--lang', 'en'], { cwd });
  expect([w.code, w.stderr]).toEqual([0, 'starter config written: starter.yaml\n']);
  const out = mkdtempSync(join(tmpdir(), 'setara-real-out-'));
  const m = await runMain(['migrate', base(file), '--config', 'starter.yaml', '--out', out, '--force', ...AS_OF], { cwd });
  expectHandled(m);
  const mapping = m.code === 2 ? new Map<string, Row>() : new Map(readCsv(join(out, 'mapping.csv')).map((x) => [x.post_id!, x]));
  return { code: m.code, stderr: m.stderr, mapping, out, cwd };
}

const decision = (m: Row | undefined) => (m ? [m.decision, m.criterion, m.jenjang, m.jf_status && `jf:${m.jf_status}`].filter(Boolean).join(' ') : 'missing');

/** The Dinas Kelautan dan Perikanan's posts as setara decides them (kabupaten-kota rules; the tree read from titles). */
const DKP_DECISIONS = {
  KADIS: 'keep jpt', SEKRETARIS: 'keep administrator', KABID_TANGKAP: 'keep administrator', KABID_PSDKP: 'keep administrator',
  KASUBAG_UMUM: 'keep b: sekretariat', KASUBAG_KEUANGAN: 'keep b: sekretariat',
  // A bare "Kepala Seksi" names no affair: equalised to an Ahli Muda whose JF the analyst chooses.
  KASIE: 'equalise ahli_muda jf:none',
  PERENCANA: 'keep fungsional', PENGADMINISTRASI: 'keep pelaksana-non-eselon',
  // "Penata Kelola Kelautan dan Perikanan" is of no kind setara knows: left for review, not guessed.
  PENATA_KELOLA: 'review',
};

describe('posts tables: inspect --write-config, then migrate --config with no edit', () => {
  it.each(['dkp-lampung-jabatan.csv', 'variants/dkp-lampung-jabatan-title-rows.csv'])(
    '%s: the Dinas head and its Sekretaris/Kepala Bidang kept, Kasubbag of the Sekretariat kept, the bare Kepala Seksi equalised',
    async (file) => {
      const r = await migrateWithStarter(file);
      expect(r.code, r.stderr).toBe(0);
      expect(r.mapping.size).toBe(31);
      expect(Object.fromEntries(Object.keys(DKP_DECISIONS).map((id) => [id, decision(r.mapping.get(id))]))).toEqual(DKP_DECISIONS);
      // The tree read from titles: the Sekretariat's Kasubbag under the Sekretaris, the rest under the head.
      expect(['SEKRETARIS', 'KASUBAG_UMUM', 'KASIE', 'PERENCANA'].map((id) => r.mapping.get(id)!.parent_id)).toEqual(['KADIS', 'SEKRETARIS', 'KADIS', 'KADIS']);
    },
  );

  it('variants/dkp-lampung-jabatan-tingkat.csv: the tree from the depth column (each post below the nearest row one level up)', async () => {
    const r = await migrateWithStarter('variants/dkp-lampung-jabatan-tingkat.csv');
    expect(r.code, r.stderr).toBe(0);
    // The bare Kepala Seksi follows the last Kepala Bidang one level down: it sits in that Bidang now.
    expect(['SEKRETARIS', 'KASUBAG_UMUM', 'KASIE', 'PERENCANA'].map((id) => r.mapping.get(id)!.parent_id)).toEqual(['KADIS', 'SEKRETARIS', 'KABID_PSDKP', 'KADIS']);
    expect(Object.fromEntries(Object.keys(DKP_DECISIONS).map((id) => [id, decision(r.mapping.get(id))]))).toEqual({ ...DKP_DECISIONS, KASIE: 'equalise ahli_muda jf:weak' });
  });

  it('diskominfo-bolmut-pegawai.csv read as the posts table (--table posts): its posts decided, an error at each eselon without a/b', async () => {
    const cwd = dir('diskominfo-bolmut-pegawai.csv');
    const w = await runMain(['inspect', 'diskominfo-bolmut-pegawai.csv', '--table', 'posts', '--write-config', '--lang', 'en'], { cwd });
    expect(w.code, w.stderr).toBe(0);
    expect(loadConfig(cwd).config.columns).toEqual({ posts: { id: 'id', name: 'jabatan', eselon: 'eselon' } });
    const out = mkdtempSync(join(tmpdir(), 'setara-real-out-'));
    const m = await runMain(['migrate', 'diskominfo-bolmut-pegawai.csv', '--out', out, '--force', ...AS_OF], { cwd });
    expect(m.code, m.stderr).toBe(1);
    const mapping = new Map(readCsv(join(out, 'mapping.csv')).map((x) => [x.post_id!, x]));
    // Its eselon cells as written: II, III A, IV.b, IIIb, IVa, eselon IV, ESELON IV; an eselon without its grade is left empty.
    expect(Object.fromEntries([...mapping].map(([id, x]) => [id, `${x.eselon} ${decision(x)}${x.jf ? ` ${x.jf}` : ''}`]))).toEqual({
      4: ' keep jpt', 5: 'III.a keep administrator', 6: 'IV.b review', 7: 'III.b keep administrator',
      8: 'IV.a keep b: sekretariat', 9: ' review', 10: ' review', 11: ' review', 12: ' review',
    });
    const findings = (JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')) as { findings: Array<{ ruleId: string; severity: string; line: number; value?: string }> }).findings;
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.line} ${f.value}`)).toEqual([
      'schema/invalid-value 2 II', 'schema/invalid-value 7 eselon IV', 'schema/invalid-value 8 ESELON IV', 'schema/invalid-value 9 eselon IV', 'schema/invalid-value 10 eselon IV',
    ]);
  });

  // Was: the source records its Kepala Bidang Sarana Komunikasi with eselon IV.b (a Kepala Bidang of a Dinas is an
  // administrator, III.b); setara takes the eselon, calls the post pengawas and equalises it without a word about the
  // title. What is right: a finding at that row that the title and the eselon disagree.
  it('… and the Kepala Bidang recorded as IV.b gets a finding that its title and eselon disagree (was: none)', async () => {
    const cwd = dir('diskominfo-bolmut-pegawai.csv');
    writeFileSync(join(cwd, 'setara.config.yaml'), 'version: 1\ncolumns:\n  posts: { id: id, name: jabatan, eselon: eselon }\n');
    const r = await runMain(['validate', 'diskominfo-bolmut-pegawai.csv', '--format', 'json', ...AS_OF], { cwd });
    const findings = (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; severity: string; line: number; value?: string }> }).findings;
    expect(findings.filter((f) => f.severity !== 'info' && f.line === 4)).not.toEqual([]);
    // The only one in the file: no other head's title disagrees with its eselon.
    expect(findings.filter((f) => f.ruleId === 'post/title-eselon-mismatch').map((f) => `${f.severity} ${f.line} ${f.value}`)).toEqual(['warning 4 IV.b']);
    // Neither keep (by its title) nor equalise (by its eselon) may rest on a level in doubt: the analyst settles it.
    const e = await runMain(['explain', 'diskominfo-bolmut-pegawai.csv', '6', '--format', 'json', ...AS_OF], { cwd });
    expect(JSON.parse(e.stdout)).toMatchObject({ decision: 'review', ruleIds: ['common/review-title-eselon'] });
  });

  it('the starter config of the title-rows variant maps the columns and offers the header row it found', async () => {
    const cwd = dir('variants/dkp-lampung-jabatan-title-rows.csv');
    expect((await runMain(['inspect', 'dkp-lampung-jabatan-title-rows.csv', '--write-config'], { cwd })).code).toBe(0);
    expect(loadConfig(cwd).config.columns).toEqual({ posts: { id: 'kode_jabatan', name: 'nama_jabatan' } });
    expect(readFileSync(join(cwd, 'setara.config.yaml'), 'utf8')).toContain('\n# header_row: 5\n');
  });

  // Was: a title column named `des_jabatan` (the sipede app's name) is not recognised, and no column is mapped to
  // `name` by its values (post titles), so the starter config leaves `name` for the user and migrate stops at exit 2.
  it('bps-kotabaru-jabatan.csv: the starter config maps des_jabatan → name and the file migrates (was: name not found by values)', async () => {
    const r = await migrateWithStarter('bps-kotabaru-jabatan.csv');
    expect(r.code).toBe(0);
  });

  // Was: in the BPS office's flat list "Kepala BPS" is of no known kind, so the tree is read from its first Kasi:
  // each Seksi becomes an OPD and the office head is placed under "Kepala Seksi Tata Usaha".
  it('bps-kotabaru-jabatan.csv (name mapped by hand): Kepala BPS heads the office and every Kasi sits under it', async () => {
    const cwd = dir('bps-kotabaru-jabatan.csv');
    writeFileSync(join(cwd, 'setara.config.yaml'), 'version: 1\ncolumns:\n  posts: { name: des_jabatan }\n');
    const out = mkdtempSync(join(tmpdir(), 'setara-real-out-'));
    expect((await runMain(['migrate', 'bps-kotabaru-jabatan.csv', '--out', out, '--force', ...AS_OF], { cwd })).code).toBe(0);
    const mapping = new Map(readCsv(join(out, 'mapping.csv')).map((x) => [x.post_id!, x]));
    expect(['1', '2', '3', '7'].map((id) => mapping.get(id)!.parent_id)).toEqual(['', '1', '1', '1']);
  });
});

describe('tables that are not posts tables are refused (exit 2, one line)', () => {
  /** `migrate FILE` in a fresh folder (with `config`, a setara.config.yaml there): the one refusal line. */
  async function refusal(file: string, config?: string): Promise<string> {
    const cwd = dir(file);
    if (config) writeFileSync(join(cwd, 'setara.config.yaml'), config);
    const r = await runMain(['migrate', base(file), '--out', 'out', ...AS_OF], { cwd });
    expect(r.code, r.stderr).toBe(2);
    return expectHandled(r)!;
  }

  it.each([
    ['dkp-lampung-pegawai.csv', "required column 'id' not found in the header (line 1: nip, nama_lengkap, "],
    ['kec-sukatani-pegawai.csv', "required column 'id' not found in the header (line 1: alternatif, presensi, "],
    ['bps-konversi-jabatan.csv', "required column 'id' not found in the header (line 1: Nama Simpeg, Konversi ABK, Umum)"],
    ['bps-satker-aceh.csv', "required column 'id' not found in the header (line 1: Kode Wilayah, Unit Kerja, Wilayah, Zona); closest: 'Kode Wilayah' ≈ kode"],
  ])('%s given as the posts table: refused naming the column it lacks', async (file, text) => {
    const line = await refusal(file);
    expect(line.startsWith(`setara: ${file}:1: `), line).toBe(true);
    expect(line).toContain(text);
  });

  it('staff lists read as people tables, which inspect says (the table guessed from their columns)', async () => {
    for (const f of ['dkp-lampung-pegawai.csv', 'kec-sukatani-pegawai.csv', 'diskominfo-bolmut-pegawai.csv']) {
      expect((await inspect(f)).table).toMatchObject({ kind: 'people', how: 'columns' });
    }
  });

  it('the BPS units of Aceh with their code and name mapped as id and title: refused, no post heads a unit', async () => {
    const line = await refusal('bps-satker-aceh.csv', 'version: 1\ncolumns:\n  posts: { id: Kode Wilayah, name: Unit Kerja }\n');
    expect(line).toMatch(/^setara: bps-satker-aceh\.csv:1: not a posts table: 24 of 24 rows are not posts .*, 0 head a unit; it looks like /);
  });

  // Was: "BPS Kabupaten Simeulue", "BPS Kota Sabang" … are offices (units), but `BPS Kabupaten/Kota/Provinsi` is not
  // among the unit words, so the refusal calls the table a list of post names rather than a list of units.
  it('… and the refusal says it looks like a list of units (was: BPS offices are not unit words)', async () => {
    const line = await refusal('bps-satker-aceh.csv', 'version: 1\ncolumns:\n  posts: { id: Kode Wilayah, name: Unit Kerja }\n');
    expect(line).toContain('it looks like a list of units (unit names, not posts)');
  });

  // Was: a regency's SIMPEG post-name table (data_jabatan: one row per title, JFU/JFT names with "Non-Eselon", a
  // dozen structural titles of many OPDs, no parent, no unit) is read as one structure; the tree inferred from titles
  // puts "Asisten Sekretaris Daerah" (II.b) under "Sekretaris Dewan" (II.b).
  it.each(['wakatobi-data-jabatan.csv', 'variants/wakatobi-data-jabatan.xlsx'])(
    '%s: refused as a list of post names (was: read as a structure)',
    async (file) => {
      expect(await refusal(file)).toContain('it looks like a list of post names (a nomenclature)');
    },
  );
});

describe('NIPs a spreadsheet stored as numbers', () => {
  const realNips = readCsv(join(REAL, 'bps-kotabaru-pegawai.csv')).map((p) => p.nip!);

  it('the BPS people sheet with numeric NIPs: an error at each of the 34 cells; no output file holds a rounded NIP', async () => {
    const cwd = dir('bps-kotabaru-jabatan.csv', 'variants/bps-kotabaru-pegawai-numeric-nip.xlsx');
    writeFileSync(join(cwd, 'setara.config.yaml'), 'version: 1\ncolumns:\n  posts: { name: des_jabatan }\n  people: { post_id: jabatan }\n');
    const out = mkdtempSync(join(tmpdir(), 'setara-real-out-'));
    const r = await runMain(['migrate', 'bps-kotabaru-jabatan.csv', '--people', 'bps-kotabaru-pegawai-numeric-nip.xlsx', '--out', out, '--force', ...AS_OF], { cwd });
    expect(r.code, r.stderr).toBe(1);
    const findings = (JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')) as { findings: Array<{ ruleId: string; line: number; value?: string }> }).findings;
    const nip = findings.filter((f) => f.ruleId === 'person/nip-format');
    expect(nip.map((f) => f.line)).toEqual(Array.from({ length: 34 }, (_, k) => k + 2));
    // What a double keeps of each NIP (the last digits zeroed): in no output file, as digits or in E-notation.
    const rounded = realNips.map((n) => String(Number(n))).filter((s, k) => s !== realNips[k]);
    // 33: one of the 34 ends in digits a double keeps.
    expect(rounded).toHaveLength(33);
    for (const f of readdirSync(out)) {
      const text = readFileSync(join(out, f), 'utf8');
      for (const s of rounded) expect(text.includes(s), `${f} holds ${s}`).toBe(false);
      // Only the findings quote the cell as the sheet shows it, and only in the error that refuses it.
      if (f !== 'findings.json') expect(text, f).not.toMatch(/\d\.\d+E\+17/i);
    }
    // The error quotes the cell as the sheet holds it (15 significant digits), so the analyst can find it.
    expect(nip.every((f) => /^\d\.\d{14}E\+17$/.test(f.value ?? ''))).toBe(true);
    expect(readCsv(join(out, 'people.csv'))).toEqual([]);
  });

  it('the subdistrict table re-saved with NIPs as 1.97511E+17: an error at each of its 10 cells, naming the value', async () => {
    const cwd = dir('dkp-lampung-jabatan.csv', 'variants/kec-sukatani-pegawai-scientific.csv');
    const r = await runMain(['validate', 'dkp-lampung-jabatan.csv', '--people', 'kec-sukatani-pegawai-scientific.csv', '--format', 'json', ...AS_OF], { cwd });
    expect(r.code).toBe(1);
    const nip = (JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; line: number; value?: string }> }).findings.filter((f) => f.ruleId === 'person/nip-format');
    expect(nip.map((f) => f.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(nip.every((f) => /^\d\.\d{5}E\+17$/.test(f.value ?? ''))).toBe(true);
  });
});
