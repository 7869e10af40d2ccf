/**
 * GitHub Actions annotations, one `::notice` per change on its line of the new file (of the old file for what was
 * removed), titled by the kind of change. GitHub shows 10 annotations of a level per step: a last notice says how
 * many more there are; the whole diff belongs in the markdown format.
 */
import type { Diff } from '../../model/diff/index.js';
import { escapeData, escapeProperty, GITHUB_ANNOTATION_LIMIT } from '../format/github.js';
import { normalizePath } from '../format/context.js';
import { describe, kindTitle, type DiffFormatContext } from './text.js';

export function githubDiff(diff: Diff, ctx: DiffFormatContext): string {
  const lines = diff.changes.map((c) => {
    const props = [`file=${escapeProperty(normalizePath(c.file))}`, `line=${c.line}`, `title=${escapeProperty(`${ctx.toolName} diff: ${kindTitle(ctx.lang, c.kind)}`)}`];
    return `::notice ${props.join(',')}::${escapeData(describe(c, ctx.lang))}`;
  });
  const beyond = diff.changes.length - GITHUB_ANNOTATION_LIMIT;
  if (beyond > 0) {
    const text = ctx.lang === 'id'
      ? `${beyond} perubahan lain melewati batas GitHub (${GITHUB_ANNOTATION_LIMIT} anotasi per tingkat); lihat laporan lengkap.`
      : `${beyond} more ${beyond === 1 ? 'change is' : 'changes are'} beyond GitHub's limit of ${GITHUB_ANNOTATION_LIMIT} annotations per level; see the full report.`;
    lines.push(`::notice::${escapeData(text)}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
