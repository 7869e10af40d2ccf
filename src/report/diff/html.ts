/**
 * The diff as one self-contained HTML page (inline CSS and SVG, no scripts): the summary, then per OPD whose posts
 * changed its before and after org charts (report/orgchart.ts; the first DIFF_CHART_OPDS OPDs by name) and its changes,
 * then the changes of people and teams. The charts reuse the report's box styles by their look: amber for a new post,
 * struck grey for a removed one, dashed for a move, red for any other change, each with its own marker and legend.
 */
import type { Change, Diff } from '../../model/diff/index.js';
import { kindIsStructural } from '../../model/parse/kind.js';
import { NONE, type Structure } from '../../model/structure.js';
import type { Post } from '../../model/types.js';
import type { Lang, Text } from '../../i18n/index.js';
import { kindLabel, labels } from '../labels.js';
import type { NodeStatus, TreeNode } from '../org-tree.js';
import { escapeXml as esc, orgChartSvg } from '../orgchart.js';
import { byKind, changesCount, describe, details, duplicatesNote, kindTitle, sizes, subject, word, type DiffFormatContext } from './text.js';

export const DIFF_CHART_OPDS = 30;

const CSS = `
body { font-family: Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 13px; line-height: 1.4;
  color: #0f172a; background: #fff; margin: 0 auto; padding: 16px 20px; max-width: 1400px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid #1d4ed8; padding-bottom: 4px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; color: #334155; }
dt { font-weight: bold; }
dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 14px; }
th, td { border: 1px solid #94a3b8; padding: 3px 5px; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
thead th { background: #e2e8f0; }
td.num { text-align: right; }
figure { margin: 8px 0 16px; }
figcaption { font-weight: bold; margin-bottom: 4px; }
.chart { overflow-x: auto; border: 1px solid #e2e8f0; }
.chart svg { display: block; max-width: none; height: auto; }
.note { color: #475569; font-style: italic; }
@page { size: A4 landscape; margin: 10mm; }
@media print { .chart { overflow: visible; border: none; } .chart svg { max-width: 100%; } section.opd { break-before: page; } }
`;

const W = {
  before: { id: 'Sebelum', en: 'Before' },
  after: { id: 'Sesudah', en: 'After' },
  oldFiles: { id: 'Versi lama', en: 'Old version' },
  newFiles: { id: 'Versi baru', en: 'New version' },
  tool: { id: 'Dibuat dengan', en: 'Made with' },
  summary: { id: 'Ringkasan', en: 'Summary' },
  noOpd: { id: '(tanpa OPD)', en: '(no OPD)' },
  people: { id: 'Perubahan pegawai', en: 'Changes of people' },
  teams: { id: 'Perubahan tim kerja', en: 'Changes of work teams' },
  noChart: { id: 'Bagan hanya untuk {n} OPD pertama; perubahan OPD ini ada di tabel.', en: 'Charts only for the first {n} OPDs; the changes of this OPD are in the table.' },
  added: { id: 'ditambah', en: 'added' },
  removed: { id: 'dihapus', en: 'removed' },
  moved: { id: 'pindah atasan', en: 'moved' },
  changed: { id: 'diubah', en: 'changed' },
  markAdded: { id: 'BARU', en: 'NEW' },
  markRemoved: { id: 'HAPUS', en: 'GONE' },
  markMoved: { id: 'PINDAH', en: 'MOVED' },
  markChanged: { id: 'UBAH', en: 'CHANGED' },
} satisfies Record<string, Text>;

export function htmlDiff(diff: Diff, ctx: DiffFormatContext): string {
  const { lang } = ctx;
  const w = (k: keyof typeof W) => W[k][lang];
  const files = (f: Diff['old']) => [f.posts, f.people, f.teams].filter((x): x is string => x !== undefined).join(', ');
  const out: string[] = [];
  out.push(`<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">`);
  out.push(`<title>${esc(word(lang, 'title'))}</title>\n<style>${CSS}</style>\n</head>\n<body>`);
  out.push(`<header>\n<h1>${esc(word(lang, 'title'))}</h1>`);
  out.push(`<dl><dt>${esc(w('oldFiles'))}</dt><dd>${esc(files(diff.old))}</dd><dt>${esc(w('newFiles'))}</dt><dd>${esc(files(diff.new))}</dd>` +
    `<dt>${esc(w('tool'))}</dt><dd>${esc(`${ctx.toolName} ${ctx.toolVersion}`)}</dd></dl>\n</header>\n<main>`);
  out.push(`<section id="ringkasan"><h2>${esc(w('summary'))}</h2>`);
  const note = duplicatesNote(diff, lang);
  if (diff.changes.length === 0) out.push(`<p>${esc(word(lang, 'none'))}</p>`);
  else {
    out.push(`<p><strong>${esc(changesCount(lang, diff.changes.length))}</strong> (${esc(sizes(diff, lang))})</p>`);
    out.push(table([word(lang, 'kind'), word(lang, 'count')], [...byKind(diff.changes)].map(([k, g]) => [esc(kindTitle(lang, k)), `${g.length}`]), [false, true]));
  }
  if (note) out.push(`<p class="note">${esc(note)}</p>`);
  out.push('</section>');

  const posts = diff.changes.filter((c) => c.kind.startsWith('post-'));
  const byOpd = new Map<string, Change[]>();
  for (const c of posts) for (const opd of opdsOf(c)) push(byOpd, opd, c);
  const opds = [...byOpd.keys()].sort(cmp);
  const charted = new Set(opds.slice(0, DIFF_CHART_OPDS));
  const charts = ctx.structures ? chartForests(diff, ctx.structures, charted, lang) : null;
  opds.forEach((opd, i) => {
    out.push(`<section class="opd" id="opd-${i + 1}"><h2>${esc(opd || w('noOpd'))}</h2>`);
    if (charts && charted.has(opd)) {
      for (const stage of ['before', 'after'] as const) {
        const svg = orgChartSvg(charts[stage].get(opd) ?? [], {
          title: `${w(stage)}: ${opd}`, idPrefix: `chart-${i + 1}-${stage}`, markers: markers(lang), legend: legend(lang),
        });
        out.push(`<figure><figcaption>${esc(w(stage))}</figcaption><div class="chart">${svg}</div></figure>`);
      }
    } else if (charts) out.push(`<p class="note">${esc(w('noChart').replace('{n}', String(DIFF_CHART_OPDS)))}</p>`);
    out.push(changesTable(byOpd.get(opd)!, lang));
    out.push('</section>');
  });
  for (const [table, title] of [['person-', w('people')], ['team-', w('teams')]] as const) {
    const list = diff.changes.filter((c) => c.kind.startsWith(table));
    if (list.length) out.push(`<section><h2>${esc(title)}</h2>${changesTable(list, lang)}</section>`);
  }
  out.push('</main>\n</body>\n</html>\n');
  return out.join('\n');
}

