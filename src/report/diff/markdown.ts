/**
 * The diff as a pull-request comment: a heading, the two versions, a summary table (kinds with changes), and per kind
 * a collapsed `<details>` list. Lists are capped (DIFF_MD_ITEMS per kind, DIFF_MD_BUDGET characters in all, under
 * GitHub's 65,536-character comment limit) and end with "and N more". Cell text is escaped as in the findings report.
 */
import type { Diff } from '../../model/diff/index.js';
import { normalizePath } from '../format/context.js';
import { cell } from '../format/markdown.js';
import { andMore, byKind, changesCount, describe, duplicatesNote, kindTitle, sizes, word, type DiffFormatContext } from './text.js';

export const DIFF_MD_ITEMS = 30;
export const DIFF_MD_BUDGET = 60_000;

export function markdownDiff(diff: Diff, ctx: DiffFormatContext, limits = { items: DIFF_MD_ITEMS, budget: DIFF_MD_BUDGET }): string {
  const { lang } = ctx;
  const files = (f: Diff['old']) => [f.posts, f.people, f.teams].filter((x): x is string => x !== undefined).map((x) => code(normalizePath(x))).join(', ');
  let out = `## ${cell(`${word(lang, 'title')} (${ctx.toolName} diff)`)}\n\n${files(diff.old)} → ${files(diff.new)}\n\n`;
  const note = duplicatesNote(diff, lang);
  const tail = note ? `\n_${cell(note)}_\n` : '';
  if (diff.changes.length === 0) return `${out}${word(lang, 'none')}\n${tail}`;
  const groups = byKind(diff.changes);
  out += `**${changesCount(lang, diff.changes.length)}** (${cell(sizes(diff, lang))})\n\n`;
  out += `| ${word(lang, 'kind')} | ${word(lang, 'count')} |\n|---|--:|\n`;
  for (const [kind, group] of groups) out += `| ${cell(kindTitle(lang, kind))} | ${group.length} |\n`;
  for (const [kind, group] of groups) {
    out += `\n<details><summary>${cell(kindTitle(lang, kind))} (${group.length})</summary>\n\n`;
    let shown = 0;
    for (const c of group) {
      const item = `- ${code(`${normalizePath(c.file)}:${c.line}`)} ${cell(describe(c, lang))}\n`;
      if (shown === limits.items || out.length + item.length > limits.budget) break;
      out += item;
      shown++;
    }
    if (shown < group.length) out += `- _${andMore(lang, group.length - shown)}_\n`;
    out += '\n</details>\n';
  }
  return out + tail;
}

/** A code span: its text is literal, so only what would end it (a backtick) or the line is replaced. */
function code(s: string): string {
  return `\`${s.replace(/[`\r\n\u0000-\u001f]/g, ' ')}\``;
}
