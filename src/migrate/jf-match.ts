/**
 * Proposes JF for a post from the words of its unit and title (DOMAIN §4): longest phrases win over the words
 * inside them, scores add up per JF, and candidates without the target jenjang are dropped with a note.
 */
import type { Text } from '../i18n/index.js';
import type { Jenjang } from '../model/types.js';

export interface JfInfo {
  id: string;
  name: string;
  /** Available jenjang when known; undefined = unknown (kept, flagged in the evidence). */
  jenjang?: readonly Jenjang[];
}

export interface KeywordRow {
  jf: string;
  words: readonly string[];
  weight: number;
}

export interface Evidence {
  word: string;
  field: MatchField;
  weight: number;
}

export interface Candidate {
  jf: string;
  name: string;
  score: number;
  evidence: Evidence[];
}

/**
 * Candidates as mapping.csv writes them: `jf:score[word@field,…]`, space-separated (report/load.ts reads them back).
 * The weights are left out: a word found in a field gives a JF one weight, so the rest determines them.
 */
export function candidatesText(candidates: readonly Candidate[]): string {
  return candidates.map((c) => `${c.jf}:${c.score}[${c.evidence.map((e) => `${e.word}@${e.field}`).join(',')}]`).join(' ');
}

interface PhraseMatch {
  phrase: string;
  entries: Array<{ jf: string; weight: number }>;
}

export type MatchField = 'title' | 'unit' | 'parent' | 'opd';
/** The fields of a MatchInput, in the order they count. */
const FIELDS: readonly MatchField[] = ['title', 'unit', 'parent', 'opd'];
const FIELD_FACTOR: Record<MatchField, number> = { title: 1, unit: 1, parent: 0.5, opd: 0.25 };
const MAX_PHRASE_WORDS = 6;
/** Entries a memo of the matcher keeps before it starts afresh (a national run names some 100k units and titles). */
const MEMO_MAX = 100_000;

/** A text's normalised words, the phrases found in them, and a number for that list of phrases. */
interface PhrasesIn {
  text: string;
  matches: PhraseMatch[];
  set: number;
}

export interface MatchInput {
  title: string;
  unit: string;
  parentUnit: string;
  opd: string;
}

export interface MatchResult {
  candidates: Candidate[];
  /** JF that matched words but lack the target jenjang. */
  dropped: Array<{ jf: string; name: string; reason: Text }>;
}

export class JfMatcher {
  private readonly phrases = new Map<string, Array<{ jf: string; weight: number }>>();

  constructor(private readonly catalog: ReadonlyMap<string, JfInfo>, rows: readonly KeywordRow[]) {
    for (const row of rows) {
      for (const w of row.words) {
        const key = normaliseWords(w);
        let list = this.phrases.get(key);
        if (!list) this.phrases.set(key, (list = []));
        const existing = list.find((e) => e.jf === row.jf);
        if (existing) existing.weight = Math.max(existing.weight, row.weight);
        else list.push({ jf: row.jf, weight: row.weight });
      }
    }
  }

  /**
   * The candidates for a post's fields and target jenjang. A result is shared (frozen) by every input with the same
   * jenjang and the same phrases in the fields that count: titles and unit names differ from region to region (they
   * name it), but a national run's 144k proposals come down to a few hundred such results.
   */
  match(input: MatchInput, jenjang: Jenjang): MatchResult {
    if (this.sets.size >= MEMO_MAX) {
      // The numbers of phrase lists start afresh (before this input's fields get theirs): nothing keyed by the old
      // ones may stay.
      this.sets.clear();
      this.memo.clear();
      this.results.clear();
    }
    const fields = this.fields;
    fields[0] = this.phrasesIn(input.title);
    fields[1] = this.phrasesIn(input.unit);
    fields[2] = this.phrasesIn(input.parentUnit);
    fields[3] = this.phrasesIn(input.opd);
    // The title of a head usually repeats its unit's name: a field whose words lie inside a field counted before it
    // is not counted again.
    let counted = 0;
    let key: string = jenjang;
    for (let k = 0; k < FIELDS.length; k++) {
      const { text, set } = fields[k]!;
      let seen = text === '';
      for (let j = 0; j < k && !seen; j++) seen = (counted & (1 << j)) !== 0 && fields[j]!.text.includes(text);
      if (!seen) counted |= 1 << k;
      key += seen ? ' -' : ` ${set}`;
    }
    let hit = this.results.get(key);
    if (hit === undefined) {
      if (this.results.size >= MEMO_MAX) this.results.clear();
      this.results.set(key, (hit = this.score(fields, counted, jenjang)));
    }
    return hit;
  }

