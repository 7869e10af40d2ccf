/**
 * The report as a formal lampiran (DOCX): A4 landscape, the regulation's title block with highlighted placeholders,
 * numbered tables ("Tabel 1. …") whose header row repeats on every page, one OPD per page run, a signature block.
 * Deterministic: fixed document dates (the plan's reference date) and pinned zip timestamps.
 */
import {
  AlignmentType, Document, Footer, Packer, PageNumber, PageOrientation, Paragraph, ShadingType, Table, TableCell,
  TableLayoutType, TableRow, TextRun, WidthType,
} from 'docx';
import { labels, severityLabel, tableCaption, type Labels } from './labels.js';
import { reportDate, type RenderOptions, type ReportModel } from './model.js';
import { opdViews } from './opd-view.js';
import { summaryView } from './summary.js';
import { candidateNames } from './tables.js';
import { xmlText } from './text.js';
import { A4_H, A4_W, borders, coreXml } from './docx-parts.js';
import { pinZipTimes } from './zip-times.js';

const MARGIN = 1134; // 2 cm
const USABLE = A4_H - 2 * MARGIN;
const FONT = 'Arial';
const SIZE = 20; // half-points: 10 pt
const SMALL = 18;


const PLACEHOLDER = '…';
const ph = () => new TextRun({ text: PLACEHOLDER, highlight: 'yellow' });

interface Col {
  head: string;
  /** Share of the usable width. */
  w: number;
  num?: boolean;
}

function cellPara(text: string, opts: { bold?: boolean; right?: boolean; size?: number } = {}): Paragraph[] {
  return String(text).split('\n').map((line) =>
    new Paragraph({
      alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
      spacing: { before: 0, after: 0 },
      children: [new TextRun({ text: xmlText(line), bold: opts.bold ?? false, size: opts.size ?? SMALL, font: FONT })],
    }),
  );
}

function table(cols: Col[], rows: Array<Array<string | number>>, foot?: Array<string | number>): Table {
  const total = cols.reduce((s, c) => s + c.w, 0);
  const widths = cols.map((c) => Math.floor((c.w / total) * USABLE));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: cols.map((c, i) =>
      new TableCell({
        width: { size: widths[i]!, type: WidthType.DXA },
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' },
        children: cellPara(c.head, { bold: true }),
      }),
    ),
  });
  const body = [...rows, ...(foot ? [foot] : [])].map((r, ri) =>
    new TableRow({
      cantSplit: true,
      children: r.map((v, i) =>
        new TableCell({
          width: { size: widths[i]!, type: WidthType.DXA },
          children: cellPara(String(v), { right: cols[i]?.num ?? false, bold: foot !== undefined && ri === rows.length }),
        }),
      ),
    }),
  );
  return new Table({
    width: { size: USABLE, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    rows: [header, ...body],
  });
}

function caption(text: string): Paragraph {
  return new Paragraph({ keepNext: true, spacing: { before: 240, after: 80 }, children: [new TextRun({ text: xmlText(text), bold: true, font: FONT, size: SIZE })] });
}

function para(text: string, opts: { bold?: boolean; italics?: boolean; center?: boolean; pageBreakBefore?: boolean; size?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    pageBreakBefore: opts.pageBreakBefore ?? false,
    keepNext: true,
    spacing: { after: 120 },
    children: [new TextRun({ text: xmlText(text), bold: opts.bold ?? false, italics: opts.italics ?? false, font: FONT, size: opts.size ?? SIZE })],
  });
}

/** An empty list: its title and "none", unnumbered (only real tables get a number). */
function none(title: string, text: string): Paragraph {
  return new Paragraph({
    spacing: { before: 240, after: 120 },
    children: [new TextRun({ text: xmlText(`${title}: `), bold: true, font: FONT, size: SIZE }), new TextRun({ text: xmlText(text), italics: true, font: FONT, size: SIZE })],
  });
}

