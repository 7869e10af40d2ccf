// Builds the workbooks of fixtures/real/ and the messy variants in fixtures/real/variants/ from the real CSV extracts
// (see fixtures/real/README.md). Run `npm run build` first (the zip timestamps are pinned with the built pinZipTimes),
// then `node scripts/make-real-variants.mjs`: the same inputs give byte-identical files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { pinZipTimes } from '../dist/report/zip-times.js';

const REAL = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'real');
const VARIANTS = join(REAL, 'variants');
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

/** The rows of a real extract, header first, cells as written (MySQL's \N kept as text). */
const rowsOf = (name, delimiter = ',') => parse(readFileSync(join(REAL, name)), { delimiter, relax_quotes: true });

/** A workbook of `sheets` ([name, rows]); `cell` turns each value into what the cell holds (null: left empty). */
async function writeWorkbook(file, sheets, cell = (v) => (v === '' ? null : v)) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'setara';
  wb.lastModifiedBy = 'setara';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const [name, rows] of sheets) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) => ws.addRow(i === 0 ? r : r.map((v, k) => cell(v, rows[0][k]))));
  }
  writeFileSync(file, pinZipTimes(Buffer.from(await wb.xlsx.writeBuffer()), FIXED_DATE));
}

const csvLine = (cells, d = ',') => cells.map((c) => (c.includes(d) || c.includes('"') ? `"${c.replace(/"/g, '""')}"` : c)).join(d);

mkdirSync(VARIANTS, { recursive: true });
const jabatanBps = rowsOf('bps-kotabaru-jabatan.csv');
const pegawaiBps = rowsOf('bps-kotabaru-pegawai.csv');
const jabatanDkp = rowsOf('dkp-lampung-jabatan.csv');

// The BPS office's two tables as one workbook, the way a SIMPEG tool exports them: ids as numbers, NIPs as text.
const numericIds = (v, header) => (v === '' || v === '\\N' ? null : header === 'id' || header === 'jabatan' || header === 'panggol' ? Number(v) : v);
await writeWorkbook(join(REAL, 'bps-kotabaru.xlsx'), [['Jabatan', jabatanBps], ['Pegawai', pegawaiBps]], numericIds);

// The same people sheet with the NIPs typed into Excel as numbers: 18 digits do not survive a double.
await writeWorkbook(join(VARIANTS, 'bps-kotabaru-pegawai-numeric-nip.xlsx'), [['Pegawai', pegawaiBps]],
  (v, header) => (header === 'nip' ? Number(v) : numericIds(v, header)));

// The regency's post-name table as a workbook (sheet `data_jabatan`, ids as numbers).
const wakatobi = rowsOf('wakatobi-data-jabatan.csv', ';');
await writeWorkbook(join(VARIANTS, 'wakatobi-data-jabatan.xlsx'), [['data_jabatan', wakatobi]],
  (v, header) => (header === 'id_jabatan' ? Number(v) : v === '' ? null : v));

// The Dinas's post list below the title rows a printed report carries, a blank row between.
const titled = ['DAFTAR JABATAN', 'DINAS KELAUTAN DAN PERIKANAN PROVINSI LAMPUNG', '"Keadaan per 1 Juli 2026, sumber: aplikasi cuti"', '', ...jabatanDkp.map((r) => csvLine(r))];
writeFileSync(join(VARIANTS, 'dkp-lampung-jabatan-title-rows.csv'), titled.join('\r\n') + '\r\n');

// The same list as an export with a `tingkat` column writes it: each post below its superior (the nearest row above it
// one level up), the depth in the tree beside it: the head 1; the Sekretaris 2 with the Sekretariat's Kasubbag 3 below;
// the Kepala Bidang 2, the bare Kepala Seksi 3 below the last of them; the JF and pelaksana 2, directly below the head.
const level = (code) => (code === 'KADIS' ? 1 : code === 'SEKRETARIS' || code.startsWith('KABID_') ? 2 : code.startsWith('KASUBAG_') || code === 'KASIE' ? 3 : 2);
const group = (code) => (code === 'KADIS' ? 0 : code === 'SEKRETARIS' ? 1 : code.startsWith('KASUBAG_') ? 2 : code.startsWith('KABID_') ? 3 : code === 'KASIE' ? 4 : 5);
const inTreeOrder = jabatanDkp.slice(1).map((r, i) => ({ r, i })).sort((a, b) => group(a.r[0]) - group(b.r[0]) || a.i - b.i).map(({ r }) => r);
const withDepth = [[...jabatanDkp[0], 'tingkat'], ...inTreeOrder.map((r) => [...r, String(level(r[0]))])];
writeFileSync(join(VARIANTS, 'dkp-lampung-jabatan-tingkat.csv'), withDepth.map((r) => csvLine(r)).join('\n') + '\n');

// The BPS post list saved by Excel as "Unicode text" with the BOM lost: tab-delimited UTF-16 LE, CRLF.
const tabbed = jabatanBps.map((r) => r.join('\t')).join('\r\n') + '\r\n';
writeFileSync(join(VARIANTS, 'bps-kotabaru-jabatan-utf16le-nobom.txt'), Buffer.from(tabbed, 'utf16le'));

// The subdistrict table re-saved as a comma CSV from a sheet where the NIP column was a number: 1.97511E+17.
const sukatani = rowsOf('kec-sukatani-pegawai.csv', ';');
const nipAt = sukatani[0].indexOf('nip');
const scientific = (n) => Number(n).toExponential(5).replace(/\.?0+e/, 'e').replace('e+', 'E+').toUpperCase();
const sci = sukatani.map((r, i) => (i === 0 ? r : r.map((v, k) => (k === nipAt ? scientific(v) : v.replace(/^(\d+),(\d+)$/, '$1.$2')))));
writeFileSync(join(VARIANTS, 'kec-sukatani-pegawai-scientific.csv'), sci.map((r) => csvLine(r)).join('\r\n') + '\r\n');