  private readonly fields: PhrasesIn[] = [];
  private readonly results = new Map<string, MatchResult>();

  private score(fields: readonly PhrasesIn[], counted: number, jenjang: Jenjang): MatchResult {
    const scores = new Map<string, Candidate>();
    for (let k = 0; k < FIELDS.length; k++) {
      if (!(counted & (1 << k))) continue;
      const field = FIELDS[k]!;
      for (const m of fields[k]!.matches) {
        for (const { jf, weight } of m.entries) {
          const info = this.catalog.get(jf);
          if (!info) continue;
          let c = scores.get(jf);
          if (!c) scores.set(jf, (c = { jf, name: info.name, score: 0, evidence: [] }));
          const w = weight * FIELD_FACTOR[field];
          c.score += w;
          c.evidence.push({ word: m.phrase, field, weight: w });
        }
      }
    }
    const candidates: Candidate[] = [];
    const dropped: MatchResult['dropped'] = [];
    for (const c of scores.values()) {
      const info = this.catalog.get(c.jf)!;
      if (info.jenjang && !info.jenjang.includes(jenjang)) {
        dropped.push({ jf: c.jf, name: c.name, reason: { id: `tidak memiliki jenjang ${jenjang}`, en: `has no ${jenjang} level` } });
        continue;
      }
      c.score = Math.round(c.score * 100) / 100;
      Object.freeze(c.evidence);
      candidates.push(Object.freeze(c));
    }
    candidates.sort((a, b) => b.score - a.score || (a.jf < b.jf ? -1 : 1));
    dropped.sort((a, b) => (a.jf < b.jf ? -1 : 1));
    return Object.freeze({ candidates: Object.freeze(candidates) as Candidate[], dropped: Object.freeze(dropped) as MatchResult['dropped'] });
  }

  /** phrasesIn per text: unit names and titles repeat across a national run (bounded; cleared when full). */
  private readonly memo = new Map<string, PhrasesIn>();
  /** A number per distinct list of phrases found (in order), for the keys of `results`. */
  private readonly sets = new Map<string, number>();

  /** The text's normalised words, and every known phrase in them that does not lie inside a longer match. */
  private phrasesIn(raw: string): PhrasesIn {
    let hit = this.memo.get(raw);
    if (hit === undefined) {
      if (this.memo.size >= MEMO_MAX) this.memo.clear();
      const text = normaliseWords(raw);
      const matches = this.findLongestMatches(text);
      const phrases = matches.map((m) => m.phrase).join('|');
      let set = this.sets.get(phrases);
      if (set === undefined) this.sets.set(phrases, (set = this.sets.size));
      this.memo.set(raw, (hit = { text, matches, set }));
    }
    return hit;
  }

  private findLongestMatches(text: string): PhraseMatch[] {
    const words = text.split(' ');
    const found: Array<{ start: number; end: number; phrase: string; entries: Array<{ jf: string; weight: number }> }> = [];
    for (let i = 0; i < words.length; i++) {
      for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= 1; n--) {
        const phrase = words.slice(i, i + n).join(' ');
        const entries = this.phrases.get(phrase);
        if (entries) found.push({ start: i, end: i + n, phrase, entries });
      }
    }
    found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: typeof found = [];
    for (const f of found) if (!kept.some((k) => k.start <= f.start && f.end <= k.end)) kept.push(f);
    return kept.sort((a, b) => a.start - b.start);
  }
}

export function normaliseWords(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
