/**
 * One self-contained HTML file: inline CSS and inline SVG, no scripts, no fonts or images from anywhere.
 * Printable (A4 landscape, one OPD per page run, table headers repeated), Indonesian by default.
 */
import type { Lang } from '../i18n/index.js';
import { labels, severityLabel, tableCaption, type Labels } from './labels.js';
import type { OpdCounts, RenderOptions, ReportModel } from './model.js';
import { opdViews, type OpdView } from './opd-view.js';
import type { NodeStatus, TreeNode } from './org-tree.js';
import { summaryView } from './summary.js';
import { candidateNames } from './tables.js';
import { escapeXml, orgChartSvg } from './orgchart.js';

const esc = escapeXml;

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif; font-size: 13px; line-height: 1.4;
  color: #0f172a; background: #fff; margin: 0 auto; padding: 16px 20px; max-width: 1400px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 2px solid #1d4ed8; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 20px 0 6px; }
p.meta, dl.meta { color: #334155; margin: 4px 0; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
nav ol { columns: 2; margin: 4px 0 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 14px; table-layout: auto; }
caption { caption-side: top; text-align: left; font-weight: bold; padding: 4px 0; }
th, td { border: 1px solid #94a3b8; padding: 3px 5px; vertical-align: top; text-align: left; }
td { overflow-wrap: anywhere; }
th { overflow-wrap: normal; word-break: normal; }
thead th { background: #e2e8f0; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.nowrap { white-space: nowrap; overflow-wrap: normal; }
tfoot td, tfoot th { font-weight: bold; background: #f1f5f9; }
tr.sev-error td { background: #fee2e2; }
.counts { display: flex; flex-wrap: wrap; gap: 8px; margin: 6px 0; padding: 0; list-style: none; }
.counts li { border: 1px solid #cbd5e1; border-radius: 4px; padding: 2px 8px; background: #f8fafc; }
figure { margin: 8px 0 16px; }
figcaption { font-weight: bold; margin-bottom: 4px; }
.chart { overflow-x: auto; border: 1px solid #e2e8f0; }
.chart svg { display: block; max-width: none; height: auto; }
.none { color: #475569; font-style: italic; }
.opd { break-before: page; page-break-before: always; }
@page { size: A4 landscape; margin: 10mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5px; }
  nav { display: none; }
  .chart { overflow: visible; border: none; }
  .chart svg { max-width: 100%; height: auto; }
  thead { display: table-header-group; }
  tr, figure { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, caption { break-after: avoid; page-break-after: avoid; }
}
`;

export function chartMarkers(l: Labels): Record<NodeStatus, string> {
  return { kept: '', staff: '', equalised: l.markerEqualised, dissolved: l.markerDissolved, review: l.markerReview, moved: l.markerMoved };
}

export function chartLegend(l: Labels): Record<NodeStatus, string> {
  return { kept: l.statusKept, staff: l.statusStaff, equalised: l.statusEqualised, dissolved: l.statusDissolved, review: l.statusReview, moved: l.statusMoved };
}

/** The SVG chart of one OPD, before or after. */
export function opdChart(view: OpdView, stage: 'before' | 'after', lang: Lang, standalone = false): string {
  const l = labels(lang);
  const forest: TreeNode[] = stage === 'before' ? view.before : view.after;
  return orgChartSvg(forest, {
    title: `${stage === 'before' ? l.chartBefore : l.chartAfter}: ${view.opd}`,
    idPrefix: `chart-${view.index}-${stage}`,
    markers: chartMarkers(l),
    legend: chartLegend(l),
    standalone,
  });
}

interface Col {
  head: string;
  num?: boolean;
  /** Never wrapped (NIP, ids, eselon): the column grows instead. */
  nowrap?: boolean;
}

const cls = (c: Col | undefined) => {
  const names = [c?.num ? 'num' : '', c?.nowrap ? 'nowrap' : ''].filter(Boolean).join(' ');
  return names ? ` class="${names}"` : '';
};

/** A cell already in HTML (a link), not escaped. */
export interface RawHtml {
  html: string;
}
type Cell = string | number | RawHtml;
const cellHtml = (v: Cell) => (typeof v === 'object' ? v.html : esc(String(v)));

function table(caption: string, cols: Col[], rows: Cell[][], foot?: Cell[]): string {
  const head = cols.map((c) => `<th scope="col"${cls(c)}>${esc(c.head)}</th>`).join('');
  const line = (r: Cell[]) =>
    r.map((v, i) => (i === 0 ? `<th scope="row"${cls(cols[0])}>${cellHtml(v)}</th>` : `<td${cls(cols[i])}>${cellHtml(v)}</td>`)).join('');
  const body = rows.map((r) => `<tr>${line(r)}</tr>`).join('\n');
  const tfoot = foot ? `<tfoot><tr>${line(foot)}</tr></tfoot>` : '';
  return `<table>\n<caption>${esc(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>${tfoot}\n</table>`;
}

/**
 * The document up to its header: `opd` names the one OPD of a page in the title; `home`, when given, is the index
 * page a page of a split report links back to.
 */
export function pageStart(model: ReportModel, lang: Lang, opd: string | undefined, home?: string): string[] {
  const l = labels(lang);
  const back = home === undefined ? '' : `\n<p class="meta"><a href="${esc(home)}">← ${esc(l.summary)}</a></p>`;
  return [
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="generator" content="${esc(`${model.tool.name} ${model.tool.version}`)}">`,
    `<title>${esc(l.reportTitle)}${opd !== undefined ? ` — ${esc(opd)}` : ''}</title>\n<style>${CSS}</style>\n</head>\n<body>`,
    `<header>\n<h1>${esc(l.reportTitle)}</h1>\n<p class="meta">${esc(l.subtitle)}</p>`,
    `<dl class="meta"><dt>${esc(l.source)}</dt><dd>${esc(model.dir)}</dd><dt>${esc(l.asOf)}</dt><dd>${esc(model.asOf)}</dd>` +
      `<dt>${esc(l.ruleset)}</dt><dd>${esc(model.ruleset.id)}</dd><dt>${esc(l.tool)}</dt><dd>${esc(`${model.tool.name} ${model.tool.version}`)}</dd></dl>${back}\n</header>`,
  ];
}

/**
 * The summary section: counts, the table per OPD (`opdCell` may make each OPD's name a link), findings by type and
 * the rulesets (not with `opdsOnly`: a page of a split report's index lists OPDs only). `cap` numbers the tables.
 */
export function summarySection(model: ReportModel, lang: Lang, cap: (title: string) => string, opdCell: (o: OpdCounts, i: number) => Cell = (o) => o.opd, opdsOnly = false): string[] {
  const l = labels(lang);
  const sum = summaryView(model, lang);
  const out: string[] = [];
  out.push(`<main>\n<section id="ringkasan" aria-labelledby="h-ringkasan"><h2 id="h-ringkasan">${esc(l.summary)}</h2>`);
  out.push(countsList(l, sum.total));
  const numCols = [l.postsBefore, l.postsAfter, l.structuralBefore, l.structuralAfter, l.equalised, l.kept, l.review, l.peopleAffected].map((h) => ({ head: h, num: true }));
  out.push(
    table(
      cap(l.summaryTable),
      [{ head: l.opd }, ...numCols],
      sum.opds.map((o, i) => [opdCell(o, i), o.postsBefore, o.postsAfter, o.structuralBefore, o.structuralAfter, o.equalised, o.kept, o.review, o.peopleAffected]),
      [l.total, sum.total.postsBefore, sum.total.postsAfter, sum.total.structuralBefore, sum.total.structuralAfter, sum.total.equalised, sum.total.kept, sum.total.review, sum.total.peopleAffected],
    ),
  );
  if (opdsOnly) return [...out, '</section>'];
  out.push(
    sum.findings.length
      ? table(
          cap(l.findingsTable),
          [{ head: l.ruleId }, { head: l.severity }, { head: l.count, num: true }, { head: l.description }, { head: l.citation }],
          sum.findings.map((f) => [f.ruleId, severityLabel(l, f.severity), f.count, f.description, f.citation]),
        )
      : none(l.findingsTable, l.none),
  );
  out.push(
    table(
      cap(l.rulesetsTable),
      [{ head: l.rulesetId }, { head: l.file }, { head: l.version }],
      sum.chain.map((c) => [c.id, c.file, c.ruleVersion ?? '—']),
    ),
  );
  out.push('</section>');
  return out;
}

/** The report in one page; `home`: the index a page of a split report links back to (split.ts). */
export function renderHtml(model: ReportModel, opts: RenderOptions, home?: string): string {
  const { lang } = opts;
  const l = labels(lang);
  const views = opdViews(model, lang);
  let tableNo = 0;
  const cap = (title: string) => tableCaption(lang, ++tableNo, title);
  const out = pageStart(model, lang, views.length === 1 ? views[0]!.opd : undefined, home);
  if (views.length > 1) {
    out.push(`<nav aria-label="${esc(l.contents)}"><h2>${esc(l.contents)}</h2><ol>`);
    out.push(`<li><a href="#ringkasan">${esc(l.summary)}</a></li>`);
    for (const v of views) out.push(`<li><a href="#opd-${v.index}">${esc(v.opd)}</a></li>`);
    out.push('</ol></nav>');
  }

  out.push(...summarySection(model, lang, cap));

  // Per OPD
  views.forEach((v, i) => {
    opts.progress?.(i + 1, views.length, v.opd);
    out.push(`<section class="opd" id="opd-${v.index}" aria-labelledby="h-opd-${v.index}">`);
    out.push(`<h2 id="h-opd-${v.index}">${v.index}. ${esc(v.opd)}${v.code ? ` <small>(${esc(v.code)})</small>` : ''}</h2>`);
    out.push(countsList(l, v.counts));
    out.push(`<figure><figcaption>${esc(l.chartBefore)}</figcaption><div class="chart">${opdChart(v, 'before', lang)}</div></figure>`);
    out.push(`<figure><figcaption>${esc(l.chartAfter)}</figcaption><div class="chart">${opdChart(v, 'after', lang)}</div></figure>`);
    const eqTitle = `${l.equalisationTable} — ${v.opd}`;
    out.push(
      v.equalisation.length
        ? table(
            cap(eqTitle),
            [{ head: l.no, num: true }, { head: l.oldPost }, { head: l.eselon, nowrap: true }, { head: l.unit }, { head: l.jf }, { head: l.jenjang }, { head: l.remarks }],
            v.equalisation.map((r) => [r.no, r.oldPost, r.eselon, r.unit, r.jf, r.jenjang, r.remarks]),
          )
        : none(eqTitle, l.none),
    );
    if (v.review.length)
      out.push(
        table(
          cap(`${l.reviewTable} — ${v.opd}`),
          [{ head: l.no, num: true }, { head: l.postId, nowrap: true }, { head: l.oldPost }, { head: l.eselon, nowrap: true }, { head: l.unit }, { head: l.proposedJenjang }, { head: l.candidates }, { head: l.reason }],
          v.review.map((r) => [r.no, r.postId, r.name, r.eselon, r.unit, r.proposedJenjang, candidateNames(r.candidates), r.reason]),
        ),
      );
    const pTitle = `${l.peopleTable} — ${v.opd}`;
    if (!model.hasPeople) out.push(none(pTitle, l.noPeople));
    else
      out.push(
        v.people.length
          ? table(
              cap(pTitle),
              [{ head: l.no, num: true }, { head: l.nip, nowrap: true }, { head: l.name }, { head: l.pangkat }, { head: l.oldNewPost }, { head: l.notes }],
              v.people.map((r) => [r.no, r.nip, r.name, r.pangkat, r.oldNew, r.notes]),
            )
          : none(pTitle, l.none),
      );
    if (v.notEqualised.length)
      out.push(
        table(
          cap(`${l.notEqualisedTable} — ${v.opd}`),
          [{ head: l.no, num: true }, { head: l.nip, nowrap: true }, { head: l.name }, { head: l.pangkat }, { head: l.oldPost }, { head: l.postBecomes }, { head: l.reason }],
          v.notEqualised.map((r) => [r.no, r.nip, r.name, r.pangkat, r.oldPost, r.postBecomes, r.reason]),
        ),
      );
    if (v.teams.length)
      out.push(
        table(
          cap(`${l.teamsTable} — ${v.opd}`),
          [{ head: l.no, num: true }, { head: l.team }, { head: l.owner }, { head: l.leader }, { head: l.members }],
          v.teams.map((t) => [t.no, t.teamName, t.owner, t.leader, t.members]),
        ),
      );
    out.push('</section>');
  });
  out.push('</main>\n</body>\n</html>\n');
  return out.join('\n');
}

/** An empty list: its title and "none", unnumbered (only real tables get a number). */
function none(title: string, text: string): string {
  return `<p class="empty"><strong>${esc(title)}</strong>: <span class="none">${esc(text)}</span></p>`;
}

function countsList(l: Labels, c: { postsBefore: number; structuralBefore: number; structuralAfter: number; equalised: number; kept: number; review: number; peopleAffected: number }): string {
  const items: Array<[string, number]> = [
    [l.postsBefore, c.postsBefore], [l.structuralBefore, c.structuralBefore], [l.structuralAfter, c.structuralAfter],
    [l.equalised, c.equalised], [l.kept, c.kept], [l.review, c.review], [l.peopleAffected, c.peopleAffected],
  ];
  return `<ul class="counts">${items.map(([k, v]) => `<li>${esc(k)}: <strong>${v}</strong></li>`).join('')}</ul>`;
}
