/**
 * The Matriks Peran dan Hasil (MPH) as a workbook to fill in: a cover sheet (`Petunjuk`) and one sheet per OPD of the
 * plan. Each OPD sheet lists, top to bottom, the OPD head (Pejabat Level 1), the structural posts directly under the
 * head (Pejabat Level 2), every work team of the OPD (ketua first, then members) and the JF/pelaksana directly under
 * the head who are in no team; across, after the people columns, the head's IKI: blank headers and blank cells the
 * OPD writes the peran-hasil into. The penyelarasan (satu/dua tingkat) is a choice on each sheet.
 * Printable (A4 landscape, fit to width, header rows on every page) and deterministic (fixed dates, pinned zip times).
 */
import ExcelJS from 'exceljs';
import { formatCitation, type Citation } from '../../model/finding.js';
import { kindLabel, labels } from '../labels.js';
import type { ReportModel, ReportPost } from '../model.js';
import { opdCode } from '../opd-select.js';
import { groupBy, xmlText } from '../text.js';
import { pinZipTimes } from '../zip-times.js';
import type { Region } from './region.js';

export const MPH_ROLES = ['Ketua Tim', 'Anggota', 'Individu'] as const;
export const PENYELARASAN = ['Satu tingkat', 'Dua tingkat'] as const;
export const COVER_SHEET = 'Petunjuk';
/** Blank IKI columns offered; the OPD adds more when the head has more indicators. */
export const IKI_COLUMNS = 3;
/** The two header rows of an OPD sheet (repeated on every printed page) and the cell of the penyelarasan choice. */
export const HEADER_ROWS = [4, 5] as const;
export const PENYELARASAN_CELL = 'D3';

export type MphRole = (typeof MPH_ROLES)[number] | '';

export interface MphRow {
  name: string;
  nip: string;
  post: string;
  /** Kedudukan: Pejabat Level 1 / Level 2, or the kind of the person's post (JF, Pelaksana, …). */
  level: string;
  role: MphRole;
  /** The team of a ketua or member; for a Level 2 official the teams they are responsible for. */
  team: string;
}

export interface MphSheet {
  opd: string;
  sheetName: string;
  headPost: string;
  penyelarasan: (typeof PENYELARASAN)[number];
  rows: MphRow[];
}

const l = labels('id');
const LEVEL_1 = 'Pejabat Level 1';
const LEVEL_2 = 'Pejabat Level 2';
const VACANT = '(lowong)';
const NOT_IN_PEOPLE = '(tidak ada di people.csv)';

/** A post after migration holds a JF or pelaksana (nonmanagerial): it takes peran-hasil, it does not own a unit. */
const nonManagerial = (p: ReportPost) => p.change === 'equalised' || p.kind === 'fungsional' || p.kind === 'pelaksana';

const kindAfter = (p: ReportPost | undefined) => (p === undefined ? '' : kindLabel(l, p.change === 'equalised' ? 'fungsional' : p.kind));

