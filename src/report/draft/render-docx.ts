/**
 * A LegalDoc as DOCX, laid out as UU 12/2011 Lampiran II asks: A4 portrait for the instrument, a landscape section
 * for a wide lampiran (each pageBreak starts a section), centred capitals for judul and headings, Menimbang/Mengingat
 * and the diktum with hanging indents, the signature on the right, page numbers "- 2 -" from the second page.
 *
 * Bookman Old Style 12 pt: the face regional legal products are customarily typed in (Arial is the face of official
 * letters under the tata naskah dinas); no source the project holds makes either binding, so a bureau that uses Arial
 * changes one style. Word substitutes a metric-compatible face where Bookman is not installed.
 *
 * Placeholders are highlighted yellow; unconfirmed text is highlighted turquoise and carries a Word comment with the
 * reason. Deterministic: fixed dates (document, comments) and pinned zip timestamps.
 */
import {
  AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, Document, Header, Packer, PageNumber, PageOrientation, Paragraph,
  ShadingType, Table, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, WidthType, type ICommentOptions, type ParagraphChild,
} from 'docx';
import { A4_H, A4_W, borders, coreXml } from '../docx-parts.js';
import { xmlText } from '../text.js';
import { pinZipTimes } from '../zip-times.js';
import { endsWithComma, ordinalWord, roman, type Align, type Block, type LegalDoc, type Line, type List } from './legal-doc.js';

const FONT = 'Bookman Old Style';
const SIZE = 24; // half-points: 12 pt
const TABLE_SIZE = 20; // 10 pt: nine columns on a landscape page
/** Margins (twips): 3 cm on the binding side, 2 cm elsewhere. */
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 1134 };
/** Considerans: label column, colon column, one list level. */
const LABEL_W = 2268;
const COLON_W = 284;
const MARK_W = 425;
/** Diktum: "KESEMBILAN" needs the widest label column. */
const DIKTUM_W = 2268;

const usable = (landscape: boolean) => (landscape ? A4_H : A4_W) - MARGIN.left - MARGIN.right;

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED,
};

function marker(style: List['style'], i: number): string {
  const a = String.fromCharCode(97 + (i % 26));
  return style === 'alpha' ? `${a}.` : style === 'num' ? `${i + 1}.` : style === 'alpha-paren' ? `${a})` : `${i + 1})`;
}

interface RunStyle {
  bold?: boolean;
  size?: number;
}

/** One document's rendering state: the comments made for unconfirmed text, numbered in order. */
class Renderer {
  readonly comments: ICommentOptions[] = [];

  constructor(private readonly date: Date) {}

  runs(line: Line, style: RunStyle = {}): ParagraphChild[] {
    const base = { font: FONT, size: style.size ?? SIZE, bold: style.bold ?? false };
    return line.flatMap((r): ParagraphChild[] => {
      if (typeof r === 'string') return [new TextRun({ ...base, text: xmlText(r) })];
      if ('placeholder' in r) return [new TextRun({ ...base, text: xmlText(`[${r.hint}]`), highlight: 'yellow' })];
      if ('unconfirmed' in r) {
        const id = this.comments.length;
        this.comments.push({
          id, author: 'setara', initials: 'S', date: this.date,
          children: [new Paragraph({ children: [new TextRun({ text: xmlText(`Belum terkonfirmasi: ${r.unconfirmed}`) })] })],
        });
        return [
          new CommentRangeStart(id),
          new TextRun({ ...base, text: xmlText(r.text), highlight: 'cyan' }),
          new CommentRangeEnd(id),
          new TextRun({ children: [new CommentReference(id)] }),
        ];
      }
      return [new TextRun({ ...base, text: xmlText(r.text), bold: r.bold ?? base.bold, italics: r.italic ?? false })];
    });
  }

  /** A list under a hanging indent starting at `left`: "a.⇥text", wrapped lines aligned with the text. */
  list(list: List, left: number, out: Paragraph[]): void {
    list.items.forEach((it, i) => {
      const indent = left + MARK_W;
      out.push(new Paragraph({
        alignment: AlignmentType.JUSTIFIED, indent: { left: indent, hanging: MARK_W }, tabStops: [{ type: TabStopType.LEFT, position: indent }],
        spacing: { after: 60 }, children: [new TextRun({ text: `${marker(list.style, i)}\t`, font: FONT, size: SIZE }), ...this.runs(it.text)],
      }));
      if (it.sub) this.list(it.sub, indent, out);
    });
  }

