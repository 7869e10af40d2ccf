/**
 * The two renderers of a LegalDoc: DOCX (paragraph order and text, highlights, comments, repeated table header,
 * landscape section, same bytes twice) and Markdown (placeholders, unconfirmed text with its footnote).
 */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LegalDoc } from '../../../src/report/draft/legal-doc.js';
import { renderLegalDocx } from '../../../src/report/draft/render-docx.js';
import { renderLegalMarkdown } from '../../../src/report/draft/render-markdown.js';

const DATE = new Date('2026-12-01T00:00:00Z');

const DOC: LegalDoc = {
  title: 'Keputusan Bupati Uji',
  blocks: [
    { kind: 'heading', bold: true, lines: [['KEPUTUSAN BUPATI UJI'], ['NOMOR ', { placeholder: 'keputusan.number', hint: 'nomor Keputusan Bupati' }]] },
    { kind: 'considerans', label: 'Menimbang', list: { style: 'alpha', items: [{ text: ['bahwa satu;'] }, { text: ['bahwa dua;'] }] } },
    { kind: 'considerans', label: 'Mengingat', list: { style: 'num', items: [{ text: ['Peraturan X ', { text: 'tentang Y', unconfirmed: 'judul belum dicocokkan' }, ';'] }] } },
    { kind: 'diktum', label: 'KESATU', text: ['Mengangkat 2 (dua) orang | sebagaimana tercantum dalam Lampiran.'] },
    { kind: 'signature', place: ['Sukamaju'], date: [{ placeholder: 'keputusan.enacted', hint: 'tanggal penetapan' }], office: ['BUPATI UJI'], name: ['BUDI'] },
    { kind: 'pageBreak', landscape: true },
    { kind: 'lampiranHead', lines: [['LAMPIRAN'], ['KEPUTUSAN BUPATI UJI']] },
    {
      kind: 'table', caption: 'A. DINAS: 2 (dua) orang', repeatHeader: true, columns: [{ head: 'No', w: 1 }, { head: 'NIP', w: 3 }],
      rows: [[['1'], ['198001012005011001']], [['2'], ['198001012005011002']]],
    },
  ],
};

/** The text of each paragraph of the body (tables' cells are paragraphs too), in order. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('').replace(/&amp;/g, '&'));
}

/** Each run with text: its text and highlight colour. */
function runs(xml: string): Array<{ text: string; highlight: string | undefined }> {
  return [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].flatMap((m) => {
    const text = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/.exec(m[1]!)?.[1];
    return text === undefined ? [] : [{ text, highlight: /<w:highlight w:val="(\w+)"\/>/.exec(m[1]!)?.[1] }];
  });
}

let bytes: Uint8Array;
let zip: JSZip;
let xml: string;

beforeAll(async () => {
  bytes = await renderLegalDocx(DOC, { date: DATE });
  zip = await JSZip.loadAsync(bytes);
  xml = await zip.file('word/document.xml')!.async('string');
});

describe('renderLegalDocx', () => {
  it('writes the blocks in order, with labels, markers and the signature words', () => {
    expect(paragraphs(xml).filter(Boolean)).toEqual([
      'KEPUTUSAN BUPATI UJI',
      'NOMOR [nomor Keputusan Bupati]',
      'Menimbang\t:\ta.\tbahwa satu;',
      'b.\tbahwa dua;',
      // A single item is not numbered.
      'Mengingat\t:\tPeraturan X tentang Y;',
      'KESATU\t:\tMengangkat 2 (dua) orang | sebagaimana tercantum dalam Lampiran.',
      'Ditetapkan di Sukamaju',
      'pada tanggal [tanggal penetapan]',
      'BUPATI UJI,',
      'BUDI',
      'LAMPIRAN',
      'KEPUTUSAN BUPATI UJI',
      'A. DINAS: 2 (dua) orang',
      'No', 'NIP', '1', '198001012005011001', '2', '198001012005011002',
    ]);
  });

  it('highlights placeholders yellow and unconfirmed text turquoise, with the reason as a comment', async () => {
    const r = runs(xml);
    expect(r.filter((x) => x.highlight === 'yellow').map((x) => x.text)).toEqual(['[nomor Keputusan Bupati]', '[tanggal penetapan]']);
    expect(r.filter((x) => x.highlight === 'cyan').map((x) => x.text)).toEqual(['tentang Y']);
    expect(r.filter((x) => x.highlight === undefined).map((x) => x.text)).toContain('BUDI');
    const comments = await zip.file('word/comments.xml')!.async('string');
    expect(comments).toContain('Belum terkonfirmasi: judul belum dicocokkan');
    expect(xml).toMatch(/<w:commentRangeStart w:id="0"\/>[\s\S]*tentang Y[\s\S]*<w:commentRangeEnd w:id="0"\/>/);
  });

  it('repeats the table header row and puts the lampiran in a landscape section', () => {
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    const sections = [...xml.matchAll(/<w:pgSz [^>]*\/>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    expect(sections[0]).not.toContain('landscape');
    expect(sections[1]).toContain('w:orient="landscape"');
    expect(xml).toContain('w:ascii="Bookman Old Style"');
  });

  it('writes the same bytes twice, dated by the given date', async () => {
    expect(Buffer.from(await renderLegalDocx(DOC, { date: DATE })).equals(Buffer.from(bytes))).toBe(true);
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain('2026-12-01T00:00:00Z');
  });
});

describe('renderLegalMarkdown', () => {
  const md = renderLegalMarkdown(DOC);

  it('writes placeholders as [[hint]] and unconfirmed text with (?) and a footnote', () => {
    expect(md).toContain('**NOMOR [[nomor Keputusan Bupati]]**');
    expect(md).toContain('**Mengingat** : Peraturan X tentang Y (?)[^1];');
    expect(md).toContain('[^1]: Belum terkonfirmasi: judul belum dicocokkan');
    expect(md).toContain('pada tanggal [[tanggal penetapan]]');
  });

  it('keeps list markers, escapes Markdown characters and writes tables', () => {
    expect(md).toContain('- a\\. bahwa satu;\n- b\\. bahwa dua;');
    expect(md).toContain('**KESATU** : Mengangkat 2 (dua) orang \\| sebagaimana');
    expect(md).toContain('| No | NIP |\n|---|---|\n| 1 | 198001012005011001 |\n| 2 | 198001012005011002 |');
  });
});
