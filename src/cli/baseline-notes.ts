/** What validate says on stderr about a baseline: written, and how a run compares with it (never part of the report). */
import { whoText } from '../check/finding-keys.js';
import type { Lang } from '../i18n/index.js';
import type { BaselineEntry } from '../io/baseline-file.js';
import { visible } from '../report/format/stylish.js';

/** Entries listed by name when a baseline shrinks; beyond these, a count. */
const LISTED = 50;

export function baselineWrittenNote(file: string, entries: number, lang: Lang): string {
  return lang === 'id'
    ? `setara: baseline ${file} ditulis: ${entries} temuan tercatat\n`
    : `setara: baseline ${file} written: ${entries} ${plural(entries, 'finding')} recorded\n`;
}

/** How many findings the baseline held (not reported), and the entries that no longer occur: fixed, so the file can shrink. */
export function baselineNote(file: string, known: number, gone: readonly BaselineEntry[], lang: Lang): string {
  const id = lang === 'id';
  const lines = [
    id
      ? `setara: baseline ${file}: ${known} temuan sudah tercatat (tidak dilaporkan)${gone.length ? `; ${gone.length} entri tidak terjadi lagi (sudah diperbaiki):` : ''}`
      : `setara: baseline ${file}: ${known} known ${plural(known, 'finding')} (not reported)${gone.length ? `; ${gone.length} ${gone.length === 1 ? 'entry no longer occurs' : 'entries no longer occur'} (fixed):` : ''}`,
  ];
  if (gone.length === 0) return `${lines[0]}\n`;
  for (const e of gone.slice(0, LISTED)) lines.push(`  ${visible(describeEntry(e, lang))}`);
  if (gone.length > LISTED) lines.push(id ? `  … dan ${gone.length - LISTED} lagi` : `  … and ${gone.length - LISTED} more`);
  lines.push(id
    ? `setara: perkecil baseline dengan --write-baseline ${file} --force`
    : `setara: shrink the baseline with --write-baseline ${file} --force`);
  return `${lines.join('\n')}\n`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

/** `team/owner-missing · teams · tim TIM-X, NIP 19… · [owner_post_id]` */
function describeEntry(e: BaselineEntry, lang: Lang): string {
  const who = whoText(e)[lang];
  const value = e.value !== undefined ? `${lang === 'id' ? 'nilai' : 'value'} ${JSON.stringify(e.value)}` : '';
  return [e.rule, e.table, who, value, e.column !== undefined ? `[${e.column}]` : ''].filter((p) => p !== '').join(' · ');
}
