import { resealOutput } from '../helpers/reseal-output.js';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { equalisedByOpd, migrateSample, readCsv, report, tempFile } from './helpers.js';

let dir: string;
let equalised: Map<string, number>;
let opds: string[];

beforeAll(async () => {
  dir = await migrateSample();
  equalised = equalisedByOpd(dir);
  opds = (JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as { opds: Array<{ opd: string }> }).opds.map((o) => o.opd);
}, 60_000);

const totalEqualised = () => [...equalised.values()].reduce((a, b) => a + b, 0);

/** Top-level tables of word/document.xml, each with the text of the paragraph just before it (its caption). */
function docxTables(xml: string): Array<{ caption: string; rows: number; headerRows: number; firstRowIsHeader: boolean }> {
  const out: Array<{ caption: string; rows: number; headerRows: number; firstRowIsHeader: boolean }> = [];
  let last = 0;
  for (const m of xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)) {
    const before = xml.slice(last, m.index);
    last = m.index! + m[0].length;
    const paras = before.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
    const caption = (paras[paras.length - 1] ?? '').replace(/<w:t[^>]*>([^<]*)<\/w:t>|<[^>]+>/g, '$1');
    const rows = m[1]!.split(/<w:tr>/).slice(1);
    out.push({
      caption,
      rows: rows.length,
      headerRows: rows.filter((r) => r.includes('<w:tblHeader/>')).length,
      firstRowIsHeader: (rows[0] ?? '').includes('<w:tblHeader/>'),
    });
  }
  return out;
}

