/**
 * `report --split DIR`: one file per OPD, each the report of that OPD alone (what `--opd` gives), for a national
 * dataset whose single document no one could open (and the DOCX library could not build in memory: 4 GB at 50k posts).
 * The OPDs are read (opd-source.ts), rendered and written one at a time, so memory holds an index of the directory
 * and one OPD's model and document. HTML also gets `index.html`: the summary of every OPD, each linked to its page.
 */
import { join } from 'node:path';
import { guardTarget, writeFileAtomic, type WriteGuard } from '../io/write.js';
import { htmlIndexPageNames, INDEX_PAGE_OPDS } from './html-site-pages.js';
import type { ReportFormat } from './index.js';
import type { RenderOptions, ReportModel } from './model.js';
import type { OpdSource } from './opd-source.js';

/** The file name extension of each format. */
const EXTENSION: Record<ReportFormat, string> = { html: 'html', md: 'md', docx: 'docx', xlsx: 'xlsx' };

export const SPLIT_INDEX = 'index.html';

/** `0007-dinas-kesehatan.docx`: the OPD's place in the report (fixed width, so names sort in it) and its name. */
export function splitFileName(index: number, total: number, opd: string, format: ReportFormat): string {
  const slug = opd
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${String(index).padStart(String(total).length, '0')}${slug ? `-${slug}` : ''}.${EXTENSION[format]}`;
}

export interface SplitTarget {
  /** The folder, as given (relative to guard.cwd). */
  dir: string;
  guard: WriteGuard;
}

/**
 * Writes one report per OPD into the folder (and index.html for HTML), reading each OPD's model from the source only
 * when its turn comes; returns the names of the files written.
 */
export async function writeSplitReport(source: OpdSource, format: ReportFormat, target: SplitTarget, opts: RenderOptions): Promise<string[]> {
  const { summary } = source;
  const total = summary.opds.length;
  const names = summary.opds.map((o, i) => splitFileName(i + 1, total, o.opd, format));
  const write = (name: string, data: string | Uint8Array) => writeFileAtomic(join(target.dir, name), data, join(target.dir, name), target.guard);
  // Every name is checked before the first is written: a refused file (one that exists, without --force) leaves the
  // folder as it was.
  const indexPages = format === 'html' ? htmlIndexPageNames(total) : [];
  for (const name of format === 'html' ? [...names, SPLIT_INDEX, ...indexPages] : names) guardTarget(join(target.dir, name), join(target.dir, name), target.guard);
  const render = await renderer(format);
  let i = 0;
  for await (const one of source.models()) {
    opts.progress?.(i + 1, total, summary.opds[i]!.opd);
    // A page links back to the index page that lists it (index.html when it lists every OPD).
    await write(names[i]!, await render(one, { lang: opts.lang }, indexPages[Math.floor(i / INDEX_PAGE_OPDS)] ?? SPLIT_INDEX));
    i++;
  }
  if (format !== 'html') return names;
  const { renderHtmlSite } = await import('./html-site.js');
  const site = renderHtmlSite(summary, { lang: opts.lang }, names, SPLIT_INDEX);
  await write(SPLIT_INDEX, site.index);
  for (const page of site.pages) await write(page.name, page.text);
  return [...names, SPLIT_INDEX, ...site.pages.map((p) => p.name)];
}

type Render = (model: ReportModel, opts: RenderOptions, home: string) => string | Uint8Array | Promise<string | Uint8Array>;

/** The renderer of a format, loaded once for all OPDs; an HTML page links back to the index. */
async function renderer(format: ReportFormat): Promise<Render> {
  switch (format) {
    case 'html': {
      const { renderHtml } = await import('./html.js');
      return (m, o, home) => renderHtml(m, o, home);
    }
    case 'md':
      return (await import('./markdown.js')).renderMarkdown;
    case 'docx':
      return (await import('./docx.js')).renderDocx;
    case 'xlsx':
      return (await import('./xlsx.js')).renderXlsx;
  }
}