/** The block at the top right of every Perbup lampiran; placeholders are highlighted for the bureau to fill. */
function titleBlock(l: Labels): Paragraph[] {
  const indent = { left: Math.round(USABLE * 0.58) };
  const line = (children: TextRun[]) => new Paragraph({ indent, spacing: { after: 0 }, children });
  const t = (text: string) => new TextRun({ text, font: FONT, size: SIZE });
  return [
    line([t(l.lampiran)]),
    line([t(`${l.perbup} `), ph()]),
    line([t(`${l.nomor} `), ph(), t(` ${l.tahun} `), ph()]),
    line([t(l.tentang)]),
    line([t(l.perbupSubject)]),
    new Paragraph({ spacing: { after: 240 }, children: [] }),
  ];
}

function signatureBlock(l: Labels): Paragraph[] {
  const indent = { left: Math.round(USABLE * 0.62) };
  const t = (text: string) => new TextRun({ text, font: FONT, size: SIZE });
  return [
    new Paragraph({ indent, spacing: { before: 480, after: 0 }, keepNext: true, keepLines: true, children: [t(`${l.bupati} `), ph(), t(',')] }),
    new Paragraph({ indent, spacing: { before: 960, after: 0 }, children: [new TextRun({ text: l.signName, font: FONT, size: SIZE, highlight: 'yellow' })] }),
  ];
}