  /** "Label⇥:⇥text" with the text hanging at `textAt` (considerans, diktum). */
  labelled(label: string, labelW: number, text: ParagraphChild[], hangAt: number): Paragraph {
    return new Paragraph({
      alignment: AlignmentType.JUSTIFIED, indent: { left: hangAt, hanging: hangAt }, spacing: { after: 60 },
      tabStops: [{ type: TabStopType.LEFT, position: labelW }, { type: TabStopType.LEFT, position: labelW + COLON_W }, ...(hangAt > labelW + COLON_W ? [{ type: TabStopType.LEFT, position: hangAt }] : [])],
      children: [new TextRun({ text: `${label}\t:\t`, font: FONT, size: SIZE }), ...text],
    });
  }

  considerans(b: Extract<Block, { kind: 'considerans' }>, out: Paragraph[]): void {
    const textAt = LABEL_W + COLON_W;
    const items = b.list.items;
    // A single item is not numbered (UU 12/2011 Lampiran II).
    if (items.length === 1 && !items[0]!.sub) {
      out.push(this.labelled(b.label, LABEL_W, this.runs(items[0]!.text), textAt));
    } else {
      items.forEach((it, i) => {
        const mark = new TextRun({ text: `${marker(b.list.style, i)}\t`, font: FONT, size: SIZE });
        if (i === 0) out.push(this.labelled(b.label, LABEL_W, [mark, ...this.runs(it.text)], textAt + MARK_W));
        else out.push(new Paragraph({
          alignment: AlignmentType.JUSTIFIED, indent: { left: textAt + MARK_W, hanging: MARK_W }, spacing: { after: 60 },
          tabStops: [{ type: TabStopType.LEFT, position: textAt + MARK_W }], children: [mark, ...this.runs(it.text)],
        }));
        if (it.sub) this.list(it.sub, textAt + MARK_W, out);
      });
    }
    out.push(spacer());
  }

