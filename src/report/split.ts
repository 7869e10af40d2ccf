/**
 * `report --split DIR`: one file per OPD, each the report of that OPD alone (what `--opd` gives), for a national
 * dataset whose single document no one could open (and the DOCX library could not build in memory: 4 GB at 50k posts).
 * The OPDs are rendered and written one at a time, so memory holds the model and one OPD's document. HTML also gets
 * `index.html`: the summary of every OPD, each linked to its page.
 */
import { join } from 'node:path';
import { guardTarget, writeFileAtomic, type WriteGuard } from '../io/write.js';
import type { ReportFormat } from './index.js';
import type { RenderOptions, ReportFinding, ReportModel, ReportPerson, ReportPost, ReportTeam } from './model.js';

/** The file name extension of each format. */
const EXTENSION: Record<ReportFormat, string> = { html: 'html', md: 'md', docx: 'docx', xlsx: 'xlsx' };

export const SPLIT_INDEX = 'index.html';

/**
 * The model of each OPD in plan order, equal to `restrictToOpd(model, opd)`, from one pass over the posts, people,
 * teams and findings (restrictToOpd per OPD would read a million posts once for each of 30,000 OPDs).
 */
export function* opdModels(model: ReportModel): Generator<ReportModel> {
  const posts = new Map<string, ReportPost[]>();
  const people = new Map<string, ReportPerson[]>();
  const teams = new Map<string, ReportTeam[]>();
  const findings = new Map<string, ReportFinding[]>();
  for (const o of model.opds) {
    posts.set(o.opd, []);
    people.set(o.opd, []);
    teams.set(o.opd, []);
    findings.set(o.opd, []);
  }
  // Findings name a post; only the posts some finding names are looked up.
  const named = new Set<string>();
  for (const f of model.findings) if (f.postId !== undefined) named.add(f.postId);
  const opdOfPost = new Map<string, string[]>();
  for (const p of model.posts) {
    posts.get(p.opd)?.push(p);
    if (!named.has(p.id)) continue;
    // A repeated id (an edited mapping.csv) is in each of its OPDs, as restrictToOpd has it.
    const list = opdOfPost.get(p.id);
    if (!list) opdOfPost.set(p.id, [p.opd]);
    else if (!list.includes(p.opd)) list.push(p.opd);
  }
  for (const p of model.people) people.get(p.opd)?.push(p);
  for (const t of model.teams) teams.get(t.opd)?.push(t);
  for (const f of model.findings) for (const opd of opdOfPost.get(f.postId ?? '') ?? []) findings.get(opd)?.push(f);
  for (const o of model.opds) {
    yield { ...model, opds: [o], posts: posts.get(o.opd)!, people: people.get(o.opd)!, teams: teams.get(o.opd)!, findings: findings.get(o.opd)! };
    // Each OPD's lists are garbage once its file is written.
    for (const m of [posts, people, teams, findings]) m.delete(o.opd);
  }
}

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

/** Writes one report per OPD into the folder (and index.html for HTML); returns the names of the files written. */
export async function writeSplitReport(model: ReportModel, format: ReportFormat, target: SplitTarget, opts: RenderOptions): Promise<string[]> {
  const total = model.opds.length;
  const names = model.opds.map((o, i) => splitFileName(i + 1, total, o.opd, format));
  const write = (name: string, data: string | Uint8Array) => writeFileAtomic(join(target.dir, name), data, join(target.dir, name), target.guard);
  // Every name is checked before the first is written: a refused file (one that exists, without --force) leaves the
  // folder as it was.
  for (const name of format === 'html' ? [...names, SPLIT_INDEX] : names) guardTarget(join(target.dir, name), join(target.dir, name), target.guard);
  const render = await renderer(format);
  let i = 0;
  for (const one of opdModels(model)) {
    opts.progress?.(i + 1, total, one.opds[0]!.opd);
    await write(names[i]!, await render(one, { lang: opts.lang }, SPLIT_INDEX));
    i++;
  }
  if (format !== 'html') return names;
  const { renderHtmlIndex } = await import('./html-site.js');
  await write(SPLIT_INDEX, renderHtmlIndex(model, { lang: opts.lang }, names));
  return [...names, SPLIT_INDEX];
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