/** The OPDs a post change touches: its own, and the one it left when its OPD changed. */
function opdsOf(c: Change): string[] {
  const left = c.fields.find((f) => f.field === 'opd')?.before;
  return left !== undefined && left !== null && left !== c.opd ? [c.opd, left] : [c.opd];
}

function changesTable(changes: readonly Change[], lang: Lang): string {
  const rows = changes.map((c) => [esc(kindTitle(lang, c.kind)), esc(`${c.file}:${c.line}`), esc(subject(c)), esc(details(c, lang))]);
  return table([word(lang, 'kind'), word(lang, 'where'), word(lang, 'subject'), word(lang, 'what')], rows);
}

function table(head: string[], rows: string[][], num: boolean[] = []): string {
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((v, i) => `<td${num[i] ? ' class="num"' : ''}>${v}</td>`).join('')}</tr>`).join('\n');
  return `<table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function markers(lang: Lang): Record<NodeStatus, string> {
  return { kept: '', staff: '', equalised: W.markAdded[lang], dissolved: W.markRemoved[lang], moved: W.markMoved[lang], review: W.markChanged[lang] };
}

function legend(lang: Lang): Record<NodeStatus, string> {
  const l = labels(lang);
  return { kept: l.statusKept, staff: l.statusStaff, equalised: W.added[lang], dissolved: W.removed[lang], moved: W.moved[lang], review: W.changed[lang] };
}

/** Per charted OPD, the forest of each version: one pass over each version's posts. */
function chartForests(diff: Diff, s: { old: Structure; new: Structure }, opds: ReadonlySet<string>, lang: Lang) {
  // The changes of each post, by its id in each version (a re-keyed post's old id on the old side).
  const oldIdOf = new Map<string, string>();
  for (const c of diff.changes) if (c.kind === 'post-rekeyed') oldIdOf.set(c.key, c.oldKey!);
  const before = new Map<string, Change[]>();
  const after = new Map<string, Change[]>();
  for (const c of diff.changes) {
    if (!c.kind.startsWith('post-')) continue;
    if (c.kind !== 'post-added') push(before, oldIdOf.get(c.key) ?? c.key, c);
    if (c.kind !== 'post-removed') push(after, c.key, c);
  }
  return {
    before: forests(s.old, opds, before, lang),
    after: forests(s.new, opds, after, lang),
  };
}

function forests(s: Structure, opds: ReadonlySet<string>, changes: ReadonlyMap<string, Change[]>, lang: Lang): Map<string, TreeNode[]> {
  const l = labels(lang);
  // Posts by their index in the structure.
  const groups = new Map<string, number[]>();
  for (let i = 0; i < s.indexed.length; i++) {
    const opd = s.opdAt(i);
    if (opds.has(opd)) push(groups, opd, i);
  }
  const out = new Map<string, TreeNode[]>();
  for (const [opd, posts] of groups) {
    const inOpd = new Set(posts);
    const placed = new Set<number>();
    const attach = (i: number): TreeNode => {
      placed.add(i);
      const p = s.indexed[i]!;
      const mine = changes.get(p.id) ?? [];
      const node: TreeNode = {
        id: p.id, title: p.name, meta: p.eselon ?? kindLabel(l, p.kind), status: statusOf(p, mine),
        tooltip: [`${p.name} (${p.id})`, ...mine.map((c) => describe(c, lang))].join('\n'), children: [],
      };
      for (let c = s.firstChildAt(i); c !== NONE; c = s.nextSiblingAt(c)) if (inOpd.has(c) && !placed.has(c)) node.children.push(attach(c));
      return node;
    };
    const forest = posts.filter((i) => s.parentAt(i) === NONE || !inOpd.has(s.parentAt(i))).map(attach);
    // A cycle is reached from no root: each post on it not placed yet starts a tree of its own.
    for (const i of posts) if (!placed.has(i)) forest.push(attach(i));
    out.set(opd, forest);
  }
  return out;
}

function statusOf(p: Post, changes: readonly Change[]): NodeStatus {
  if (changes.some((c) => c.kind === 'post-added')) return 'equalised';
  if (changes.some((c) => c.kind === 'post-removed')) return 'dissolved';
  if (changes.some((c) => c.kind === 'post-moved')) return 'moved';
  if (changes.length) return 'review';
  return p.kind !== null && kindIsStructural(p.kind) ? 'kept' : 'staff';
}

function push<K, V>(map: Map<K, V[]>, key: K, v: V): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
