/**
 * GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`), most severe first. GitHub shows only
 * 10 annotations per level per step, so every finding is still printed but a final `::notice::` says how many were
 * beyond that limit; the full report belongs in `$GITHUB_STEP_SUMMARY` (the markdown format).
 */
import type { Lang } from '../../i18n/index.js';
import { formatCitation } from '../../model/finding.js';
import type { Finding, Severity } from '../../model/finding.js';
import { normalizePath, sortBySeverity } from './context.js';
import type { FormatContext } from './context.js';

/** Annotations GitHub displays per level per step (actions/toolkit docs/problem-matchers.md). */
export const GITHUB_ANNOTATION_LIMIT = 10;

type Command = 'error' | 'warning' | 'notice';
const COMMAND: Record<Severity, Command> = { error: 'error', warning: 'warning', info: 'notice' };

const TEXT: Record<Lang, { beyond: (n: number, limit: number) => string }> = {
  id: {
    beyond: (n, limit) =>
      `${n} temuan lain melewati batas GitHub (${limit} anotasi per tingkat) dan tidak ditampilkan sebagai anotasi; lihat laporan lengkap.`,
  },
  en: {
    beyond: (n, limit) =>
      `${n} more ${n === 1 ? 'finding was' : 'findings were'} beyond GitHub's limit of ${limit} annotations per level and not shown as annotations; see the full report.`,
  },
};

export function* github(findings: readonly Finding[], ctx: FormatContext): Generator<string> {
  const perLevel: Record<Command, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of sortBySeverity(findings)) {
    const command = COMMAND[f.severity];
    perLevel[command]++;
    const props = [`file=${escapeProperty(normalizePath(f.file))}`];
    if (f.line !== undefined && f.line >= 1) props.push(`line=${Math.floor(f.line)}`);
    props.push(`title=${escapeProperty(f.ruleId)}`);
    const citation = formatCitation(f.citation);
    const message = citation ? `${f.message} (${citation})` : f.message;
    yield `::${command} ${props.join(',')}::${escapeData(message)}\n`;
  }
  const beyond = Object.values(perLevel).reduce((sum, n) => sum + Math.max(0, n - GITHUB_ANNOTATION_LIMIT), 0);
  if (beyond > 0) yield `::notice::${escapeData(TEXT[ctx.lang].beyond(beyond, GITHUB_ANNOTATION_LIMIT))}\n`;
}

/**
 * Message escaping as in @actions/core: `%`, CR, LF. Other control characters (NUL, ESC, ...) are dropped: the
 * runner reads commands line by line and would pass them on to the log.
 */
export function escapeData(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property escaping as in @actions/core: the message set plus `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
