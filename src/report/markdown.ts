/** The report as Markdown: the same summary and tables as the HTML (no charts). */
import { labels, severityLabel, tableCaption } from './labels.js';
import type { RenderOptions, ReportModel } from './model.js';
import { opdViews } from './opd-view.js';
import { summaryView } from './summary.js';
import { candidateNames } from './tables.js';

/** Table cell text: one line, Markdown and HTML punctuation escaped. */
export function mdCell(v: string | number): string {
  return String(v)
    .replace(/\r?\n|\r/g, ' ')
    .replace(/([\\`*_[\]|#])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A cell already in Markdown (not escaped). */
interface Raw {
  raw: string;
}
type Cell = string | number | Raw;
const cell = (v: Cell) => (typeof v === 'object' ? v.raw : mdCell(v));

function table(header: string[], rows: Cell[][], numeric: boolean[] = []): string {
  const head = `| ${header.map(mdCell).join(' | ')} |`;
  const rule = `|${header.map((_, i) => (numeric[i] ? '--:' : '---')).join('|')}|`;
  return [head, rule, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** An empty list: its title and "none", unnumbered (only real tables get a number). */
function none(title: string, text: string): string {
  return `**${mdCell(title)}**: _${mdCell(text)}_`;
}

export function renderMarkdown(model: ReportModel, opts: RenderOptions): string {
  const { lang } = opts;
  const l = labels(lang);
  const sum = summaryView(model, lang);
  const views = opdViews(model, lang);
  let tableNo = 0;
  const cap = (title: string) => `**${mdCell(tableCaption(lang, ++tableNo, title))}**`;
  const out: string[] = [];
  out.push(`# ${mdCell(l.reportTitle)}`, '', mdCell(l.subtitle), '');
  out.push(`- ${l.source}: ${mdCell(model.dir)}`, `- ${l.asOf}: ${mdCell(model.asOf)}`, `- ${l.ruleset}: ${mdCell(model.ruleset.id)}`, `- ${l.tool}: ${mdCell(`${model.tool.name} ${model.tool.version}`)}`, '');

  out.push(`## ${l.summary}`, '');
  const t = sum.total;
  out.push(
    `${l.postsBefore}: **${t.postsBefore}**, ${l.structuralBefore}: **${t.structuralBefore}**, ${l.structuralAfter}: **${t.structuralAfter}**, ` +
      `${l.equalised}: **${t.equalised}**, ${l.kept}: **${t.kept}**, ${l.review}: **${t.review}**, ${l.peopleAffected}: **${t.peopleAffected}**`,
    '',
  );
  out.push(cap(l.summaryTable), '');
  out.push(
    table(
      [l.opd, l.postsBefore, l.postsAfter, l.structuralBefore, l.structuralAfter, l.equalised, l.kept, l.review, l.peopleAffected],
      [
        ...sum.opds.map((o) => [o.opd, o.postsBefore, o.postsAfter, o.structuralBefore, o.structuralAfter, o.equalised, o.kept, o.review, o.peopleAffected]),
        [{ raw: `**${mdCell(l.total)}**` }, t.postsBefore, t.postsAfter, t.structuralBefore, t.structuralAfter, t.equalised, t.kept, t.review, t.peopleAffected],
      ],
      [false, true, true, true, true, true, true, true, true],
    ),
    '',
  );
  if (sum.findings.length)
    out.push(
      cap(l.findingsTable), '',
      table([l.ruleId, l.severity, l.count, l.description, l.citation], sum.findings.map((f) => [f.ruleId, severityLabel(l, f.severity), f.count, f.description, f.citation]), [false, false, true]),
      '',
    );
  else out.push(none(l.findingsTable, l.none), '');
  out.push(cap(l.rulesetsTable), '');
  out.push(table([l.rulesetId, l.file, l.version], sum.chain.map((c) => [c.id, c.file, c.ruleVersion ?? '—'])), '');

  views.forEach((v, i) => {
    opts.progress?.(i + 1, views.length, v.opd);
    out.push(`## ${v.index}. ${mdCell(v.opd)}${v.code ? ` (${mdCell(v.code)})` : ''}`, '');
    const c = v.counts;
    out.push(
      `${l.postsBefore}: **${c.postsBefore}**, ${l.structuralBefore}: **${c.structuralBefore}**, ${l.structuralAfter}: **${c.structuralAfter}**, ` +
        `${l.equalised}: **${c.equalised}**, ${l.kept}: **${c.kept}**, ${l.review}: **${c.review}**, ${l.peopleAffected}: **${c.peopleAffected}**`,
      '',
    );
    const eqTitle = `${l.equalisationTable} — ${v.opd}`;
    if (v.equalisation.length)
      out.push(
        cap(eqTitle), '',
        table([l.no, l.oldPost, l.eselon, l.unit, l.jf, l.jenjang, l.remarks], v.equalisation.map((r) => [r.no, r.oldPost, r.eselon, r.unit, r.jf, r.jenjang, r.remarks]), [true]),
        '',
      );
    else out.push(none(eqTitle, l.none), '');
    if (v.review.length) {
      out.push(cap(`${l.reviewTable} — ${v.opd}`), '');
      out.push(
        table(
          [l.no, l.postId, l.oldPost, l.eselon, l.unit, l.proposedJenjang, l.candidates, l.reason],
          v.review.map((r) => [r.no, r.postId, r.name, r.eselon, r.unit, r.proposedJenjang, candidateNames(r.candidates), r.reason]),
          [true],
        ),
        '',
      );
    }
    const pTitle = `${l.peopleTable} — ${v.opd}`;
    if (model.hasPeople && v.people.length)
      out.push(cap(pTitle), '', table([l.no, l.nip, l.name, l.pangkat, l.oldNewPost, l.notes], v.people.map((r) => [r.no, r.nip, r.name, r.pangkat, r.oldNew, r.notes]), [true]), '');
    else out.push(none(pTitle, model.hasPeople ? l.none : l.noPeople), '');
    if (v.notEqualised.length)
      out.push(
        cap(`${l.notEqualisedTable} — ${v.opd}`), '',
        table([l.no, l.nip, l.name, l.pangkat, l.oldPost, l.postBecomes, l.reason], v.notEqualised.map((r) => [r.no, r.nip, r.name, r.pangkat, r.oldPost, r.postBecomes, r.reason]), [true]),
        '',
      );
    if (v.teams.length) {
      out.push(cap(`${l.teamsTable} — ${v.opd}`), '');
      out.push(table([l.no, l.team, l.owner, l.leader, l.members], v.teams.map((r) => [r.no, r.teamName, r.owner, r.leader, r.members]), [true]), '');
    }
  });
  return `${out.join('\n').trimEnd()}\n`;
}