  table(b: Extract<Block, { kind: 'table' }>, landscape: boolean): Array<Paragraph | Table> {
    const width = usable(landscape);
    const total = b.columns.reduce((s, c) => s + c.w, 0);
    const widths = b.columns.map((c) => Math.floor((c.w / total) * width));
    const cell = (line: Line, i: number, bold: boolean, fill?: string) => new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
      children: [new Paragraph({ spacing: { before: 0, after: 0 }, children: this.runs(line, { bold, size: TABLE_SIZE }) })],
    });
    const header = new TableRow({
      tableHeader: b.repeatHeader ?? false, cantSplit: true,
      children: b.columns.map((c, i) => cell([c.head], i, true, 'D9D9D9')),
    });
    const rows = b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((line, i) => cell(line, i, false)) }));
    return [
      ...(b.caption ? [new Paragraph({ keepNext: true, spacing: { before: 240, after: 80 }, children: this.runs([b.caption], { bold: true }) })] : []),
      new Table({ width: { size: width, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders, rows: [header, ...rows] }),
    ];
  }

  signature(b: Extract<Block, { kind: 'signature' }>, landscape: boolean): Paragraph[] {
    // Enactment on the right; promulgation by the Sekda on the left (UU 12/2011 Lampiran II).
    const left = b.promulgation ? 0 : Math.round(usable(landscape) * 0.5);
    const line = (children: ParagraphChild[], before = 0) => new Paragraph({ indent: { left }, keepNext: true, keepLines: true, spacing: { before, after: 0 }, children });
    const words = (s: string) => new TextRun({ text: s, font: FONT, size: SIZE });
    const out: Paragraph[] = [];
    if (b.place.length) out.push(line([words(b.promulgation ? 'Diundangkan di ' : 'Ditetapkan di '), ...this.runs(b.place)], 360));
    if (b.date.length) out.push(line([words('pada tanggal '), ...this.runs(b.date)]));
    out.push(line([...this.runs(b.office), ...(endsWithComma(b.office) ? [] : [words(',')])], b.place.length ? 240 : 480));
    out.push(new Paragraph({ indent: { left }, spacing: { before: 1200, after: 240 }, children: this.runs(b.name) }));
    return out;
  }

  block(b: Block, landscape: boolean): Array<Paragraph | Table> {
    switch (b.kind) {
      case 'heading':
        return [...b.lines.map((l, i) => new Paragraph({
          alignment: AlignmentType.CENTER, keepNext: true, spacing: { after: i === b.lines.length - 1 ? 240 : 0 }, children: this.runs(l, { bold: b.bold ?? false }),
        }))];
      case 'para':
        return [new Paragraph({
          alignment: ALIGN[b.align ?? 'justify'], indent: { left: (b.indent ?? 0) * MARK_W }, spacing: { after: 120 }, children: this.runs(b.text, { bold: b.bold ?? false }),
        })];
      case 'considerans': {
        const out: Paragraph[] = [];
        this.considerans(b, out);
        return out;
      }
      case 'diktum': {
        const out = [this.labelled(b.label, DIKTUM_W, this.runs(b.text), DIKTUM_W + COLON_W)];
        if (b.list) this.list(b.list, DIKTUM_W + COLON_W, out);
        out.push(spacer());
        return out;
      }
      case 'bab':
        return [centred(`BAB ${roman(b.number)}`, 240), centred(b.title.toUpperCase(), 0, 240)];
      case 'bagian':
        return [centred(`Bagian ${ordinalWord(b.number)}`, 240), centred(b.title, 0, 240)];
      case 'pasal': {
        const out: Paragraph[] = [centred(`Pasal ${b.number}`, 240, 120)];
        (b.ayat ?? []).forEach((a, i) => {
          out.push(new Paragraph({
            alignment: AlignmentType.JUSTIFIED, indent: { left: MARK_W + 142, hanging: MARK_W + 142 }, tabStops: [{ type: TabStopType.LEFT, position: MARK_W + 142 }],
            spacing: { after: 60 }, children: [new TextRun({ text: `(${i + 1})\t`, font: FONT, size: SIZE }), ...this.runs(a.text)],
          }));
          if (a.list) this.list(a.list, MARK_W + 142, out);
        });
        for (const p of b.body ?? []) {
          out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 60 }, children: this.runs(p.text) }));
          if (p.list) this.list(p.list, 0, out);
        }
        return out;
      }
      case 'table':
        return this.table(b, landscape);
      case 'signature':
        return this.signature(b, landscape);
      case 'lampiranHead': {
        const left = Math.round(usable(landscape) * 0.55);
        return b.lines.map((l, i) => new Paragraph({ indent: { left }, spacing: { after: i === b.lines.length - 1 ? 360 : 0 }, children: this.runs(l) }));
      }
      case 'notes':
        return [new Paragraph({
          alignment: AlignmentType.CENTER, shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' }, spacing: { after: 240 },
          children: this.runs([b.title], { bold: true }),
        })];
      case 'pageBreak':
        return [];
    }
  }
}

function centred(text: string, before: number, after = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before, after }, children: [new TextRun({ text: xmlText(text), font: FONT, size: SIZE })] });
}

function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [] });
}

/** The blocks between page breaks, each with its orientation (the break's; the first section portrait). */
function sections(blocks: readonly Block[]): Array<{ landscape: boolean; blocks: Block[] }> {
  const out = [{ landscape: false, blocks: [] as Block[] }];
  for (const b of blocks) {
    if (b.kind === 'pageBreak') out.push({ landscape: b.landscape ?? false, blocks: [] });
    else out[out.length - 1]!.blocks.push(b);
  }
  return out;
}

/** "- 2 -" centred at the top; the first page of the document carries none. */
function pageHeader(): Header {
  return new Header({
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: '- ', font: FONT, size: SIZE }), new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE }), new TextRun({ text: ' -', font: FONT, size: SIZE })],
    })],
  });
}

export async function renderLegalDocx(doc: LegalDoc, opts: { date: Date }): Promise<Uint8Array> {
  const r = new Renderer(opts.date);
  const built = sections(doc.blocks).map((s, i) => ({
    properties: {
      titlePage: i === 0,
      page: {
        size: { orientation: s.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT, width: A4_W, height: A4_H },
        margin: MARGIN,
      },
    },
    headers: { default: pageHeader(), ...(i === 0 ? { first: new Header({ children: [] }) } : {}) },
    children: s.blocks.flatMap((b) => r.block(b, s.landscape)),
  }));
  const document = new Document({
    creator: 'setara',
    title: doc.title,
    lastModifiedBy: 'setara',
    styles: { default: { document: { run: { font: FONT, size: SIZE, language: { value: 'id-ID' } } } } },
    comments: { children: r.comments },
    sections: built,
  });
  const buf = await Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: coreXml(doc.title, opts.date, 'id') }]);
  return pinZipTimes(buf, opts.date);
}