export async function renderDocx(model: ReportModel, opts: RenderOptions): Promise<Uint8Array> {
  const { lang } = opts;
  const l = labels(lang);
  const sum = summaryView(model, lang);
  const views = opdViews(model, lang);
  let tableNo = 0;
  const cap = (title: string) => caption(tableCaption(lang, ++tableNo, title));
  const children: Array<Paragraph | Table> = [];

  children.push(...titleBlock(l));
  children.push(para(l.docHeading, { bold: true, center: true, size: 24 }));
  children.push(para(`${l.asOf}: ${model.asOf}; ${l.ruleset}: ${model.ruleset.id}; ${l.source}: ${model.dir}`, { center: true, size: SMALL }));
  children.push(para(l.placeholderNote, { italics: true, size: SMALL }));

  // Summary
  const t = sum.total;
  children.push(cap(l.summaryTable));
  children.push(
    table(
      [{ head: l.opd, w: 30 }, ...[l.postsBefore, l.postsAfter, l.structuralBefore, l.structuralAfter, l.equalised, l.kept, l.review, l.peopleAffected].map((h) => ({ head: h, w: 8.75, num: true }))],
      sum.opds.map((o) => [o.opd, o.postsBefore, o.postsAfter, o.structuralBefore, o.structuralAfter, o.equalised, o.kept, o.review, o.peopleAffected]),
      [l.total, t.postsBefore, t.postsAfter, t.structuralBefore, t.structuralAfter, t.equalised, t.kept, t.review, t.peopleAffected],
    ),
  );
  if (sum.findings.length) {
    children.push(cap(l.findingsTable));
    children.push(
      table(
        [{ head: l.ruleId, w: 22 }, { head: l.severity, w: 10 }, { head: l.count, w: 8, num: true }, { head: l.description, w: 40 }, { head: l.citation, w: 20 }],
        sum.findings.map((f) => [f.ruleId, severityLabel(l, f.severity), f.count, f.description, f.citation]),
      ),
    );
  } else children.push(none(l.findingsTable, l.none));
  children.push(cap(l.rulesetsTable));
  children.push(table([{ head: l.rulesetId, w: 25 }, { head: l.file, w: 55 }, { head: l.version, w: 20 }], sum.chain.map((c) => [c.id, c.file, c.ruleVersion ?? '—'])));

  views.forEach((v, i) => {
    opts.progress?.(i + 1, views.length, v.opd);
    children.push(para(`${v.index}. ${v.opd.toUpperCase()}`, { bold: true, pageBreakBefore: true, size: 22 }));
    const c = v.counts;
    children.push(
      para(
        `${l.postsBefore}: ${c.postsBefore}; ${l.structuralBefore}: ${c.structuralBefore}; ${l.structuralAfter}: ${c.structuralAfter}; ` +
          `${l.equalised}: ${c.equalised}; ${l.kept}: ${c.kept}; ${l.review}: ${c.review}; ${l.peopleAffected}: ${c.peopleAffected}`,
        { size: SMALL },
      ),
    );
    const eqTitle = `${l.equalisationTable} — ${v.opd}`;
    if (v.equalisation.length) {
      children.push(cap(eqTitle));
      children.push(
        table(
          [{ head: l.no, w: 4, num: true }, { head: l.oldPost, w: 20 }, { head: l.eselon, w: 6 }, { head: l.unit, w: 18 }, { head: l.jf, w: 18 }, { head: l.jenjang, w: 9 }, { head: l.remarks, w: 25 }],
          v.equalisation.map((r) => [r.no, r.oldPost, r.eselon, r.unit, r.jf, r.jenjang, r.remarks]),
        ),
      );
    } else children.push(none(eqTitle, l.none));
    if (v.review.length) {
      children.push(cap(`${l.reviewTable} — ${v.opd}`));
      children.push(
        table(
          [{ head: l.no, w: 4, num: true }, { head: l.postId, w: 10 }, { head: l.oldPost, w: 18 }, { head: l.eselon, w: 6 }, { head: l.unit, w: 16 }, { head: l.proposedJenjang, w: 9 }, { head: l.candidates, w: 20 }, { head: l.reason, w: 17 }],
          v.review.map((r) => [r.no, r.postId, r.name, r.eselon, r.unit, r.proposedJenjang, candidateNames(r.candidates), r.reason]),
        ),
      );
    }
    const pTitle = `${l.peopleTable} — ${v.opd}`;
    if (model.hasPeople && v.people.length) {
      children.push(cap(pTitle));
      children.push(
        table(
          [{ head: l.no, w: 4, num: true }, { head: l.nip, w: 15 }, { head: l.name, w: 17 }, { head: l.pangkat, w: 13 }, { head: l.oldNewPost, w: 27 }, { head: l.notes, w: 24 }],
          v.people.map((r) => [r.no, r.nip, r.name, r.pangkat, r.oldNew, r.notes]),
        ),
      );
    } else children.push(none(pTitle, model.hasPeople ? l.none : l.noPeople));
    if (v.notEqualised.length) {
      children.push(cap(`${l.notEqualisedTable} — ${v.opd}`));
      children.push(
        table(
          [{ head: l.no, w: 4, num: true }, { head: l.nip, w: 15 }, { head: l.name, w: 15 }, { head: l.pangkat, w: 11 }, { head: l.oldPost, w: 16 }, { head: l.postBecomes, w: 15 }, { head: l.reason, w: 24 }],
          v.notEqualised.map((r) => [r.no, r.nip, r.name, r.pangkat, r.oldPost, r.postBecomes, r.reason]),
        ),
      );
    }
    if (v.teams.length) {
      children.push(cap(`${l.teamsTable} — ${v.opd}`));
      children.push(
        table(
          [{ head: l.no, w: 4, num: true }, { head: l.team, w: 22 }, { head: l.owner, w: 22 }, { head: l.leader, w: 16 }, { head: l.members, w: 36 }],
          v.teams.map((r) => [r.no, r.teamName, r.owner, r.leader, r.members]),
        ),
      );
    }
  });
  children.push(...signatureBlock(l));

  const doc = new Document({
    creator: 'setara',
    title: l.reportTitle,
    lastModifiedBy: 'setara',
    styles: { default: { document: { run: { font: FONT, size: SIZE, language: { value: lang === 'id' ? 'id-ID' : 'en-GB' } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE, width: A4_W, height: A4_H },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: `${l.page} `, font: FONT, size: SMALL }), new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SMALL })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  const date = reportDate(model);
  const buf = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(l.reportTitle, date, lang) }]);
  return pinZipTimes(buf, date);
}
