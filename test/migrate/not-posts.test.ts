/**
 * A table whose rows mostly are not posts is refused with exit 2 and one line naming what it looks like (issue 15 §6):
 * BKN reference tables given as posts were read with dozens of findings. The thresholds and the files they were
 * measured on are in src/model/posts-evidence.ts; posts tables near them still read.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { expectHandled, runMain } from '../helpers/run-main.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const SAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh', 'posts.csv');

/** `validate` on a file in a fresh folder (with `config`, a setara.config.yaml there); the one refusal line, if any. */
async function validate(name: string, text: string, config?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'setara-notposts-'));
  writeFileSync(join(dir, name), text);
  if (config) writeFileSync(join(dir, 'setara.config.yaml'), config);
  const r = await runMain(['validate', name, '--as-of', '2026-12-01', '--lang', 'en'], { cwd: dir });
  return { ...r, line: expectHandled(r) };
}

const BKN_ID = 'version: 1\ncolumns:\n  posts: { id: bkn_id }\n';
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('reference tables given as posts', () => {
  it('the BKN eselon codes: refused, "looks like a reference table of eselon codes"', async () => {
    const r = await validate('eselon.csv', fixture('bkn-eselon.csv'), BKN_ID);
    expect(r.code).toBe(2);
    expect(r.line).toMatch(/^setara: eselon\.csv:\d+: not a posts table: 12 of 12 rows are not posts .*it looks like a reference table of eselon codes$/);
  });

  it.each([
    ['golongan', 'bkn_id,nama,nama_pangkat\n11,I/a,Juru Muda\n12,I/b,Juru Muda Tingkat I\n13,I/c,Juru\n14,I/d,Juru Tingkat I\n21,II/a,Pengatur Muda\n45,IV/e,Pembina Utama\n', 'a reference table of golongan (ranks)'],
    ['education', 'bkn_id,nama\n5,Sekolah Dasar\n10,SLTP\n15,SLTA\n20,Diploma I\n40,S-1/Sarjana\n45,S-2\n', 'a reference table of education levels'],
    ['post kinds', 'bkn_id,nama\n1,Jabatan Struktural\n2,Jabatan Fungsional Tertentu\n3,Jabatan Struktural dan Fungsional\n4,Jabatan Fungsional Umum\n', 'a reference table of post kinds'],
  ])('the BKN %s codes: refused, naming them', async (_, text, look) => {
    const r = await validate('ref.csv', text, BKN_ID);
    expect(r.code).toBe(2);
    expect(r.line).toContain('not a posts table');
    expect(r.line).toContain(`it looks like ${look}`);
  });

  it('80 BKN JF groups (JF names without a jenjang, no head, no parent): refused as a list of post names', async () => {
    const r = await validate('jf.csv', fixture('bkn-kelompok-jabatan-fungsional.csv'), BKN_ID);
    expect(r.code).toBe(2);
    expect(r.line).toMatch(/not a posts table: none of its 79 rows heads a unit or has a parent; it looks like a list of post names \(a nomenclature\)/);
  });

  it('a pelaksana nomenclature whose kind column says 2 (a JF by the BKN code): refused, no post heads a unit', async () => {
    const names = ['Analis Perencanaan', 'Pengadministrasi Umum', 'Pengelola Data', 'Pengolah Data', 'Penyusun Program', 'Analis Kepegawaian', 'Pengelola Keuangan'];
    const rows = Array.from({ length: 28 }, (_, k) => `${k + 1},${names[k % names.length]} ${k + 1},2,"Menyusun bahan"`);
    const r = await validate('pelaksana.csv', ['id,nama_jabatan,jenis,tugas_jabatan', ...rows].join('\n'));
    expect(r.code).toBe(2);
    expect(r.line).toContain('not a posts table: none of its 28 rows heads a unit or has a parent; it looks like');
  });

  it('a unit list (unit names, not posts): refused, "looks like a list of units"', async () => {
    const units = ['Sekretariat Daerah', 'Bagian Umum', 'Bagian Hukum', 'Dinas Pendidikan', 'Sekretariat', 'Bidang Pembinaan SD', 'Seksi Kurikulum', 'Subbagian Keuangan', 'Kecamatan Kota', 'Kelurahan Sukamaju'];
    const rows = units.map((u, k) => `${k + 1},${k === 0 ? '' : 1},${u}`);
    const r = await validate('units.csv', ['id,parent,unit_kerja', ...rows].join('\n'), 'version: 1\ncolumns:\n  posts: { name: unit_kerja }\n');
    expect(r.code).toBe(2);
    expect(r.line).toContain('it looks like a list of units (unit names, not posts)');
  });
});

describe('posts tables near the thresholds still read', () => {
  it('the sample regency with titles only (2% of them of no known kind)', async () => {
    const rows = parse(readFileSync(SAMPLE), { columns: true }) as Array<Record<string, string>>;
    const r = await validate('posts.csv', stringify(rows, { header: true, columns: ['id', 'parent_id', 'name'] }));
    expect(r.code).not.toBe(2);
  });

  it('a district office list: most titles of no known kind, but its Kasi head units', async () => {
    const rows = ['1,Kepala BPS Kabupaten Contoh'];
    for (const s of ['Tata Usaha', 'Statistik Sosial', 'Statistik Produksi', 'Statistik Distribusi', 'Neraca Wilayah']) rows.push(`${rows.length + 1},Kepala Seksi ${s}`, `${rows.length + 2},Staf Seksi ${s}`);
    for (let k = 1; rows.length < 39; k++) rows.push(`${rows.length + 1},KSK Kec. Pulau ${k}`);
    const r = await validate('bps.csv', ['id,des_jabatan', ...rows].join('\n'), 'version: 1\ncolumns:\n  posts: { name: des_jabatan }\n');
    expect(r.code, r.stderr).not.toBe(2);
  });

  it('a tiny table is never refused', async () => {
    const r = await validate('posts.csv', 'id,name\n1,Tenaga Kontrak\n2,Penjaga Malam Gedung\n');
    expect(r.code).not.toBe(2);
  });
});
