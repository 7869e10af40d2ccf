/** `setara report`: one entry point over the four renderers; docx and exceljs load only when asked for. */
import type { RenderOptions, ReportModel } from './model.js';

export const REPORT_FORMATS = ['html', 'md', 'docx', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Binary formats never go to stdout. */
export const BINARY_FORMATS: readonly ReportFormat[] = ['docx', 'xlsx'];

/** The format an --output file name implies, if any. */
export function formatFromPath(path: string | undefined): ReportFormat | undefined {
  const m = /\.([a-z]+)$/i.exec(path ?? '');
  const ext = m?.[1]?.toLowerCase();
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'docx') return 'docx';
  if (ext === 'xlsx') return 'xlsx';
  return undefined;
}

export async function renderReport(model: ReportModel, format: ReportFormat, opts: RenderOptions): Promise<string | Uint8Array> {
  switch (format) {
    case 'html':
      return (await import('./html.js')).renderHtml(model, opts);
    case 'md':
      return (await import('./markdown.js')).renderMarkdown(model, opts);
    case 'docx':
      return (await import('./docx.js')).renderDocx(model, opts);
    case 'xlsx':
      return (await import('./xlsx.js')).renderXlsx(model, opts);
  }
}