/** The MPH of every OPD of the plan, in plan order. */
export function mphSheets(model: ReportModel): MphSheet[] {
  const postsByOpd = groupBy(model.posts, (p) => p.opd);
  const postById = new Map(model.posts.map((p) => [p.id, p]));
  const holders = groupBy(model.people.filter((p) => p.newPostId), (p) => p.newPostId!);
  const personByNip = new Map(model.people.map((p) => [p.nip, p]));
  const teamsByOpd = groupBy(model.teams, (t) => t.opd);
  const names = sheetNames(model.opds.map((o) => ({ name: o.opd, code: opdCode(postsByOpd.get(o.opd) ?? []) })));

  return model.opds.map(({ opd }, i) => {
    const posts = postsByOpd.get(opd) ?? [];
    const headId = opdCode(posts);
    const head = postById.get(headId);
    const teams = teamsByOpd.get(opd) ?? [];
    const underHead = posts.filter((p) => p.id !== headId && p.newParentId === headId);
    /** One row per holder of the post; a post without one is one row when `keepVacant` (named vacant if people are known). */
    const holderRows = (p: ReportPost, level: string, role: MphRole, team: string, keepVacant: boolean): MphRow[] => {
      const people = holders.get(p.id) ?? [];
      if (!people.length) return keepVacant ? [{ name: model.hasPeople ? VACANT : '', nip: '', post: p.newName, level, role, team }] : [];
      return people.map((h) => ({ name: h.name, nip: h.nip, post: p.newName, level, role, team }));
    };

    const rows: MphRow[] = head ? holderRows(head, `${LEVEL_1} (${kindAfter(head)})`, '', '', true) : [];
    for (const p of underHead.filter((x) => !nonManagerial(x))) {
      const owned = teams.filter((t) => t.ownerPostId === p.id).map((t) => t.teamName);
      rows.push(...holderRows(p, LEVEL_2, '', owned.length ? `Penanggung jawab: ${owned.join('; ')}` : '', true));
    }
    const inTeam = new Set<string>();
    for (const t of teams) {
      const members = [...t.members.filter((m) => m.role === 'ketua'), ...t.members.filter((m) => m.role !== 'ketua')];
      for (const m of members) {
        inTeam.add(m.nip);
        const person = personByNip.get(m.nip);
        const post = postById.get(person?.newPostId ?? '');
        // Staff assigned from another OPD are recorded in the MPH of the unit they are assigned to: say where from.
        const from = person && person.opd && person.opd !== opd ? ` (${person.opd})` : '';
        const where = person ? `${person.newPost}${from}` : model.hasPeople ? NOT_IN_PEOPLE : '';
        rows.push({
          name: m.name || person?.name || '', nip: m.nip, post: where, level: kindAfter(post),
          role: m.role === 'ketua' ? 'Ketua Tim' : 'Anggota', team: t.teamName,
        });
      }
    }
    // Without people.csv the posts themselves are the rows, for the OPD to put names to.
    for (const p of underHead.filter(nonManagerial))
      rows.push(...holderRows(p, kindAfter(p), 'Individu', '', !model.hasPeople).filter((r) => !inTeam.has(r.nip)));
    return {
      opd, sheetName: names[i]!, headPost: head?.newName ?? '',
      // A suggestion, not a rule: teams are what the second level of alignment is for (JPT → ketua tim → anggota).
      penyelarasan: teams.length ? 'Dua tingkat' : 'Satu tingkat',
      rows,
    };
  });
}

/**
 * Sheet names Excel accepts, one per OPD, in order: the OPD's name when it fits 31 characters, else its code (the
 * head post's id), else the name cut short; characters Excel forbids become spaces; a name taken (in any case, the
 * cover sheet's included) gets " (2)", " (3)" … within the limit.
 */
