/**
 * The report as a workbook, one sheet per table, each with a frozen header row, an autofilter and fitted widths.
 *
 * The review sheet comes FIRST, so `setara migrate --decisions laporan.xlsx` reads it without `--sheet`: its first
 * five columns are exactly the decisions file (`post_id, decision, jf, jenjang, note`), decision/jf/jenjang left empty
 * for the analyst (rows left empty are skipped by the reader), followed by informative columns the reader ignores.
 * Deterministic: fixed workbook dates (the plan's reference date) and pinned zip timestamps.
 */
import ExcelJS from 'exceljs';
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/index.js';
import { labels, severityLabel } from './labels.js';
import { reportDate, type JfCandidate, type RenderOptions, type ReportModel } from './model.js';
import { opdViews } from './opd-view.js';
import { summaryView } from './summary.js';
import { groupBy, xmlText } from './text.js';
import { pinZipTimes } from './zip-times.js';

/** The columns `migrate --decisions` reads, in its order (src/migrate/decisions-file.ts). */
export const DECISION_COLUMNS = ['post_id', 'decision', 'jf', 'jenjang', 'note'] as const;

interface SheetCol {
  head: string;
  /** Widest a column gets (characters); longer text wraps. */
  max?: number;
  text?: boolean;
}

type Cell = string | number;

/** Rows a worksheet can hold (Excel's limit, ECMA-376 spreadsheet rows 1..1,048,576): the header and the rows. */
export const XLSX_MAX_ROWS = 1_048_576;

/** A sheet of more rows is a file Excel refuses to open: no file, and the way to get one. */
export function refuseLongSheet(name: string, rows: number): void {
  if (rows + 1 > XLSX_MAX_ROWS)
    throw new UsageError({
      id: `lembar '${name}' memerlukan ${rows + 1} baris, lebih dari ${XLSX_MAX_ROWS} yang dapat dimuat XLSX; pakai --split FOLDER (satu berkas per perangkat daerah) atau --opd`,
      en: `sheet '${name}' needs ${rows + 1} rows, more than the ${XLSX_MAX_ROWS} an XLSX sheet holds; use --split DIR (one file per department) or --opd`,
    });
}

function addSheet(wb: ExcelJS.Workbook, name: string, cols: SheetCol[], rows: Cell[][]): ExcelJS.Worksheet {
  refuseLongSheet(name, rows.length);
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2', activeCell: 'A2' }] });
  ws.addRow(cols.map((c) => c.head));
  for (const r of rows) ws.addRow(r.map((v) => (typeof v === 'string' ? xmlText(v) : v)));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  });
  cols.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    // A loop, not Math.max(...lengths): a spread of a few hundred thousand arguments overflows the stack.
    let longest = c.head.length;
    for (const r of rows) longest = Math.max(longest, String(r[i] ?? '').length);
    const max = c.max ?? 50;
    col.width = Math.min(max, Math.max(6, longest + 2));
    if (longest + 2 > max) col.alignment = { vertical: 'top', wrapText: true };
    else col.alignment = { vertical: 'top' };
    if (c.text) col.numFmt = '@';
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: cols.length } };
  return ws;
}

function candidateCell(c: readonly JfCandidate[]): string {
  return c.map((x) => `${x.jf}${x.name ? ` = ${x.name}` : ''} (${x.score})`).join('; ');
}

/** Words the decisions reader accepts (src/migrate/decisions-file.ts), offered in the sheet's language. */
function decisionWords(lang: Lang): string[] {
  return lang === 'id' ? ['setarakan', 'tetap', 'telaah'] : ['equalise', 'keep', 'review'];
}

