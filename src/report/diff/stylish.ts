/**
 * The diff for a terminal: one block per kind of change (its title and count), one line per change with where it is
 * (`file:line`, the old file for what was removed) and what changed, then the summary. Colour only through ctx.color.
 */
import type { ChalkInstance } from 'chalk';
import type { ChangeKind, Diff } from '../../model/diff/index.js';
import { visible } from '../format/stylish.js';
import { byKind, changesCount, describe, duplicatesNote, kindTitle, sizes, word, type DiffFormatContext } from './text.js';

type Paint = (s: string) => string;

export function stylishDiff(diff: Diff, ctx: DiffFormatContext): string {
  const { lang, color } = ctx;
  const paint = (style: (k: ChalkInstance) => ChalkInstance): Paint => (color ? (s) => style(color)(s) : (s) => s);
  const dim = paint((k) => k.dim);
  const bold = paint((k) => k.bold);
  const tone: Record<'added' | 'removed' | 'changed', Paint> = {
    added: paint((k) => k.green), removed: paint((k) => k.red), changed: paint((k) => k.yellow),
  };
  const out: string[] = [];
  const note = duplicatesNote(diff, lang);
  if (diff.changes.length === 0) {
    out.push(paint((k) => k.green)(word(lang, 'none')));
  } else {
    for (const [kind, group] of byKind(diff.changes)) {
      const paintKind = tone[toneOf(kind)];
      out.push(bold(paintKind(`${kindTitle(lang, kind)} (${group.length})`)));
      const rows = group.map((c) => ({ at: visible(`${c.file}:${c.line}`), text: visible(describe(c, lang)) }));
      const w = Math.max(...rows.map((r) => r.at.length));
      for (const r of rows) out.push(`  ${dim(r.at.padEnd(w))}  ${r.text}`);
      out.push('');
    }
    out.push(bold(`${changesCount(lang, diff.changes.length)} (${sizes(diff, lang)})`));
  }
  if (note) out.push(dim(note));
  return `${out.join('\n')}\n`;
}

function toneOf(kind: ChangeKind): 'added' | 'removed' | 'changed' {
  if (kind === 'post-added' || kind === 'person-joined' || kind === 'team-formed') return 'added';
  if (kind === 'post-removed' || kind === 'person-left' || kind === 'team-dissolved') return 'removed';
  return 'changed';
}
