/**
 * Baselines: the findings of a structure recorded on one day, so that later runs report and fail only on what is new.
 * A finding is recorded by its rule, table, whom it is about and column, never its line (rows move): a posts row by its
 * post, a people row by its NIP, a team membership by its team and NIP; a finding about none of these by the post it
 * names, else its value. Identical findings count: n of them need n entries, so a third one is new.
 */
import type { BaselineEntry } from '../io/baseline-file.js';
import { compareFindings, type Finding } from '../model/finding.js';
import type { Ruleset } from '../rules/types.js';
import type { FindingKey } from './finding-keys.js';

/** Whether a finding goes into a baseline: not a suppressed one (it has its reason), not a tool rule's (fixed in setara's own files). */
export function baselined(f: Finding, ruleset: Ruleset): boolean {
  return f.suppressed === undefined && ruleset.byId.get(f.ruleId)?.type !== 'tool';
}

/** The entry of a finding, keys in the file's order. */
export function baselineEntry(f: Finding, key: FindingKey): BaselineEntry {
  const person = key.nip !== undefined || key.team !== undefined;
  return {
    rule: f.ruleId,
    table: key.table ?? f.file,
    // A person's or member's finding may name the post held: the person, not the post, is who it is about.
    ...(!person && key.post !== undefined ? { post: key.post } : {}),
    ...(key.team !== undefined ? { team: key.team } : {}),
    ...(key.nip !== undefined ? { nip: key.nip } : {}),
    ...(f.column !== undefined ? { column: f.column } : {}),
    ...(!person && key.post === undefined && f.value !== undefined ? { value: f.value } : {}),
  };
}

/** The entries for these findings, sorted: the same findings in any order give the same file. */
export function baselineEntries(findings: readonly Finding[], entryOf: (f: Finding) => BaselineEntry): BaselineEntry[] {
  return sortEntries(findings.map(entryOf));
}

export interface BaselineComparison {
  /** The findings the baseline holds: not reported. */
  known: Set<Finding>;
  /** Entries no finding matches any more (fixed), sorted: the baseline can shrink by these. */
  gone: BaselineEntry[];
}

/**
 * Matches findings to entries, each entry at most once. Of identical findings beyond the baseline's count, the later
 * ones (file, line) are the new ones.
 */
export function compareWithBaseline(findings: readonly Finding[], entries: readonly BaselineEntry[], entryOf: (f: Finding) => BaselineEntry): BaselineComparison {
  const left = new Map<string, { entry: BaselineEntry; n: number }>();
  for (const read of entries) {
    const e = canonical(read);
    const text = entryText(e);
    const slot = left.get(text);
    if (slot) slot.n++;
    else left.set(text, { entry: e, n: 1 });
  }
  const known = new Set<Finding>();
  for (const f of [...findings].sort(compareFindings)) {
    const slot = left.get(entryText(entryOf(f)));
    if (!slot || slot.n === 0) continue;
    slot.n--;
    known.add(f);
  }
  const gone = [...left.values()].flatMap(({ entry, n }) => Array.from({ length: n }, () => entry));
  return { known, gone: sortEntries(gone) };
}

/** Sorted by their text: a stable, locale-free order. */
function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  return entries.map((e) => [entryText(e), e] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
}

/** The entry with its keys in the file's order (a hand-edited file may have them in any order). */
function canonical(e: BaselineEntry): BaselineEntry {
  const o: BaselineEntry = { rule: e.rule, table: e.table };
  for (const k of ['post', 'team', 'nip', 'column', 'value'] as const) if (e[k] !== undefined) o[k] = e[k];
  return o;
}

function entryText(e: BaselineEntry): string {
  return JSON.stringify(e);
}
