import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { COVER_SHEET, HEADER_ROWS, mphSheets, PENYELARASAN_CELL, renderMph, sheetNames } from '../../../src/report/draft/mph.js';
import type { Region } from '../../../src/report/draft/region.js';
import { loadReport } from '../../../src/report/load.js';
import type { ReportModel } from '../../../src/report/model.js';
import { migrateSample, readCsv, SAMPLE, type Row } from '../helpers.js';

const REGION: Region = { type: 'kabupaten', name: 'Kabupaten Contoh' };
const DATE = new Date('2026-12-01T00:00:00Z');

let dir: string;
let model: ReportModel;
let bytes: Uint8Array;
let wb: ExcelJS.Workbook;
let teams: Row[];
/** people.csv of the migrate output, by new post id. */
let holderOf: Map<string, Row>;

beforeAll(async () => {
  dir = await migrateSample(['--ruleset', 'rules.yaml', '--teams', 'teams.csv']);
  model = await loadReport(dir, SAMPLE);
  bytes = await renderMph(model, REGION, { date: DATE });
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  teams = readCsv(join(SAMPLE, 'teams.csv'));
  holderOf = new Map(readCsv(join(dir, 'people.csv')).map((p) => [p.new_post_id!, p]));
}, 120_000);

const [TOP, BOTTOM] = HEADER_ROWS;

interface SheetRow { no: unknown; name: string; nip: string; post: string; level: string; role: string; team: string; row: number }

/** The data rows of an OPD sheet, below its two header rows. */
function dataRows(ws: ExcelJS.Worksheet): SheetRow[] {
  const out: SheetRow[] = [];
  const text = (r: ExcelJS.Row, c: number) => String(r.getCell(c).value ?? '');
  ws.eachRow((r, n) => {
    if (n <= BOTTOM) return;
    out.push({ no: r.getCell(1).value, name: text(r, 2), nip: text(r, 3), post: text(r, 4), level: text(r, 5), role: text(r, 6), team: text(r, 7), row: n });
  });
  return out;
}

const sheetOf = (opd: string) => wb.worksheets.find((w) => String(w.getCell('A2').value).startsWith(`${opd},`))!;