export async function renderXlsx(model: ReportModel, opts: RenderOptions): Promise<Uint8Array> {
  const { lang } = opts;
  const l = labels(lang);
  const sum = summaryView(model, lang);
  const views = opdViews(model, lang);
  const date = reportDate(model);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'setara';
  wb.lastModifiedBy = 'setara';
  wb.created = date;
  wb.modified = date;
  wb.title = l.reportTitle;

  const review: Cell[][] = [];
  const reviewCandidates: JfCandidate[][] = [];
  const equalisation: Cell[][] = [];
  const people: Cell[][] = [];
  const notEqualised: Cell[][] = [];
  const teams: Cell[][] = [];
  let eqNo = 0;
  let pNo = 0;
  let nNo = 0;
  let tNo = 0;
  const teamsByOpd = groupBy(model.teams, (t) => t.opd);
  views.forEach((v, i) => {
    opts.progress?.(i + 1, views.length, v.opd);
    for (const r of v.review) {
      review.push([r.postId, '', '', '', '', r.name, v.opd, r.unit, r.eselon, r.proposedJenjang, candidateCell(r.candidates), r.reason]);
      reviewCandidates.push(r.candidates);
    }
    for (const r of v.equalisation) equalisation.push([++eqNo, v.opd, r.postId, r.oldPost, r.eselon, r.unit, r.jf, r.jfId, r.jenjang, r.remarks]);
    for (const r of v.people) people.push([++pNo, v.opd, r.nip, r.name, r.pangkat, r.oldPost, r.newPost, r.change, r.notes]);
    for (const r of v.notEqualised) notEqualised.push([++nNo, v.opd, r.nip, r.name, r.pangkat, r.oldPost, r.postBecomes, r.reason]);
    for (const t of teamsByOpd.get(v.opd) ?? []) {
      tNo++;
      for (const m of t.members) teams.push([tNo, v.opd, t.teamId, t.teamName, t.ownerName || t.ownerPostId, m.role, m.nip, m.name]);
    }
  });

  // 1. Review (read back by migrate --decisions): first sheet.
  const ws = addSheet(
    wb, l.sheetReview,
    [
      ...DECISION_COLUMNS.map((head) => ({ head, max: head === 'note' ? 40 : 28 })),
      { head: l.colName, max: 45 }, { head: l.colOpd, max: 40 }, { head: l.colUnit, max: 40 }, { head: l.colEselon, max: 10 },
      { head: l.colProposed, max: 16 }, { head: l.colCandidates, max: 70 }, { head: l.colReason, max: 60 },
    ],
    review,
  );
  ws.getColumn(1).numFmt = '@';
  ws.getCell('B1').note = l.decisionHelp;
  const words = decisionWords(lang);
  reviewCandidates.forEach((cands, i) => {
    const row = i + 2;
    ws.getCell(row, 2).dataValidation = {
      type: 'list', allowBlank: true, formulae: [`"${words.join(',')}"`],
      showErrorMessage: true, errorStyle: 'warning', error: l.decisionHelp,
    };
    // Catalog ids only (those have a name): an edited candidates cell may hold a quote or a comma, which would break
    // the list formula and make Excel repair the file.
    const list = cands.filter((c) => c.name).map((c) => c.jf).join(',');
    if (list && list.length <= 250)
      ws.getCell(row, 3).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${list}"`], showErrorMessage: false };
    for (const c of [2, 3, 4, 5]) ws.getCell(row, c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  });

  // 2. Summary per OPD.
  addSheet(
    wb, l.sheetSummary,
    [l.opd, l.opdCode, l.postsBefore, l.postsAfter, l.structuralBefore, l.structuralAfter, l.equalised, l.kept, l.review, l.peopleAffected].map((head, i) => ({ head, max: i === 0 ? 60 : 20 })),
    views.map((v) => {
      const o = v.counts;
      return [o.opd, v.code, o.postsBefore, o.postsAfter, o.structuralBefore, o.structuralAfter, o.equalised, o.kept, o.review, o.peopleAffected];
    }),
  );

  // 3. The lampiran list.
  addSheet(
    wb, l.sheetEqualisation,
    [
      { head: l.no, max: 6 }, { head: l.opd, max: 40 }, { head: l.postId, max: 20 }, { head: l.oldPost, max: 45 }, { head: l.eselon, max: 12 },
      { head: l.unit, max: 40 }, { head: l.jf, max: 40 }, { head: 'jf', max: 30 }, { head: l.jenjang, max: 14 }, { head: l.remarks, max: 70 },
    ],
    equalisation,
  );

  // 4. People.
  if (model.hasPeople)
    addSheet(
      wb, l.sheetPeople,
      [
        { head: l.no, max: 6 }, { head: l.opd, max: 40 }, { head: l.nip, max: 20, text: true }, { head: l.name, max: 40 }, { head: l.pangkat, max: 30 },
        { head: l.oldPostShort, max: 45 }, { head: l.newPostShort, max: 45 }, { head: l.change, max: 16 }, { head: l.notes, max: 80 },
      ],
      people,
    );
  // People on an equalised post who are not equalised: apart from the people list, never in it.
  if (notEqualised.length)
    addSheet(
      wb, l.sheetNotEqualised,
      [
        { head: l.no, max: 6 }, { head: l.opd, max: 40 }, { head: l.nip, max: 20, text: true }, { head: l.name, max: 40 }, { head: l.pangkat, max: 30 },
        { head: l.oldPostShort, max: 45 }, { head: l.postBecomes, max: 45 }, { head: l.reason, max: 80 },
      ],
      notEqualised,
    );

  // 5. Teams, when the plan has any.
  if (model.teams.length)
    addSheet(
      wb, l.sheetTeams,
      [
        { head: l.no, max: 6 }, { head: l.opd, max: 40 }, { head: 'team_id', max: 24 }, { head: l.team, max: 45 }, { head: l.owner, max: 45 },
        { head: l.role, max: 10 }, { head: l.nip, max: 20, text: true }, { head: l.name, max: 40 },
      ],
      teams,
    );

  // 6. Findings by type, 7. rulesets.
  addSheet(
    wb, l.sheetFindings,
    [{ head: l.ruleId, max: 40 }, { head: l.severity, max: 12 }, { head: l.count, max: 10 }, { head: l.description, max: 70 }, { head: l.citation, max: 40 }],
    sum.findings.map((f) => [f.ruleId, severityLabel(l, f.severity), f.count, f.description, f.citation]),
  );
  addSheet(
    wb, l.sheetRulesets,
    [{ head: l.rulesetId, max: 30 }, { head: l.file, max: 60 }, { head: l.version, max: 20 }],
    sum.chain.map((c) => [c.id, c.file, c.ruleVersion ?? '']),
  );

  const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return pinZipTimes(buf, date);
}
