/**
 * The documents setara writes, opened by LibreOffice: each converts to PDF with a plausible number of pages on the
 * paper it should have. One row per document; add a row to check another (name, how to make it, pages, paper).
 * Without `soffice`: a failure in CI (.ci/run installs it), a skip with the reason elsewhere.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { renderMph } from '../../../src/report/draft/mph.js';
import { loadReport } from '../../../src/report/load.js';
import type { ReportModel } from '../../../src/report/model.js';
import { convertToPdf, paperOf, pdfPages, SOFFICE_TIMEOUT_MS, sofficePath, type PdfPage } from '../../helpers/soffice.js';
import { migrateSample, report, SAMPLE } from '../helpers.js';
import { runMain } from '../../helpers/run-main.js';

/** What a row gets to make its document from: the sample regency migrated (with its teams), and a folder to write in. */
interface Sample {
  /** The migrate output folder. */
  dir: string;
  model: ReportModel;
  /** An empty folder for the row's file. */
  out: string;
}

interface DocumentRow {
  name: string;
  /** Writes the document, returns its path. */
  make: (s: Sample) => Promise<string>;
  /** Least and most pages expected. */
  pages: (s: Sample) => readonly [number, number];
  /** The paper of every page; `A4` takes either orientation (a portrait body with landscape lampiran). */
  paper: 'A4 landscape' | 'A4 portrait' | 'A4';
}

const DOCUMENTS: DocumentRow[] = [
  {
    name: 'report --format docx',
    make: async ({ dir, out }) => {
      const file = join(out, 'laporan.docx');
      const r = await report([dir, '--format', 'docx', '--output', file]);
      expect(r.code, r.stderr).toBe(0);
      return file;
    },
    // 48 pages when first measured; the range leaves room for layout changes, not for a lost or doubled section.
    pages: () => [30, 80],
    paper: 'A4 landscape',
  },
  {
    name: 'MPH xlsx (renderMph)',
    make: async ({ model, out }) => {
      const file = join(out, 'mph.xlsx');
      writeFileSync(file, await renderMph(model, { type: 'kabupaten', name: 'Kabupaten Contoh' }, { date: new Date('2026-12-01T00:00:00Z') }));
      return file;
    },
    // The cover, then at least one page per OPD.
    pages: ({ model }) => [model.opds.length + 1, 4 * (model.opds.length + 1)],
    paper: 'A4 landscape',
  },
  ...(['perbup', 'keputusan'] as const).map((kind): DocumentRow => ({
    name: `draft ${kind}`,
    make: async ({ dir, out }) => {
      const file = join(out, `${kind}.docx`);
      const r = await runMain(['draft', kind, dir, '--region', join(SAMPLE, 'region.yaml'), '--output', file]);
      expect(r.code, r.stderr).toBe(0);
      return file;
    },
    // Perbup: 44 pages when first measured (body, then Lampiran I-IV for 16 OPDs); Keputusan: 20 (92 people per OPD).
    pages: () => (kind === 'perbup' ? [25, 80] : [10, 40]),
    // A portrait body, landscape lampiran tables.
    paper: 'A4',
  })),
];

const soffice = sofficePath();
const MISSING = 'soffice (LibreOffice) is not on PATH: install libreoffice-writer-nogui and libreoffice-calc-nogui (.ci/run does)';

/** The soffice to use; in CI its absence fails the test, elsewhere it skips it with the reason. */
function needSoffice(ctx: TestContext): string {
  if (soffice) return soffice;
  if (process.env.CI) throw new Error(MISSING);
  return ctx.skip(MISSING);
}

describe('documents converted by LibreOffice', () => {
  let sample: Sample | undefined;
  beforeAll(async () => {
    if (!soffice) return;
    const dir = await migrateSample(['--ruleset', 'rules.yaml', '--teams', 'teams.csv']);
    sample = { dir, model: await loadReport(dir, SAMPLE), out: '' };
  }, 120_000);

  it.for(DOCUMENTS)('$name converts to PDF with the expected pages and paper', { timeout: SOFFICE_TIMEOUT_MS + 60_000 }, async (doc, ctx) => {
    const bin = needSoffice(ctx);
    const s = { ...sample!, out: mkdtempSync(join(tmpdir(), 'setara-soffice-doc-')) };
    const pages = pdfPages(await convertToPdf(bin, await doc.make(s)));
    const [min, max] = doc.pages(s);
    expect(pages.length).toBeGreaterThanOrEqual(min);
    expect(pages.length).toBeLessThanOrEqual(max);
    const papers = pages.map(paperOf);
    const want = doc.paper === 'A4' ? ['A4 landscape', 'A4 portrait'] : [doc.paper];
    expect(papers.filter((p) => !want.includes(p)), `paper of ${pages.length} pages`).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The page counter itself, on PDFs written here.

/** A PDF whose objects are `bodies` (object n is bodies[n-1]), with a cross-reference table like a real one. */
function pdf(bodies: string[], stream = ''): Buffer {
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  bodies.forEach((b, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${b}\n${i === 0 && stream ? `stream\n${stream}\nendstream\n` : ''}endobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${bodies.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${bodies.length + 1} /Root 2 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

describe('pdfPages', () => {
  const catalog = '<< /Type /Catalog /Pages 3 0 R >>';
  it.each<[string, Buffer, PdfPage[]]>([
    [
      'pages with their own media box, written without spaces (as LibreOffice does)',
      pdf(['<</Length 0>>', catalog, '<</Type/Pages/Kids[4 0 R 5 0 R]/Count 2>>', '<</Type/Page/Parent 3 0 R/MediaBox[0 0 841.89 595.28]>>', '<</Type/Page/Parent 3 0 R/MediaBox[0 0 595 842]>>']),
      [{ width: 841.89, height: 595.28 }, { width: 595, height: 842 }],
    ],
    [
      'a media box inherited through a nested page tree',
      pdf(['<< /Length 0 >>', catalog, '<< /Type /Pages /Kids [4 0 R] /Count 2 /MediaBox [0 0 842 595] >>', '<< /Type /Pages /Parent 3 0 R /Kids [5 0 R 6 0 R] /Count 2 >>', '<< /Type /Page /Parent 4 0 R >>', '<< /Type /Page /Parent 4 0 R >>']),
      [{ width: 842, height: 595 }, { width: 842, height: 595 }],
    ],
    [
      'a stream whose bytes look like a page object',
      pdf(['<< /Length 40 >>', catalog, '<< /Type /Pages /Kids [4 0 R] /Count 1 >>', '<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >>'], '9 0 obj << /Type /Page >> endobj'),
      [{ width: 595, height: 842 }],
    ],
  ])('%s', (_, bytes, want) => {
    expect(pdfPages(bytes)).toEqual(want);
  });

  it('refuses a PDF whose page objects do not add up to the page tree (pages in object streams)', () => {
    const bytes = pdf(['<< /Length 0 >>', catalog, '<< /Type /Pages /Kids [4 0 R 5 0 R] /Count 2 >>', '<< /Type /ObjStm /N 2 >>']);
    expect(() => pdfPages(bytes)).toThrow('0 page objects, but the page tree counts 2');
  });

  it('names A4 paper by orientation, within LibreOffice rounding', () => {
    expect([{ width: 841.89, height: 595.28 }, { width: 842, height: 595 }, { width: 595.3, height: 841.9 }, { width: 612, height: 792 }].map(paperOf))
      .toEqual(['A4 landscape', 'A4 landscape', 'A4 portrait', 'other']);
  });
});
