/**
 * Human output, in the spirit of ESLint's `stylish`: findings grouped per file, aligned columns, the legal basis
 * and the offending value dimmed on the line below, a localised summary at the end. Colour only through
 * `ctx.color`; with `null` the output is plain text. `stylishByRule` is the short form, one row per rule.
 */
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../../i18n/index.js';
import { formatCitation, severityRank } from '../../model/finding.js';
import type { Finding, Severity } from '../../model/finding.js';
import { compareFindingsTotal, countSeverities, severityWord, sortFindings } from './context.js';
import type { FormatContext } from './context.js';

const TEXT: Record<Lang, { none: string; problems: (n: number) => string; value: string; suppressed: (n: number) => string }> = {
  id: { none: 'Tidak ada masalah.', problems: (n) => `${n} masalah`, value: 'nilai', suppressed: (n) => `${n} temuan dikecualikan (alasannya: --format json)` },
  en: {
    none: 'No problems found.', problems: (n) => `${n} ${n === 1 ? 'problem' : 'problems'}`, value: 'value',
    suppressed: (n) => `${n} ${n === 1 ? 'finding' : 'findings'} suppressed (reasons: --format json)`,
  },
};

type Paint = (s: string) => string;
const plain: Paint = (s) => s;

export function* stylish(all: readonly Finding[], ctx: FormatContext): Generator<string> {
  const c = ctx.color;
  const t = TEXT[ctx.lang];
  // Suppressed findings are counted, not listed: their reasons are in the json and SARIF reports.
  const findings = all.filter((f) => f.suppressed === undefined);
  const suppressed = all.length - findings.length;
  const suppressedNote = suppressed > 0 ? `${paint(c, (k) => k.dim)(t.suppressed(suppressed))}\n` : '';
  if (findings.length === 0) {
    yield `${paint(c, (k) => k.green)(t.none)}\n${suppressedNote}`;
    return;
  }

  const sevPaint = severityPaints(c);
  const dim = paint(c, (k) => k.dim);
  const underline = paint(c, (k) => k.underline);

  const groups = new Map<string, Finding[]>();
  for (const f of sortFindings(findings)) {
    const g = groups.get(f.file);
    if (g) g.push(f);
    else groups.set(f.file, [f]);
  }

  for (const [file, group] of groups) {
    // Column widths first, then the lines: a pass more over the group instead of a row object per finding.
    let wPos = 0;
    let wSev = 0;
    let wMsg = 0;
    for (const f of group) {
      wPos = Math.max(wPos, position(f).length);
      wSev = Math.max(wSev, severityWord(ctx.lang, f.severity).length);
      wMsg = Math.max(wMsg, visible(f.message).length);
    }
    yield `${underline(visible(file))}\n`;
    for (const f of group) {
      yield (
        `  ${dim(position(f).padEnd(wPos))}  ${sevPaint[f.severity](severityWord(ctx.lang, f.severity).padEnd(wSev))}  ` +
        `${visible(f.message).padEnd(wMsg)}  ${dim(visible(f.ruleId))}\n`
      );
      const extra: string[] = [];
      const citation = formatCitation(f.citation);
      if (citation) extra.push(visible(citation));
      if (f.value !== undefined) extra.push(`${t.value}: ${quote(f.value)}`);
      if (extra.length > 0) yield `  ${' '.repeat(wPos)}  ${' '.repeat(wSev)}  ${dim(extra.join(' · '))}\n`;
    }
    yield '\n';
  }

  const n = countSeverities(findings);
  const summary =
    `✖ ${t.problems(findings.length)} (${n.errors} ${severityWord(ctx.lang, 'error', n.errors)}, ` +
    `${n.warnings} ${severityWord(ctx.lang, 'warning', n.warnings)}, ` +
    `${n.infos} ${severityWord(ctx.lang, 'info', n.infos)})`;
  const worst: Severity = n.errors > 0 ? 'error' : n.warnings > 0 ? 'warning' : 'info';
  const bold = paint(c, (k) => k.bold);
  yield `${bold(sevPaint[worst](summary))}\n${suppressedNote}`;
}

/**
 * The short form for a big run (migrate's stderr): one row per rule and severity — count, severity, rule id, where it
 * first occurs (file:line) and what it says there — most severe first, then most frequent, then by where it first
 * occurs. Empty without findings.
 * One pass over the findings, no sort of them: a million findings make a handful of rows.
 */
export function stylishByRule(findings: readonly Finding[], ctx: Pick<FormatContext, 'lang' | 'color'>): string {
  const groups = new Map<string, { first: Finding; count: number }>();
  for (const f of findings) {
    const key = `${f.severity}\u0000${f.ruleId}`;
    const g = groups.get(key);
    if (!g) groups.set(key, { first: f, count: 1 });
    else {
      g.count++;
      if (compareFindingsTotal(f, g.first) < 0) g.first = f;
    }
  }
  const rows = [...groups.values()]
    .sort((a, b) => severityRank[b.first.severity] - severityRank[a.first.severity] || b.count - a.count || compareFindingsTotal(a.first, b.first))
    .map(({ first, count }) => ({
      first,
      count: String(count),
      sev: severityWord(ctx.lang, first.severity),
      rule: visible(first.ruleId),
      at: first.line !== undefined ? `${visible(first.file)}:${first.line}` : visible(first.file),
    }));
  if (rows.length === 0) return '';
  const width = (k: 'count' | 'sev' | 'rule' | 'at') => Math.max(...rows.map((r) => r[k].length));
  const [wCount, wSev, wRule, wAt] = [width('count'), width('sev'), width('rule'), width('at')];
  const sevPaint = severityPaints(ctx.color);
  const dim = paint(ctx.color, (k) => k.dim);
  return rows
    .map((r) => `  ${r.count.padStart(wCount)}× ${sevPaint[r.first.severity](r.sev.padEnd(wSev))}  ${r.rule.padEnd(wRule)}  ${dim(r.at.padEnd(wAt))}  ${visible(r.first.message)}\n`)
    .join('');
}

function severityPaints(c: ChalkInstance | null): Record<Severity, Paint> {
  return { error: paint(c, (k) => k.red), warning: paint(c, (k) => k.yellow), info: paint(c, (k) => k.blue) };
}

/** `12 [eselon]`, `12`, `[eselon]` or `-` for a whole-file finding. */
function position(f: Finding): string {
  const line = f.line !== undefined ? String(f.line) : '-';
  return f.column !== undefined ? `${line} [${visible(f.column)}]` : line;
}

function paint(c: ChalkInstance | null, style: (k: ChalkInstance) => ChalkInstance): Paint {
  if (!c) return plain;
  const s = style(c);
  return (text) => s(text);
}

/** Control characters (including ESC, CR, LF) shown as escapes so data can neither break the layout nor drive the terminal. */
export function visible(s: string): string {
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    return `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}

/** The value in double quotes, with `"` / `\` escaped and control characters made visible. */
function quote(v: string): string {
  return `"${visible(v.replace(/\\/g, '\\\\').replace(/"/g, '\\"'))}"`;
}
