/**
 * A legal document (Perbup, Keputusan) as data: blocks of runs that one DOCX renderer and one Markdown renderer
 * both draw, so the two outputs never disagree. The builders (perbup.ts, keputusan.ts) decide the words; the
 * renderers decide only the looks (UU 12/2011 Lampiran II: capitals, centring, numbering are given here as data).
 */
import { numberWords } from './perbup-text.js';

/**
 * A run of text. A placeholder is what the region file left out: highlighted in DOCX, `[[…]]` in Markdown, and
 * listed in the checklist under its key. Unconfirmed text rests on a basis the drafter must check (never shown as
 * settled): DOCX marks it with a comment-coloured highlight, Markdown with a footnote-like `(?)` and the reason.
 */
export type Run =
  | string
  | { text: string; bold?: boolean; italic?: boolean }
  | { placeholder: string; /** what the drafter fills in, shown in the document */ hint: string }
  | { text: string; unconfirmed: string };

export type Line = readonly Run[];

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A numbered or lettered list; the style follows UU 12/2011 Lampiran II levels: a. → 1. → a) → 1). */
export interface List {
  style: 'alpha' | 'num' | 'alpha-paren' | 'num-paren';
  items: ReadonlyArray<{ text: Line; sub?: List }>;
}

export interface TableColumn {
  head: string;
  /** Share of the usable width. */
  w: number;
}

export type Block =
  /** Centred capitals lines (judul, enacting office, lampiran name). */
  | { kind: 'heading'; lines: readonly Line[]; bold?: boolean }
  | { kind: 'para'; text: Line; align?: Align; /** left indent in list levels */ indent?: number; bold?: boolean }
  /** "Menimbang :" / "Mengingat :" with its items (a., b. … or 1., 2. …). */
  | { kind: 'considerans'; label: string; list: List }
  | { kind: 'bab'; number: number; title: string }
  | { kind: 'bagian'; number: number; title: string }
  /** A Pasal: its number (continuous through the document) and either ayat "(1)…" or plain paragraphs. */
  | { kind: 'pasal'; number: number; ayat?: ReadonlyArray<{ text: Line; list?: List }>; body?: ReadonlyArray<{ text: Line; list?: List }> }
  | { kind: 'table'; caption?: string; columns: readonly TableColumn[]; rows: ReadonlyArray<readonly Line[]>; /** repeat the header row on every page */ repeatHeader?: boolean }
  /**
   * Place and date on the right, office with a comma, space for the signature, the full name without titles. The
   * renderers write the fixed words: "Ditetapkan di" / "pada tanggal" (or "Diundangkan di" / "pada tanggal" when
   * `promulgation`) before place and date, and the comma after the office unless it ends with one. Empty
   * place and date: the closing of a lampiran (office and name only).
   */
  | { kind: 'signature'; place: Line; date: Line; office: Line; name: Line; /** "Diundangkan di …" block: promulgation by the Sekda */ promulgation?: boolean }
  /**
   * One diktum of a Keputusan, or "Menetapkan": the label on the left ("KESATU", "Menetapkan"), a colon, and the text
   * hanging beside it (UU 12/2011 Lampiran II: a Keputusan states its decisions as KESATU, KEDUA, …).
   */
  | { kind: 'diktum'; label: string; text: Line; list?: List }
  /**
   * Everything after this block is for the drafter only and not part of the instrument (e.g. people who cannot be
   * appointed): the renderers mark it as such, and the checks never count it as a lampiran.
   */
  | { kind: 'notes'; title: string }
  /** The top-right block of a lampiran: LAMPIRAN I PERATURAN BUPATI … NOMOR … TAHUN … TENTANG … */
  | { kind: 'lampiranHead'; lines: readonly Line[] }
  | { kind: 'pageBreak'; landscape?: boolean };

