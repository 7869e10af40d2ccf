/**
 * `setara draft` end to end: the sample regency migrated into a temp dir, then the Keputusan as DOCX and Markdown with
 * its checklist beside it; a city's wording; usage errors and refused overwrites exit 2.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { migrateSample, readCsv, SAMPLE } from '../report/helpers.js';
import { expectHandled, runMain } from '../helpers/run-main.js';

const KOTA = join(import.meta.dirname, '..', '..', 'fixtures', 'scenarios', 'draft-kota');

let dir: string;
let out: string;

beforeAll(async () => {
  dir = await migrateSample();
  out = mkdtempSync(join(tmpdir(), 'setara-draft-'));
}, 120_000);

const draft = (args: string[], cwd = SAMPLE) => runMain(['draft', ...args], { cwd });

describe('setara draft keputusan', () => {
  it('writes the DOCX with every equalised person and the region values, and the checklist beside it', async () => {
    const file = join(out, 'keputusan.docx');
    const r = await draft(['keputusan', dir, '--region', 'region.yaml', '--output', file]);
    expect(r.code, r.stderr).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(file))).file('word/document.xml')!.async('string');
    const equalised = readCsv(join(dir, 'people.csv')).filter((p) => p.change === 'equalised');
    for (const p of equalised) expect(xml, p.nip).toContain(`>${p.nip}<`);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('KEPUTUSAN BUPATI CONTOHNOMOR');
    expect(text).toContain('Ditetapkan di Sukamajupada tanggal [tanggal penetapan]BUPATI CONTOH,HENDRA WIJAYA');
    expect(text).not.toContain('Temuan menurut jenis');
    const checklist = readFileSync(join(out, 'keputusan.checklist.md'), 'utf8');
    expect(checklist).toContain('- [ ] nomor Keputusan Bupati — isi `keputusan.number` di region.yaml (Judul, Lampiran)');
    expect(checklist).toContain('Pasal 97D');
    expect(checklist).not.toContain('`head.name`');
    expect(r.stderr).toContain(`daftar periksa → ${join(out, 'keputusan.checklist.md')}`);
    expect(r.stderr).toContain('  isian: tanggal penetapan — isi `keputusan.enacted` di region.yaml (Penutup)');
  });

  it('writes Markdown when the output ends in .md, the same bytes on a second run with --force', async () => {
    // keputusan.md would share keputusan.checklist.md with the DOCX above (refused without --force).
    const file = join(out, 'keputusan-teks.md');
    expect((await draft(['keputusan', dir, '--region', 'region.yaml', '--output', file])).code).toBe(0);
    const first = readFileSync(file, 'utf8');
    expect(first).toContain('sebanyak 92 (sembilan puluh dua) orang');
    expect(first).toContain('NOMOR [[nomor Keputusan Bupati]]');
    expect((await draft(['keputusan', dir, '--region', 'region.yaml', '--output', file, '--force'])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(first);
  });

  it('refuses to overwrite the draft or its checklist without --force', async () => {
    const file = join(out, 'ada.md');
    writeFileSync(join(out, 'ada.checklist.md'), 'milik pengguna');
    const r = await draft(['keputusan', dir, '--region', 'region.yaml', '--output', file]);
    expect(expectHandled(r)).toBe(`setara: ${join(out, 'ada.checklist.md')}: ${join(out, 'ada.checklist.md')} sudah ada (pakai --force untuk menimpa)`);
    expect(existsSync(file)).toBe(false);
    expect(readFileSync(join(out, 'ada.checklist.md'), 'utf8')).toBe('milik pengguna');
  });

  it('without --region: every region value a placeholder, said on stderr', async () => {
    const file = join(out, 'tanpa-region.md');
    const r = await draft(['keputusan', dir, '--output', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('tanpa --region: kabupaten tanpa nama');
    expect(readFileSync(file, 'utf8')).toContain('**KEPUTUSAN BUPATI [[nama daerah]]**');
    expect(readFileSync(join(out, 'tanpa-region.checklist.md'), 'utf8')).toContain('- [ ] nama daerah — isi `name` di region.yaml');
  });

  it('gives a kota the wording of a Wali Kota', async () => {
    const kota = mkdtempSync(join(tmpdir(), 'setara-draft-kota-'));
    expect((await runMain(['migrate', 'posts.csv', '--people', 'people.csv', '--out', kota, '--force', '--as-of', '2026-12-01'], { cwd: KOTA })).code).toBe(0);
    const file = join(kota, 'keputusan.md');
    const r = await draft(['keputusan', kota, '--region', 'region.yaml', '--output', file], KOTA);
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(file, 'utf8');
    expect(md).toContain('**KEPUTUSAN WALI KOTA CONTOH BARU**');
    expect(md).toContain('perlu menetapkan Keputusan Wali Kota tentang');
    expect(md).toContain('[[nama lengkap Wali Kota tanpa gelar dan pangkat]]');
    expect(md).not.toMatch(/BUPATI|Bupati/);
    expect(md).toContain('| 1 | Joko Susanto, A.Md. | 198307172008011001 |');
  });

  it.each([
    [['keputusan', 'DIR', '--output', 'k.pdf'], 'setara: --output k.pdf: draft keputusan ditulis sebagai .docx atau .md'],
    [['mph', 'DIR', '--output', 'm.docx'], 'setara: --output m.docx: draft mph ditulis sebagai .xlsx'],
    [['sk', 'DIR', '--output', 'k.docx'], "setara: nilai tidak sah: 'sk'"],
    [['keputusan', 'DIR', '--output', 'DIR/people.csv.md', '--region', 'nope.yaml'], 'setara: nope.yaml: berkas wilayah tidak ditemukan'],
  ])('exits 2 on %j', async (args, line) => {
    const r = await draft(args.map((a) => a.replace('DIR', dir)), SAMPLE);
    expect(expectHandled(r)).toContain(line.replace('DIR', dir));
  });

  it('needs people.csv for the Keputusan', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'setara-draft-bare-'));
    expect((await runMain(['migrate', 'posts.csv', '--out', bare, '--force', '--as-of', '2026-12-01'], { cwd: KOTA })).code).toBe(0);
    const r = await draft(['keputusan', bare, '--output', join(bare, 'k.md')], KOTA);
    expect(expectHandled(r)).toBe(`setara: ${bare}: Keputusan mendaftar pegawai, tetapi folder ini tidak memuat people.csv: jalankan setara migrate dengan --people`);
  });

  it('accepts --lang en for its messages; the draft stays Indonesian', async () => {
    const file = join(out, 'en.md');
    const r = await draft(['keputusan', dir, '--region', 'region.yaml', '--output', file, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('the drafts are Indonesian legal text');
    expect(readFileSync(file, 'utf8')).toContain('MEMUTUSKAN:');
  });
});
