/**
 * A Markdown report for `$GITHUB_STEP_SUMMARY` or a pull-request comment: heading, counts, and one table sorted
 * most severe first. Cell text is escaped (pipes, Markdown/HTML punctuation, line breaks as `<br>`), and the
 * table is cut short, with a note, before GitHub's 1 MiB step-summary cap.
 */
import type { Lang } from '../../i18n/index.js';
import { formatCitation } from '../../model/finding.js';
import type { Finding } from '../../model/finding.js';
import { countSeverities, normalizePath, severityWord, sortBySeverity } from './context.js';
import type { FormatContext } from './context.js';

/** Stay well under GitHub's 1 MiB (1,048,576 bytes) per-step summary limit. */
export const MARKDOWN_BYTE_BUDGET = 1_000_000;

const TEXT: Record<
  Lang,
  {
    heading: (tool: string) => string;
    none: string;
    problems: (n: number) => string;
    header: readonly [string, string, string, string, string, string];
    column: string;
    value: string;
    omitted: (n: number) => string;
  }
> = {
  id: {
    heading: (tool) => `Hasil pemeriksaan ${tool}`,
    none: 'Tidak ada masalah.',
    problems: (n) => `${n} masalah`,
    header: ['Berkas', 'Baris', 'Tingkat', 'Aturan', 'Pesan', 'Dasar hukum'],
    column: 'kolom',
    value: 'nilai',
    omitted: (n) => `${n} temuan lain tidak ditampilkan karena batas ukuran ringkasan; lihat laporan lengkap.`,
  },
  en: {
    heading: (tool) => `${tool} check results`,
    none: 'No problems found.',
    problems: (n) => `${n} ${n === 1 ? 'problem' : 'problems'}`,
    header: ['File', 'Line', 'Severity', 'Rule', 'Message', 'Citation'],
    column: 'column',
    value: 'value',
    omitted: (n) => `${n} more ${n === 1 ? 'finding is' : 'findings are'} not shown because of the summary size limit; see the full report.`,
  },
};

export function* markdown(findings: readonly Finding[], ctx: FormatContext): Generator<string> {
  const t = TEXT[ctx.lang];
  const head = `## ${cell(t.heading(ctx.toolName))}\n\n`;
  yield head;
  if (findings.length === 0) {
    yield `${t.none}\n`;
    return;
  }

  const n = countSeverities(findings);
  const summary =
    `**${t.problems(findings.length)}**: ${n.errors} ${severityWord(ctx.lang, 'error', n.errors)}, ` +
    `${n.warnings} ${severityWord(ctx.lang, 'warning', n.warnings)}, ` +
    `${n.infos} ${severityWord(ctx.lang, 'info', n.infos)}\n\n`;
  const table = `| ${t.header.join(' | ')} |\n|---|--:|---|---|---|---|\n`;
  yield summary + table;

  let bytes = Buffer.byteLength(head + summary + table, 'utf8');
  const reserve = 1_000; // room for the omission note
  const sorted = sortBySeverity(findings);
  let shown = 0;
  for (const f of sorted) {
    const row = `${renderRow(f, ctx.lang)}\n`;
    const size = Buffer.byteLength(row, 'utf8');
    if (bytes + size > MARKDOWN_BYTE_BUDGET - reserve) break;
    yield row;
    bytes += size;
    shown++;
  }
  if (shown < sorted.length) yield `\n_${cell(t.omitted(sorted.length - shown))}_\n`;
}

function renderRow(f: Finding, lang: Lang): string {
  const t = TEXT[lang];
  const detail: string[] = [];
  if (f.column !== undefined) detail.push(`${t.column}: ${f.column}`);
  if (f.value !== undefined) detail.push(`${t.value}: "${f.value}"`);
  const message = cell(f.message) + (detail.length > 0 ? `<br>${cell(detail.join(' · '))}` : '');
  const cells = [
    cell(normalizePath(f.file)),
    f.line !== undefined ? String(f.line) : '',
    severityWord(lang, f.severity),
    cell(f.ruleId),
    message,
    cell(formatCitation(f.citation)),
  ];
  return `| ${cells.join(' | ')} |`;
}

/**
 * Text safe inside a GFM table cell: Markdown and HTML punctuation backslash-escaped (so `|` becomes `\|` and
 * `<tag>` stays literal), line breaks as `<br>`, other control characters dropped.
 */
export function cell(s: string): string {
  return s
    .replace(/[\\`*_[\]<>|~&!#]/g, (ch) => `\\${ch}`)
    .replace(/\r\n|\r|\n/g, '<br>')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}