describe('renderMph on the sample regency', () => {
  it('has the cover sheet, then one sheet per OPD of plan.json, in plan order, named within Excel limits', () => {
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe(COVER_SHEET);
    expect(names).toHaveLength(model.opds.length + 1);
    expect(wb.worksheets.slice(1).map((w) => String(w.getCell('A2').value))).toEqual(model.opds.map((o) => `${o.opd}, Pemerintah Kabupaten Contoh`));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[\\/?*[\]:]/);
    }
    // A name that does not fit is the OPD's code (its head post's id).
    expect(sheetOf('Badan Perencanaan Pembangunan Daerah').name).toBe('BAPPEDA');
    expect(sheetOf('Dinas Kesehatan').name).toBe('Dinas Kesehatan');
  });

  it('lists each team of teams.csv in the sheet of its OPD: ketua tim first, then members, with NIP and name', () => {
    const ws = sheetOf('Badan Perencanaan Pembangunan Daerah');
    const rows = dataRows(ws).filter((r) => r.team === 'Tim Perencanaan Pembangunan Manusia');
    const given = teams.filter((t) => t.team_id === 'TIM-RENBANG');
    expect(rows.map((r) => [r.nip, r.role])).toEqual([
      ['198907112015031001', 'Ketua Tim'],
      ['199206042014121001', 'Anggota'],
      ['198312042005072001', 'Anggota'],
      ['197308011995072001', 'Anggota'],
    ]);
    expect(rows.map((r) => r.nip)).toEqual(given.map((t) => t.nip));
    expect(rows[0]).toMatchObject({ name: 'Arif Gilang Ginting, S.PWK., M.T.', level: 'JF' });
    // Two ketua in one team stay two ketua rows (the check reports it; the MPH shows what was given).
    const rpjmd = dataRows(ws).filter((r) => r.team === 'Tim Penyusunan RPJMD');
    expect(rpjmd.map((r) => [r.nip, r.role])).toEqual([
      ['198811232007031001', 'Ketua Tim'], ['197704212008031001', 'Ketua Tim'], ['197005261997121001', 'Anggota'],
    ]);
    const kominfo = dataRows(sheetOf('Dinas Komunikasi dan Informatika')).filter((r) => r.team === 'Tim Pengelolaan Data');
    expect(kominfo.map((r) => [r.name, r.nip, r.role])).toEqual([
      ['Dimas Prabowo, S.I.Kom.', '198204302004121001', 'Ketua Tim'],
      ['Nanda Anggraini, S.Kom., M.Kom.', '199307142018012001', 'Anggota'],
      ['I Putu Budi Suarjana, S.Kom.', '198412032006121001', 'Anggota'],
    ]);
  });

  it('puts the OPD head first, then the level-2 officials, and the JF/pelaksana under the head in no team as Individu', () => {
    const rows = dataRows(sheetOf('Badan Perencanaan Pembangunan Daerah'));
    const head = holderOf.get('BAPPEDA')!;
    expect(rows[0]).toMatchObject({ no: 1, name: head.name, nip: head.nip, post: 'Kepala Badan Perencanaan Pembangunan Daerah', role: '' });
    expect(rows[0]!.level).toMatch(/^Pejabat Level 1/);
    const level2 = rows.filter((r) => r.level === 'Pejabat Level 2');
    // BAPPEDA.02 has no holder in people.csv: a vacant row keeps its place.
    expect(holderOf.has('BAPPEDA.02')).toBe(false);
    expect(level2.map((r) => [r.name, r.nip])).toEqual(
      ['BAPPEDA.01', 'BAPPEDA.02', 'BAPPEDA.03', 'BAPPEDA.04', 'BAPPEDA.05'].map((id) => {
        const h = holderOf.get(id);
        return h ? [h.name, h.nip] : ['(lowong)', ''];
      }),
    );
    expect(level2.every((r) => r.row < rows.find((x) => x.role === 'Ketua Tim')!.row)).toBe(true);
    // The Level 2 official owning a team is its penanggung jawab.
    expect(level2[1]!).toMatchObject({ post: 'Kepala Bidang Perencanaan Pemerintahan dan Pembangunan Manusia', team: 'Penanggung jawab: Tim Perencanaan Pembangunan Manusia' });
    // A member whose NIP is not in people.csv is listed, and says so.
    expect(rows.find((r) => r.nip === '199912312022011001')).toMatchObject({ name: '', post: '(tidak ada di people.csv)', role: 'Anggota', team: 'Tim Riset Inovasi' });
    const madya = holderOf.get('BAPPEDA.06')!;
    expect(rows.filter((r) => r.role === 'Individu').map((r) => [r.nip, r.post])).toContainEqual([madya.nip, 'Perencana Ahli Madya']);
    // Nobody in a team is also listed as Individu.
    const inTeam = new Set(rows.filter((r) => r.role === 'Ketua Tim' || r.role === 'Anggota').map((r) => r.nip));
    expect(rows.filter((r) => r.role === 'Individu' && inTeam.has(r.nip))).toEqual([]);
    expect(rows.map((r) => r.no)).toEqual(rows.map((_, i) => i + 1));
  });

  it('offers the Peran list on every row below the head and the Penyelarasan choice, suggested by the teams', () => {
    for (const ws of wb.worksheets.slice(1)) {
      const rows = dataRows(ws);
      for (const r of rows.slice(1)) {
        const v = ws.getCell(r.row, 6).dataValidation;
        expect(v, `${ws.name} row ${r.row}`).toMatchObject({ type: 'list', formulae: ['"Ketua Tim,Anggota,Individu"'] });
      }
      expect(ws.getCell(PENYELARASAN_CELL).dataValidation).toMatchObject({ type: 'list', formulae: ['"Satu tingkat,Dua tingkat"'] });
    }
    expect(sheetOf('Badan Perencanaan Pembangunan Daerah').getCell(PENYELARASAN_CELL).value).toBe('Dua tingkat');
    expect(sheetOf('Dinas Kesehatan').getCell(PENYELARASAN_CELL).value).toBe('Satu tingkat');
  });

  it('has blank IKI columns to fill, headed by the head post', () => {
    const ws = sheetOf('Badan Perencanaan Pembangunan Daerah');
    expect(String(ws.getCell(TOP, 8).value)).toContain('Kepala Badan Perencanaan Pembangunan Daerah');
    expect([8, 9, 10].map((c) => ws.getCell(BOTTOM, c).value)).toEqual(['IKI 1: [isi]', 'IKI 2: [isi]', 'IKI 3: [isi]']);
    for (const r of dataRows(ws)) expect([8, 9, 10].map((c) => ws.getCell(r.row, c).value ?? null)).toEqual([null, null, null]);
  });

  it('prints on A4 landscape, one page wide, header rows repeated, panes frozen below the header', () => {
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.views[0]).toMatchObject({ state: 'frozen' });
    }
    for (const ws of wb.worksheets.slice(1)) {
      expect(ws.pageSetup.printTitlesRow).toBe(`${TOP}:${BOTTOM}`);
      expect(ws.views[0]).toMatchObject({ ySplit: BOTTOM, xSplit: 2 });
    }
  });

  it('makes a row high enough for its wrapped text (LibreOffice keeps the default height otherwise)', () => {
    const ws = sheetOf('Badan Perencanaan Pembangunan Daerah');
    const rows = dataRows(ws);
    // 'Kepala Badan Perencanaan Pembangunan Daerah' wraps in the Jabatan column: at least two lines of 15 pt.
    expect(ws.getRow(rows[0]!.row).height).toBeGreaterThanOrEqual(30);
    const madya = rows.find((r) => r.post === 'Perencana Ahli Madya')!;
    expect(ws.getRow(madya.row).height ?? 15).toBe(15);
  });

  it('writes each list validation as one range, none overlapping (Excel repairs a file whose ranges overlap)', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    expect(sheets).toHaveLength(wb.worksheets.length);
    for (const f of sheets) {
      const xml = await zip.file(f)!.async('string');
      const refs = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]!);
      const cells = refs.flatMap((ref) => {
        const [a, b = a] = ref.split(':');
        const row = (x: string) => Number(x.replace(/^[A-Z]+/, ''));
        return Array.from({ length: row(b!) - row(a!) + 1 }, (_, i) => `${a!.replace(/\d+$/, '')}${row(a!) + i}`);
      });
      expect(new Set(cells).size, f).toBe(cells.length);
    }
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;${wb.worksheets[1]!.name}&apos;!$${TOP}:$${BOTTOM}</definedName>`);
  });

  it('explains the two penyelarasan layouts on the cover, with their basis, and flags the unconfirmed one', () => {
    const cover = wb.getWorksheet(COVER_SHEET)!;
    const lines: string[][] = [];
    cover.eachRow((r) => lines.push([1, 2, 3].map((c) => String(r.getCell(c).value ?? ''))));
    const byTopic = new Map(lines.map((l) => [l[0]!, l]));
    expect(byTopic.get('Penyelarasan dua tingkat')![1]).toContain('JPT → ketua tim/JF → anggota tim');
    expect(byTopic.get('Penyelarasan dua tingkat')![2]).toContain('PermenPANRB 6/2022');
    expect(byTopic.get('Penyelarasan satu tingkat')![2]).toContain('PermenPANRB 6/2022');
    expect(byTopic.get('Ketua tim dan penilai kinerja')![2]).toBe('PermenPANRB 6/2022 Pasal 1 dan Pasal 14');
    expect(byTopic.get('Pejabat Level 1 dan Level 2')![1]).toContain('confidence: unconfirmed');
    expect(byTopic.get('Pejabat Level 1 dan Level 2')![2]).toBe('PermenPANRB 7/2022 (unconfirmed)');
    // The sheet list names every OPD sheet with its row count.
    for (const ws of wb.worksheets.slice(1)) expect(byTopic.get(ws.name)?.[2]).toBe(String(dataRows(ws).length));
  });

  it('is byte-identical when rendered again from a fresh load', async () => {
    const again = await renderMph(await loadReport(dir, SAMPLE), REGION, { date: DATE });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('mphSheets without people.csv', () => {
  it('lists the posts themselves (names blank) so the OPD can put names to them', () => {
    const sheets = mphSheets({ ...model, hasPeople: false, people: [] });
    const bappeda = sheets.find((s) => s.opd === 'Badan Perencanaan Pembangunan Daerah')!;
    expect(bappeda.rows[0]).toMatchObject({ name: '', nip: '', post: 'Kepala Badan Perencanaan Pembangunan Daerah' });
    // Names come only from the teams (plan.json carries the members' names); no post is called vacant.
    expect(bappeda.rows.filter((r) => r.name && r.role !== 'Ketua Tim' && r.role !== 'Anggota')).toEqual([]);
    expect(bappeda.rows.filter((r) => r.role === 'Individu').map((r) => r.post)).toContain('Perencana Ahli Madya');
  });
});

describe('sheetNames', () => {
  it.each([
    ['a name that fits stays', [{ name: 'Dinas Sosial', code: 'DINSOS' }], ['Dinas Sosial']],
    ['a long name becomes its code', [{ name: 'Badan Perencanaan Pembangunan Daerah', code: 'BAPPEDA' }], ['BAPPEDA']],
    ['a long name without a code is cut to 31', [{ name: 'Badan Perencanaan Pembangunan Daerah', code: '' }], ['Badan Perencanaan Pembangunan']],
    ['forbidden characters become spaces', [{ name: 'Dinas A/B: [Baru]?', code: 'X' }], ['Dinas A B Baru']],
    ['duplicates in any case are numbered', [{ name: 'Dinas X', code: '' }, { name: 'DINAS X', code: '' }, { name: 'dinas x', code: '' }], ['Dinas X', 'DINAS X (2)', 'dinas x (3)']],
    ['the cover sheet name is taken', [{ name: 'petunjuk', code: '' }], ['petunjuk (2)']],
    ['leading and trailing quotes go', [{ name: "'Dinas'", code: '' }], ['Dinas']],
    ['an empty name is OPD', [{ name: '***', code: '' }], ['OPD']],
  ])('%s', (_, opds, want) => {
    expect(sheetNames(opds)).toEqual(want);
  });

  it('keeps a numbered duplicate of a 31-character name within 31', () => {
    const name = 'A'.repeat(31);
    const out = sheetNames([{ name, code: '' }, { name, code: '' }]);
    expect(out[1]).toBe(`${'A'.repeat(27)} (2)`);
  });
});