export interface LegalDoc {
  /** For the DOCX core properties and the Markdown top heading. */
  title: string;
  /** Portrait for the body; a section that holds wide tables may turn landscape (pageBreak.landscape). */
  blocks: readonly Block[];
}

/** One thing the drafter must still do or fill in: every placeholder, and the procedural steps. */
export interface ChecklistItem {
  key: string;
  text: string;
  /** Where in the document (e.g. "Pasal 12", "Lampiran II"). */
  where: string[];
}

// ---------------------------------------------------------------------------------------------------------------
// Reading a document back (checklist, checks)

/** A line as plain text; a placeholder as `show` makes it (its hint in brackets unless told). */
export function lineText(line: Line, show: (p: { placeholder: string; hint: string }) => string = (p) => `[${p.hint}]`): string {
  return line.map((r) => (typeof r === 'string' ? r : 'placeholder' in r ? show(r) : r.text)).join('');
}

/** Whether a signature's office already ends with its comma (the renderers add it otherwise). */
export function endsWithComma(line: Line): boolean {
  return lineText(line).trimEnd().endsWith(',');
}

function listLines(list: List): Line[] {
  return list.items.flatMap((it) => [it.text, ...(it.sub ? listLines(it.sub) : [])]);
}

/** Every line of a block in document order: text, list items, table caption and cells. */
export function blockLines(b: Block): Line[] {
  switch (b.kind) {
    case 'heading': case 'lampiranHead': return [...b.lines];
    case 'para': return [b.text];
    case 'considerans': return listLines(b.list);
    case 'diktum': return [b.text, ...(b.list ? listLines(b.list) : [])];
    case 'bab': case 'bagian': return [[b.title]];
    case 'pasal': return [...(b.ayat ?? []), ...(b.body ?? [])].flatMap((a) => [a.text, ...(a.list ? listLines(a.list) : [])]);
    case 'table': return [...(b.caption ? [[b.caption]] : []), ...b.rows.flat()];
    case 'signature': return [b.place, b.date, b.office, b.name];
    case 'notes': return [[b.title]];
    case 'pageBreak': return [];
  }
}

/** Part of a document a block sits in: the lampiran it belongs to, the drafter's notes, or the instrument itself. */
export type Part = { kind: 'body' | 'lampiran' | 'notes'; /** "Judul", "Menimbang", "Diktum KESATU", "Pasal 3", "Lampiran II" */ where: string };

const ROMAN: Array<[number, string]> = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

/** "Kesatu", "Kedua", …: Bagian and diktum numbers in words (UU 12/2011 Lampiran II). */
export function ordinalWord(n: number): string {
  return `Ke${numberWords(n)}`;
}

export function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN) while (n >= v) (out += s), (n -= v);
  return out;
}

/** Where each block sits, in the document's own names (for the checklist's "where" and the checks' messages). */
export function locate(blocks: readonly Block[]): Part[] {
  let part: Part = { kind: 'body', where: 'Judul' };
  return blocks.map((b) => {
    if (b.kind === 'lampiranHead') {
      const n = /^LAMPIRAN(\s+[IVXL]+)?\b/i.exec(lineText(b.lines[0] ?? []).trim())?.[1] ?? '';
      part = { kind: 'lampiran', where: `Lampiran${n}` };
    } else if (b.kind === 'notes') part = { kind: 'notes', where: 'Catatan penyusun' };
    else if (part.kind === 'body') {
      if (b.kind === 'considerans') part = { kind: 'body', where: b.label };
      else if (b.kind === 'diktum') part = { kind: 'body', where: b.label === 'Menetapkan' ? b.label : `Diktum ${b.label}` };
      else if (b.kind === 'bab') part = { kind: 'body', where: `BAB ${roman(b.number)}` };
      else if (b.kind === 'pasal') part = { kind: 'body', where: `Pasal ${b.number}` };
      else if (b.kind === 'signature') part = { kind: 'body', where: 'Penutup' };
    }
    return part;
  });
}