describe('report --format docx', () => {
  let buf: Buffer;
  let xml: string;
  beforeAll(async () => {
    const out = tempFile('laporan.docx');
    const r = await report([dir, '--format', 'docx', '--output', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    buf = readFileSync(out);
    xml = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
  }, 60_000);

  it('is an A4 landscape section', () => {
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
  });

  it('repeats the header row of every table (w:tblHeader on the first row only)', () => {
    const tables = docxTables(xml);
    expect(tables.length).toBeGreaterThan(opds.length);
    for (const t of tables) {
      expect(t.firstRowIsHeader, t.caption).toBe(true);
      expect(t.headerRows, t.caption).toBe(1);
    }
  });

  it('numbers its tables and has one equalisation table per OPD with equalised posts, row counts from mapping.csv', () => {
    const tables = docxTables(xml);
    tables.forEach((t, i) => expect(t.caption).toMatch(new RegExp(`^Tabel ${i + 1}\\. `)));
    const eq = tables.filter((t) => t.caption.includes('Daftar penyetaraan jabatan — '));
    expect(eq.length).toBe(equalised.size);
    let total = 0;
    for (const t of eq) {
      const opd = t.caption.split(' — ')[1]!;
      expect(t.rows - 1, opd).toBe(equalised.get(opd));
      total += t.rows - 1;
    }
    expect(total).toBe(totalEqualised());
  });

  it('carries the regulation title block with placeholders, in Indonesian', () => {
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('LAMPIRAN');
    expect(text).toMatch(/PERATURAN BUPATI …/);
    expect(text).toMatch(/NOMOR … TAHUN …/);
    expect(xml).toContain('w:highlight w:val="yellow"');
    expect(text).toContain('Nama Jabatan Lama');
    expect(text).toContain('Keterangan');
  });

  it('is byte-identical when made twice (fixed document dates, pinned zip times)', async () => {
    const again = tempFile('laporan.docx');
    expect((await report([dir, '--output', again])).code).toBe(0);
    expect(readFileSync(again).equals(buf)).toBe(true);
    const core = await (await JSZip.loadAsync(buf)).file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-01T00:00:00Z</dcterms:created>');
  });
});

describe('report --format xlsx', () => {
  let wb: ExcelJS.Workbook;
  let out: string;
  beforeAll(async () => {
    out = tempFile('laporan.xlsx');
    const r = await report([dir, '--format', 'xlsx', '--output', out]);
    expect(r.code, r.stderr).toBe(0);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
  }, 60_000);

  it('has one sheet per table, the review sheet first', () => {
    const teams = (JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as { teams?: unknown[] }).teams ?? [];
    const notEqualised = readCsv(join(dir, 'people.csv')).some((p) => p.change === 'not-equalised');
    expect(notEqualised).toBe(true);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Telaah', 'Ringkasan', 'Penyetaraan', 'Pegawai', 'Tidak disetarakan', ...(teams.length ? ['Tim'] : []), 'Temuan', 'Aturan']);
  });

  it('lists the people who are not equalised on their own sheet with the reason, and never on Pegawai', () => {
    const people = readCsv(join(dir, 'people.csv'));
    const not = people.filter((p) => p.change === 'not-equalised');
    const nips = (name: string) => {
      const ws = wb.getWorksheet(name)!;
      const col = (ws.getRow(1).values as string[]).indexOf('NIP');
      return Array.from({ length: ws.rowCount - 1 }, (_, i) => String(ws.getCell(i + 2, col).value));
    };
    expect(nips('Tidak disetarakan').sort()).toEqual(not.map((p) => p.nip).sort());
    expect(nips('Pegawai').filter((n) => not.some((p) => p.nip === n))).toEqual([]);
    const ws = wb.getWorksheet('Tidak disetarakan')!;
    const reason = (ws.getRow(1).values as string[]).indexOf('Alasan');
    for (let r = 2; r <= ws.rowCount; r++) expect(String(ws.getCell(r, reason).value)).toMatch(/di bawah S-1\/D-IV: pegawai tidak disetarakan/);
  });

  it('freezes the header row and sets an autofilter on every sheet', () => {
    for (const ws of wb.worksheets) {
      expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter, ws.name).toBeTruthy();
      for (let c = 1; c <= ws.columnCount; c++) expect(ws.getColumn(c).width, `${ws.name} col ${c}`).toBeGreaterThan(0);
    }
  });

  it('lists every equalised post of mapping.csv on Penyetaraan, per OPD and in total', () => {
    const ws = wb.getWorksheet('Penyetaraan')!;
    const header = (ws.getRow(1).values as string[]).slice(1);
    const opdCol = header.indexOf('Perangkat Daerah') + 1;
    const counts = new Map<string, number>();
    for (let r = 2; r <= ws.rowCount; r++) {
      const opd = String(ws.getCell(r, opdCol).value);
      counts.set(opd, (counts.get(opd) ?? 0) + 1);
    }
    expect(ws.rowCount - 1).toBe(totalEqualised());
    expect(counts).toEqual(equalised);
  });

  it('starts the review sheet with exactly the decisions columns', () => {
    const ws = wb.getWorksheet('Telaah')!;
    expect((ws.getRow(1).values as string[]).slice(1, 6)).toEqual(['post_id', 'decision', 'jf', 'jenjang', 'note']);
  });

  it('writes NIPs as text', () => {
    const ws = wb.getWorksheet('Pegawai')!;
    const nip = ws.getCell(2, 3).value;
    expect(typeof nip).toBe('string');
    expect(String(nip)).toMatch(/^\d{18}$/);
  });

  it('is byte-identical when made twice', async () => {
    const again = tempFile('laporan.xlsx');
    expect((await report([dir, '--output', again])).code).toBe(0);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
  });
});

describe('report --format md and html', () => {
  it('prints Markdown to stdout with the summary and one equalisation table per OPD', async () => {
    const r = await report([dir, '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^# Laporan Penyetaraan Jabatan\n/);
    expect(r.stdout).toContain('Tabel 1. Ringkasan per perangkat daerah');
    expect(r.stdout).toContain('Temuan menurut jenis');
    expect(r.stdout).toContain('rules/rulesets/kabupaten-kota.yaml | 2026.12');
    for (const opd of opds) expect(r.stdout).toContain(`. ${opd}`);
    // rows of each equalisation table = equalised posts of that OPD
    const sections = r.stdout.split(/\n## \d+\. /).slice(1);
    expect(sections.length).toBe(opds.length);
    let numbered = 0;
    for (const s of sections) {
      const opd = s.split(' (')[0]!.split('\n')[0]!;
      const after = s.split(`Daftar penyetaraan jabatan — ${opd}**`)[1]!;
      const block = after.startsWith('\n\n|') ? after.split('\n\n')[1]! : '';
      const rows = block ? block.split('\n').length - 2 : 0;
      if (rows) numbered++;
      else expect(after).toMatch(/^: _Tidak ada\._/);
      expect(rows, opd).toBe(equalised.get(opd) ?? 0);
    }
    expect(numbered).toBe(equalised.size);
    const again = await report([dir, '--format', 'md']);
    expect(again.stdout).toBe(r.stdout);
  });

  it('lists the people who are not equalised in a table of their own per OPD, in Markdown and HTML', async () => {
    const people = readCsv(join(dir, 'people.csv'));
    const not = people.filter((p) => p.change === 'not-equalised');
    const md = (await report([dir, '--format', 'md'])).stdout;
    const html = (await report([dir, '--format', 'html'])).stdout;
    for (const p of not) {
      const row = md.split('\n').filter((l) => l.includes(`| ${p.nip} |`));
      expect(row, p.nip).toHaveLength(1);
      expect(row[0]).toContain('pegawai tidak disetarakan');
      expect(html).toContain(`>${p.nip}</td>`);
    }
    expect(md.split('**Tabel ').filter((t) => t.includes('. Tidak dapat disetarakan — ')).length).toBeGreaterThan(0);
  });

  it('prints one self-contained HTML document to stdout, the same bytes every time', async () => {
    const r = await report([dir]);
    expect(r.code, r.stderr).toBe(0);
    const html = r.stdout;
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="id">/);
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(html.match(/<svg /g)!.length).toBe(2 * opds.length);
    expect(html).toContain('@page { size: A4 landscape');
    expect(html).toContain('<th scope="col">');
    expect(html).toContain('text-decoration="line-through"');
    expect(html).toContain('DIBUBARKAN');
    expect(html).toContain('DISETARAKAN');
    const again = await report([dir]);
    expect(again.stdout).toBe(html);
  });

  it('speaks English with --lang en', async () => {
    const r = await report([dir, '--format', 'md', '--lang', 'en']);
    expect(r.stdout).toMatch(/^# Job Equalisation Report\n/);
    expect(r.stdout).toContain('Table 1. Summary per regional department');
    expect(r.stdout).toContain('Equalisation list — Dinas Kesehatan');
  });

  it('infers the format from --output and writes it atomically, refusing to overwrite without --force', async () => {
    const out = tempFile('laporan.html');
    const r = await report([dir, '--output', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    const again = await report([dir, '--output', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/sudah ada \(pakai --force untuk menimpa\)/);
    expect((await report([dir, '--output', out, '--force'])).code).toBe(0);
  });
});

describe('report --opd', () => {
  it('restricts the tables and charts to one OPD, by exact name, any case, or code', async () => {
    for (const name of ['Dinas Kesehatan', 'dinas kesehatan', 'DINKES']) {
      const r = await report([dir, '--opd', name]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.match(/<section class="opd"/g)!.length).toBe(1);
      expect(r.stdout.match(/<svg /g)!.length).toBe(2);
      expect(r.stdout).toContain('Daftar penyetaraan jabatan — Dinas Kesehatan');
    }
    const md = await report([dir, '--opd', 'Dinas Kesehatan', '--format', 'md']);
    expect(md.stdout).not.toContain('Sekretariat Daerah');
  });

  it.each([
    ['a fragment of one name', 'kesehatan'],
    ['the code in any case', 'dinkes'],
    ['words of the name in any order, any case', 'KESEHATAN dinas'],
  ])('%s (%s) is that OPD', async (_, query) => {
    const r = await report([dir, '--opd', query, '--format', 'md']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('Daftar penyetaraan jabatan — Dinas Kesehatan');
    expect(r.stdout).not.toContain('Sekretariat Daerah');
  });

  it.each([
    ['kecamatan', 'id', "setara: --opd 'kecamatan' cocok dengan 3 perangkat daerah: 'Kecamatan Kota Contoh' (KECKOTA), 'Kecamatan Sukamaju' (KECSUKAMAJU), 'Kecamatan Tanjung Harapan' (KECTANJUNG); sebut satu, dengan nama atau kode"],
    ['SEKRETARIAT', 'en', "setara: --opd 'SEKRETARIAT' matches 2 departments: 'Sekretariat DPRD' (SETWAN), 'Sekretariat Daerah' (SETDA); name one, by name or code"],
    ['Dinas Pariwisata', 'id', "setara: --opd 'Dinas Pariwisata' tidak ada; yang paling mirip: 'Dinas Pertanian' (DISTAN), 'Dinas Kependudukan dan Pencatatan Sipil' (DUKCAPIL), 'Dinas Sosial' (DINSOS)"],
    ['Dinas Kesehtan', 'en', "setara: --opd 'Dinas Kesehtan' not found; closest: 'Dinas Kesehatan' (DINKES), 'Dinas Pekerjaan Umum dan Penataan Ruang' (DPUPR), 'Dinas Sosial' (DINSOS)"],
    ['BAPEDA', 'en', "setara: --opd 'BAPEDA' not found; closest: 'Badan Perencanaan Pembangunan Daerah' (BAPPEDA), 'Badan Pengelolaan Keuangan dan Aset Daerah' (BPKAD), 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Daerah' (BKPSDMD)"],
  ])('--opd %s (--lang %s): exit 2, one line naming the matches or the closest', async (query, lang, line) => {
    const r = await report([dir, '--opd', query, '--lang', lang]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `${line}\n`]);
  });
});

describe('report --output and --format', () => {
  it.each([
    [['--format', 'html', '--output', 'laporan.pdf'], 'en', 'setara: --output laporan.pdf: extension .pdf does not match --format html (use .html)'],
    [['--format', 'docx', '--output', 'laporan.xlsx'], 'id', 'setara: --output laporan.xlsx: ekstensi .xlsx tidak sesuai dengan --format docx (pakai .docx)'],
    [['--format', 'md', '--output', 'laporan.html'], 'en', 'setara: --output laporan.html: extension .html does not match --format md (use .md)'],
    [['--output', 'laporan.pdf'], 'id', 'setara: --output laporan.pdf: format tidak dapat ditentukan dari ekstensi .pdf; pakai .html, .md, .docx atau .xlsx, atau --format'],
    [['--output', 'laporan'], 'en', 'setara: --output laporan: cannot tell the format from a name without extension; use .html, .md, .docx or .xlsx, or --format'],
  ])('%j (--lang %s) is refused on one line, exit 2, nothing written', async (args, lang, line) => {
    const cwd = mkdtempSync(join(tmpdir(), 'setara-report-ext-'));
    const r = await report([dir, ...args, '--lang', lang], { cwd });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `${line}\n`]);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it.each([
    [['--output', 'a.md'], 'a.md', '# Laporan'],
    [['--output', 'a.HTM'], 'a.HTM', '<!DOCTYPE html>'],
    [['--output', 'a.docx'], 'a.docx', 'PK'],
    [['--output', 'a.xlsx'], 'a.xlsx', 'PK'],
    [['--format', 'md', '--output', 'a.markdown'], 'a.markdown', '# Laporan'],
    [['--format', 'md', '--output', 'laporan'], 'laporan', '# Laporan'],
  ])('%j writes %s in the format its extension (or --format) names', async (args, file, start) => {
    const cwd = mkdtempSync(join(tmpdir(), 'setara-report-ext-'));
    const r = await report([dir, ...args], { cwd });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    expect(readFileSync(join(cwd, file), 'latin1').startsWith(start)).toBe(true);
  });
});

describe('report errors', () => {
  it('needs --output for docx and xlsx', async () => {
    for (const f of ['docx', 'xlsx']) {
      const r = await report([dir, '--format', f]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`format ${f} memerlukan --output`));
      expect(r.stdout).toBe('');
    }
  });

  it('refuses to write over an input of the report, even with --force (its extension is refused first)', async () => {
    const plan = join(dir, 'plan.json');
    const before = readFileSync(plan);
    const r = await report([dir, '--format', 'md', '--output', plan, '--force']);
    expect([r.code, r.stderr]).toEqual([2, `setara: --output ${plan}: ekstensi .json tidak sesuai dengan --format md (pakai .md)\n`]);
    // A link named like a report but pointing at an input.
    const link = join(mkdtempSync(join(tmpdir(), 'setara-link-')), 'laporan.md');
    symlinkSync(plan, link);
    const viaLink = await report([dir, '--output', link, '--force']);
    expect([viaLink.code, viaLink.stderr]).toEqual([2, `setara: ${link}: jalur ini adalah tautan simbolik; setara hanya menulis berkas biasa (pilih jalur lain)\n`]);
    expect(readFileSync(plan).equals(before)).toBe(true);
  });

  it('rejects a missing directory, a directory without plan.json and an unsupported plan version (exit 2, one line)', async () => {
    const missing = await report([join(tmpdir(), 'setara-no-such-dir')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/folder tidak ditemukan\n$/);
    const empty = mkdtempSync(join(tmpdir(), 'setara-empty-'));
    const noPlan = await report([empty]);
    expect(noPlan.code).toBe(2);
    expect(noPlan.stderr).toMatch(/tidak ada plan\.json: bukan folder keluaran setara migrate\n$/);
    // A version 1 plan (decisions and people inside plan.json) from an earlier setara.
    const v1 = mkdtempSync(join(tmpdir(), 'setara-v1-'));
    cpSync(dir, v1, { recursive: true });
    const plan = JSON.parse(readFileSync(join(v1, 'plan.json'), 'utf8'));
    writeFileSync(join(v1, 'plan.json'), JSON.stringify({ ...plan, version: 1, decisions: [], people: [] }));
    const wrong = await report([v1, '--lang', 'en']);
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toMatch(/plan\.json: plan\.json version 1 is not supported \(supported: 2\); run setara migrate again\n$/);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    expect((await report([v1])).stderr).toMatch(/plan\.json versi 1 tidak didukung \(didukung: 2\); jalankan ulang setara migrate\n$/);
    writeFileSync(join(v1, 'plan.json'), '{ not json');
    expect((await report([v1])).stderr).toMatch(/bukan JSON yang sah/);
  });

  it('rejects a mapping.csv with another number of posts than the plan, and a directory without mapping.csv', async () => {
    const other = mkdtempSync(join(tmpdir(), 'setara-mix-'));
    cpSync(dir, other, { recursive: true });
    const lines = readFileSync(join(other, 'mapping.csv'), 'utf8').split('\r\n');
    writeFileSync(join(other, 'mapping.csv'), lines.slice(0, -3).join('\r\n'));
    resealOutput(other);
    const rows = lines.length - 3 - 1;
    const r = await report([other]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`mapping\\.csv: mapping\\.csv tidak cocok dengan plan\\.json \\(${rows} jabatan, ringkasan: ${rows + 2}\\)`));
    rmSync(join(other, 'mapping.csv'));
    resealOutput(other);
    const none = await report([other, '--lang', 'en']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no mapping\.csv: not an output directory of setara migrate\n$/);
  });
});

describe('report progress', () => {
  it('shows [n/N] OPD on a TTY stderr and clears the line at the end', async () => {
    const r = await report([dir, '--format', 'md'], { tty: true });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`\r[1/${opds.length}] ${opds[0]}`);
    expect(r.stderr).toContain(`\r[${opds.length}/${opds.length}] ${opds[opds.length - 1]}`);
    expect(r.stderr.endsWith('\r\x1b[K')).toBe(true);
  });

  it('prints nothing on stderr when it is not a TTY', async () => {
    const out = tempFile('laporan.xlsx');
    const r = await report([dir, '--output', out], { tty: false });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(existsSync(out)).toBe(true);
  });
});

describe('report and work teams', () => {
  type Team = { teamId: string; teamName: string; ownerPostId: string; members: Array<{ nip: string; name: string; role: string }> };
  const copy = (mutate: (plan: { teams?: Team[] }) => void, keepTeamsCsv: boolean): string => {
    const d = mkdtempSync(join(tmpdir(), 'setara-teams-'));
    cpSync(dir, d, { recursive: true });
    const plan = JSON.parse(readFileSync(join(d, 'plan.json'), 'utf8'));
    mutate(plan);
    writeFileSync(join(d, 'plan.json'), JSON.stringify(plan));
    if (!keepTeamsCsv && existsSync(join(d, 'teams.csv'))) rmSync(join(d, 'teams.csv'));
    resealOutput(d);
    return d;
  };
  const gizi = (): Team => {
    const people = readCsv(join(dir, 'people.csv')).filter((p) => p.new_post_id?.startsWith('DINKES.02'));
    return {
      teamId: 'TIM-GIZI', teamName: 'Tim Gizi Masyarakat', ownerPostId: 'DINKES.02',
      members: people.slice(0, 3).map((p, i) => ({ nip: p.nip!, name: p.name!, role: i === 0 ? 'ketua' : 'anggota' })),
    };
  };

  it('renders the teams of plan.json: a table per OPD and a Tim sheet with one row per member', async () => {
    const d = copy((plan) => (plan.teams = [gizi()]), false);
    const md = await report([d, '--format', 'md', '--opd', 'DINKES']);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain('Tim kerja — Dinas Kesehatan');
    expect(md.stdout).toMatch(/\| 1 \| Tim Gizi Masyarakat \| Kepala Bidang Kesehatan Masyarakat \| [^|]+ \| [^|]+; [^|]+ \|/);
    const out = tempFile('t.xlsx');
    expect((await report([d, '--output', out])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[5]!.name).toBe('Tim');
    expect(wb.getWorksheet('Tim')!.rowCount).toBe(1 + 3);
  });

  it('reads teams.csv when plan.json has no teams', async () => {
    const d = copy((plan) => delete plan.teams, true);
    writeFileSync(join(d, 'teams.csv'), `team_id,team_name,owner_post_id,nip,role\r\n${gizi().members.map((m) => `TIM-GIZI,Tim Gizi Masyarakat,DINKES.02,${m.nip},${m.role}`).join('\r\n')}\r\n`);
    resealOutput(d);
    const md = await report([d, '--format', 'md', '--opd', 'DINKES']);
    expect(md.stdout).toContain('Tim Gizi Masyarakat');
  });

  it('leaves teams out when there are none', async () => {
    const d = copy((plan) => delete plan.teams, false);
    const html = await report([d, '--opd', 'DINKES']);
    expect(html.code, html.stderr).toBe(0);
    expect(html.stdout).not.toContain('Tim kerja —');
    const out = tempFile('t.xlsx');
    expect((await report([d, '--output', out])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).not.toContain('Tim');
  });

  it('renders the teams migrate proposes for dissolved units', async () => {
    const plan = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as { teams?: Team[] };
    if (!plan.teams?.length) return;
    const out = tempFile('t.xlsx');
    expect((await report([dir, '--output', out])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Tim')!.rowCount - 1).toBe(plan.teams.reduce((n, t) => n + t.members.length, 0));
  });
});