export function sheetNames(opds: ReadonlyArray<{ name: string; code: string }>): string[] {
  const clean = (s: string) => s.replace(/[\\/?*[\]:\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '');
  const taken = new Set([COVER_SHEET.toLowerCase(), 'history']);
  return opds.map(({ name, code }) => {
    const n = clean(name);
    const c = clean(code);
    const base = (n.length <= 31 ? n : c && c.length <= 31 ? c : cut(n, 31)) || 'OPD';
    let out = base;
    for (let k = 2; taken.has(out.toLowerCase()); k++) out = `${cut(base, 31 - ` (${k})`.length)} (${k})`;
    taken.add(out.toLowerCase());
    return out;
  });
}

/** `s` in at most `max` characters, ending at a word boundary when there is one. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const head = s.slice(0, max);
  const space = s[max] === ' ' ? max : head.lastIndexOf(' ');
  return (space > 0 ? head.slice(0, space) : head).trim();
}

// ---------------------------------------------------------------------------------------------------------------
// The cover sheet: what the MPH is, how to fill it in, and the basis of each statement.

const P6 = 'PermenPANRB 6/2022 tentang Pengelolaan Kinerja Pegawai ASN';
const MPH_FORMAT: Citation = { regulation: P6, confidence: 'confirmed', source: 'format MPH dalam bahan sosialisasi SKP dan MPH' };
const APPRAISER: Citation = { regulation: 'PermenPANRB 6/2022', article: 'Pasal 1 dan Pasal 14', confidence: 'confirmed' };
const LEVELS: Citation = { regulation: 'PermenPANRB 7/2022', confidence: 'unconfirmed' };

const cite = (c: Citation) => `${formatCitation(c)}${c.source ? `; ${c.source}` : ''}`;

const COVER: ReadonlyArray<readonly [string, string, string]> = [
  ['Matriks Peran dan Hasil', 'MPH menghubungkan peran dalam tim kerja dengan SKP tiap pegawai. Baris teratas memuat Indikator Kinerja Individu (IKI) pimpinan (JPT atau kepala unit kerja mandiri); kolom kiri memuat tiap pegawai dengan jabatannya, dan apakah ia berperan sendiri (Individu) atau sebagai Ketua Tim; tiap sel memuat peran-hasil pegawai itu, ditulis dalam bahasa hasil.', cite(MPH_FORMAT)],
  ['Penyelarasan satu tingkat', 'IKI pimpinan dibagi langsung menjadi peran-hasil pegawai di bawahnya.', cite(MPH_FORMAT)],
  ['Penyelarasan dua tingkat', 'IKI pimpinan (JPT) dibagi menjadi peran-hasil ketua tim dan JF, lalu peran-hasil ketua tim dibagi lagi kepada anggota timnya (JPT → ketua tim/JF → anggota tim).', cite(MPH_FORMAT)],
  ['Pilihan di tiap lembar', `Sel ${PENYELARASAN_CELL} tiap lembar: pilih "Satu tingkat" atau "Dua tingkat". setara mengisinya "Dua tingkat" bila perangkat daerah punya tim kerja, "Satu tingkat" bila tidak: usulan setara, bukan ketentuan.`, 'usulan setara'],
  ['Pegawai dari unit lain', 'Pegawai yang ditugaskan dari unit lain dicatat dalam MPH unit tempat ia ditugaskan, sebelum SKP-nya disusun. Di lembar ini asal perangkat daerahnya tertulis dalam kurung di kolom Jabatan.', cite(MPH_FORMAT)],
  ['Ketua tim dan penilai kinerja', 'Pejabat Penilai Kinerja adalah atasan langsung paling rendah pejabat pengawas, atau pejabat lain yang diberi delegasi kewenangan; SKP ditetapkan oleh Pejabat Penilai Kinerja. Ketua tim yang menduduki JF bukan penilai kinerja anggotanya kecuali diberi delegasi kewenangan.', cite(APPRAISER)],
  ['Pejabat Level 1 dan Level 2', 'setara menandai kepala perangkat daerah sebagai Pejabat Level 1 dan pejabat struktural langsung di bawahnya sebagai Pejabat Level 2. Pemetaan ini tafsiran setara (confidence: unconfirmed); periksa sebelum dipakai.', cite(LEVELS)],
  ['Baris tiap lembar', 'Pejabat Level 1; Pejabat Level 2 (kolom Tim: tim yang menjadi tanggung jawabnya); tiap tim kerja perangkat daerah (ketua tim, lalu anggota); JF dan pelaksana langsung di bawah kepala perangkat daerah yang tidak tergabung dalam tim (Individu). Jabatan yang kosong tertulis (lowong).', 'keluaran setara migrate (teams.csv, people.csv)'],
  ['Cara mengisi', `Tulis IKI kepala perangkat daerah pada judul kolom IKI 1 sampai IKI ${IKI_COLUMNS} (sisipkan kolom bila IKI lebih banyak); tulis peran-hasil tiap pegawai pada sel kuning; pilih Peran dari daftar (${MPH_ROLES.join(', ')}).`, ''],
];

function coverSheet(wb: ExcelJS.Workbook, region: Region, sheets: readonly MphSheet[]): void {
  const ws = wb.addWorksheet(COVER_SHEET, { views: [{ state: 'frozen', ySplit: 4, xSplit: 0, topLeftCell: 'A5', activeCell: 'A5' }] });
  ws.columns = [{ width: 30 }, { width: 90 }, { width: 45 }];
  ws.getCell('A1').value = 'MATRIKS PERAN DAN HASIL (RANCANGAN)';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = xmlText(`Pemerintah ${region.name}`);
  const head = ws.getRow(4);
  head.values = ['Hal', 'Penjelasan', 'Dasar'];
  styleHeader(head, 3);
  for (const [topic, text, basis] of COVER) tableRow(ws.addRow([topic, text, basis]), 3);
  ws.addRow([]);
  styleHeader(ws.addRow(['Lembar', 'Perangkat daerah', 'Baris']), 3);
  for (const s of sheets) tableRow(ws.addRow([s.sheetName, xmlText(s.opd), s.rows.length]), 3);
  printable(ws, '4:4');
}

// ---------------------------------------------------------------------------------------------------------------
// OPD sheets

const COLUMNS: ReadonlyArray<{ head: string; width: number }> = [
  { head: l.no, width: 5 }, { head: l.name, width: 28 }, { head: l.nip, width: 20 }, { head: 'Jabatan', width: 34 },
  { head: 'Kedudukan', width: 16 }, { head: l.role, width: 11 }, { head: l.team, width: 24 },
];
const ROLE_COL = COLUMNS.findIndex((c) => c.head === l.role) + 1;
const TO_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } as const;
const THIN = { style: 'thin' } as const;
/** Points per line of 11 pt text. */
const LINE_HEIGHT = 15;

function opdSheet(wb: ExcelJS.Workbook, region: Region, s: MphSheet): void {
  const [top, bottom] = HEADER_ROWS;
  const width = COLUMNS.length + IKI_COLUMNS;
  const ws = wb.addWorksheet(s.sheetName, { views: [{ state: 'frozen', ySplit: bottom, xSplit: 2, topLeftCell: `C${bottom + 1}`, activeCell: `C${bottom + 1}` }] });
  ws.columns = [...COLUMNS.map((c) => ({ width: c.width })), ...Array.from({ length: IKI_COLUMNS }, () => ({ width: 26 }))];

  ws.mergeCells(1, 1, 1, width);
  ws.getCell('A1').value = 'MATRIKS PERAN DAN HASIL';
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.mergeCells(2, 1, 2, width);
  ws.getCell('A2').value = xmlText(`${s.opd}, Pemerintah ${region.name}`);
  ws.getCell('A2').font = { bold: true };
  ws.mergeCells(3, 1, 3, 3);
  ws.getCell('A3').value = 'Penyelarasan (pilih):';
  const choice = ws.getCell(PENYELARASAN_CELL);
  choice.value = s.penyelarasan;
  choice.fill = TO_FILL;
  choice.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  choice.dataValidation = {
    type: 'list', allowBlank: false, formulae: [`"${PENYELARASAN.join(',')}"`],
    showErrorMessage: true, errorTitle: 'Penyelarasan', error: `Pilih ${PENYELARASAN.join(' atau ')}`,
  };

  // Two header rows: the people columns span both; the IKI columns share a group heading above their own.
  COLUMNS.forEach((c, i) => {
    ws.mergeCells(top, i + 1, bottom, i + 1);
    ws.getCell(top, i + 1).value = c.head;
  });
  ws.mergeCells(top, COLUMNS.length + 1, top, width);
  ws.getCell(top, COLUMNS.length + 1).value = xmlText(`Indikator Kinerja Individu (IKI) ${s.headPost || LEVEL_1}: isi judul kolom, tiap sel diisi peran-hasil`);
  for (let k = 1; k <= IKI_COLUMNS; k++) {
    const cell = ws.getCell(bottom, COLUMNS.length + k);
    cell.value = `IKI ${k}: [isi]`;
    cell.fill = TO_FILL;
  }
  for (const r of [top, bottom]) styleHeader(ws.getRow(r), width);
  // The people heads span both header rows; only the IKI group heading above row `bottom` may need more lines.
  fitHeight(ws.getRow(top), width, (c) => (c === COLUMNS.length + 1 ? IKI_COLUMNS : c <= COLUMNS.length ? 0 : 1));

  s.rows.forEach((r, i) => {
    const row = ws.addRow([i + 1, xmlText(r.name), r.nip, xmlText(r.post), r.level, r.role, xmlText(r.team)]);
    tableRow(row, width);
    row.getCell(3).numFmt = '@';
    for (let k = 1; k <= IKI_COLUMNS; k++) row.getCell(COLUMNS.length + k).fill = TO_FILL;
  });
  // Every row below the head takes a role. One range, not one validation per cell: exceljs joins per-cell validations
  // into ranges after sorting addresses as text (F10 before F7), which writes overlapping ranges.
  const first = bottom + 1 + s.rows.findIndex((r) => !r.level.startsWith(LEVEL_1));
  if (first > bottom) {
    const col = ws.getColumn(ROLE_COL).letter;
    validations(ws).add(`${col}${first}:${col}${bottom + s.rows.length}`, {
      type: 'list', allowBlank: true, formulae: [`"${MPH_ROLES.join(',')}"`],
      showErrorMessage: true, errorTitle: l.role, error: `Pilih ${MPH_ROLES.join(', ')}`,
    });
  }
  printable(ws, `${top}:${bottom}`);
  // '&' starts a header/footer code: doubled, it prints as itself.
  ws.headerFooter.oddFooter = `&L${xmlText(s.opd).replace(/&/g, '&&')}&RHalaman &P dari &N`;
}

/** The sheet's validations by range: exceljs has them (worksheet.dataValidations) but its types leave them out. */
const validations = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;

function styleHeader(row: ExcelJS.Row, width: number): void {
  row.font = { bold: true };
  for (let c = 1; c <= width; c++) {
    const cell = row.getCell(c);
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    if (!cell.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  }
}

function tableRow(row: ExcelJS.Row, width: number): void {
  for (let c = 1; c <= width; c++) {
    const cell = row.getCell(c);
    cell.alignment = { vertical: 'top', wrapText: true };
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  }
  fitHeight(row, width);
}

/**
 * The row as high as its longest wrapped cell. LibreOffice keeps the default height of an XLSX row whatever its
 * wrapped text, so printed cells would overlap: the height is written, estimated from the column widths (in
 * characters). `span` widens a cell merged across columns to their total width (0: leave the cell out).
 */
function fitHeight(row: ExcelJS.Row, width: number, span: (col: number) => number = () => 1): void {
  const ws = row.worksheet;
  let lines = 1;
  for (let c = 1; c <= width; c++) {
    const text = row.getCell(c).value;
    const cols = span(c);
    if (typeof text !== 'string' || !text || !cols) continue;
    let w = 0;
    for (let k = 0; k < cols; k++) w += ws.getColumn(c + k).width ?? 9;
    const perLine = Math.max(1, Math.floor(w - 2));
    lines = Math.max(lines, text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0));
  }
  if (lines > 1) row.height = LINE_HEIGHT * lines;
}

/** A4 landscape, one page wide (as many pages down as it takes), `titles` repeated on every page. */
function printable(ws: ExcelJS.Worksheet, titles: string): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: titles,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/** The MPH workbook of the model's OPDs; `date` is the workbook's creation date and every zip entry's time. */
export async function renderMph(model: ReportModel, region: Region, opts: { date: Date }): Promise<Uint8Array> {
  const sheets = mphSheets(model);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'setara';
  wb.lastModifiedBy = 'setara';
  wb.created = opts.date;
  wb.modified = opts.date;
  wb.title = xmlText(`Matriks Peran dan Hasil, Pemerintah ${region.name}`);
  coverSheet(wb, region, sheets);
  for (const s of sheets) opdSheet(wb, region, s);
  const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return pinZipTimes(buf, opts.date);
}
