/**
 * Proposes JF for a post from the words of its unit and title: longest phrases win over the words
 * inside them, scores add up per JF, and candidates without the target jenjang are dropped with a note.
 * Evidence has an order: the title and the unit say what a post does, the parent unit helps, and the OPD's words
 * only order candidates those fields already support (a JF named by the OPD alone is no candidate). A region's JF
 * policy (ruleset `local.jf_policy`) outranks all keyword evidence for the posts it covers.
 */
import type { Text } from '../i18n/index.js';
import type { Citation } from '../model/finding.js';
import { unitBit } from '../model/placement.js';
import type { Jenjang } from '../model/types.js';
import type { JfPolicy } from '../rules/types.js';

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
  /** From the title, unit and parent unit. */
  score: number;
  /** From the OPD's words: orders candidates of equal score, never makes or outranks one. */
  tiebreak: number;
  evidence: Evidence[];
}

/**
 * Candidates as mapping.csv writes them: `jf:score[word@field,…]`, space-separated (report/load.ts reads them back).
 * The weights are left out: a word found in a field gives a JF one weight, so the rest determines them.
 */
export function candidatesText(candidates: readonly Candidate[]): string {
  return candidates.map((c) => `${c.jf}:${c.score}[${c.evidence.map((e) => `${e.word}@${e.field}`).join(',')}]`).join(' ');
}

/**
 * Whether `other` is as good a proposal as `top`: its score is within `margin` of top's, and the OPD's words do not
 * put top ahead (they break exactly such ties).
 */
export function tiedWith(top: Candidate, other: Candidate, margin: number): boolean {
  return other.score >= top.score * (1 - margin) && top.tiebreak <= other.tiebreak;
}

interface PhraseMatch {
  phrase: string;
  entries: Array<{ jf: string; weight: number }>;
}

export type MatchField = 'title' | 'unit' | 'parent' | 'opd' | 'policy';
/** The fields of a MatchInput, in the order they count. */
const FIELDS = ['title', 'unit', 'parent', 'opd'] as const;
const OPD = 3;
const FIELD_FACTOR: Record<MatchField, number> = { title: 1, unit: 1, parent: 0.5, opd: 0.25, policy: 0 };
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
  /** Unit types along the post's chain, its OPD's included, as placement's chainMask (unitBit per type): for policies. */
  unitTypes?: number;
}

export interface MatchResult {
  /** Best first. With `policy`, the first is the policy's JF whatever its score. */
  candidates: Candidate[];
  /** JF that matched words (or a policy) but lack the target jenjang. */
  dropped: Array<{ jf: string; name: string; reason: Text }>;
  /** The local policy that put candidates[0] first: the caller cites it as local policy. */
  policy?: { jf: string; reason: string; citation?: Citation };
}

export class JfMatcher {
  private readonly phrases = new Map<string, Array<{ jf: string; weight: number }>>();
  private readonly policies: ReadonlyArray<JfPolicy & { words?: string; types: number }>;

  constructor(private readonly catalog: ReadonlyMap<string, JfInfo>, rows: readonly KeywordRow[], policies: readonly JfPolicy[] = []) {
    this.policies = policies.map((p) => ({
      ...p,
      ...(p.opd ? { words: ` ${normaliseWords(p.opd)} ` } : {}),
      types: (p.unit_type ?? []).reduce((m, t) => m | unitBit(t), 0),
    }));
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
   * jenjang, the same phrases in the fields that count and the same applicable policies: titles and unit names differ
   * from region to region (they name it), but a national run's 144k proposals come down to a few hundred such results.
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
    const applicable = this.applicable;
    applicable.length = 0;
    if (this.policies.length) this.policiesFor(input, applicable);
    for (const i of applicable) key += ` p${i}`;
    let hit = this.results.get(key);
    if (hit === undefined) {
      if (this.results.size >= MEMO_MAX) this.results.clear();
      this.results.set(key, (hit = this.score(fields, counted, jenjang, applicable)));
    }
    return hit;
  }

  /** The policies whose OPD and unit types an input meets, last defined first (reused for each input). */
  private readonly applicable: number[] = [];

  /** Which policies an OPD name meets, by name (policies without `opd` meet every OPD). */
  private readonly opdPolicies = new Map<string, boolean[]>();

  /** Adds to `out` the policies the input's OPD and unit types meet, the last defined (a region file's) first. */
  private policiesFor(input: MatchInput, out: number[]): void {
    let byOpd = this.opdPolicies.get(input.opd);
    if (byOpd === undefined) {
      if (this.opdPolicies.size >= MEMO_MAX) this.opdPolicies.clear();
      const text = ` ${normaliseWords(input.opd)} `;
      this.opdPolicies.set(input.opd, (byOpd = this.policies.map((p) => p.words === undefined || text.includes(p.words))));
    }
    for (let i = this.policies.length - 1; i >= 0; i--) {
      const p = this.policies[i]!;
      if (byOpd[i] && (p.types === 0 || ((input.unitTypes ?? 0) & p.types) !== 0)) out.push(i);
    }
  }

  private readonly fields: PhrasesIn[] = [];
  private readonly results = new Map<string, MatchResult>();

  private score(fields: readonly PhrasesIn[], counted: number, jenjang: Jenjang, applicable: readonly number[]): MatchResult {
    const scores = new Map<string, Candidate>();
    const opdHits: Array<{ phrase: string; jf: string; weight: number }> = [];
    for (let k = 0; k < FIELDS.length; k++) {
      if (!(counted & (1 << k))) continue;
      const field = FIELDS[k]!;
      for (const m of fields[k]!.matches) {
        for (const { jf, weight } of m.entries) {
          if (!this.catalog.has(jf)) continue;
          const w = weight * FIELD_FACTOR[field];
          if (k === OPD) opdHits.push({ phrase: m.phrase, jf, weight: w });
          else this.candidate(scores, jf).evidence.push({ word: m.phrase, field, weight: w });
        }
      }
    }
    // The OPD's words only order what the title, unit and parent already support.
    for (const h of opdHits) scores.get(h.jf)?.evidence.push({ word: h.phrase, field: 'opd', weight: h.weight });
    const candidates: Candidate[] = [];
    const dropped: MatchResult['dropped'] = [];
    for (const c of scores.values()) {
      if (!this.hasJenjang(c.jf, jenjang)) {
        dropped.push({ jf: c.jf, name: c.name, reason: { id: `tidak memiliki jenjang ${jenjang}`, en: `has no ${jenjang} level` } });
        continue;
      }
      for (const e of c.evidence) {
        if (e.field === 'opd') c.tiebreak += e.weight;
        else c.score += e.weight;
      }
      c.score = round(c.score);
      c.tiebreak = round(c.tiebreak);
      candidates.push(c);
    }
    candidates.sort((a, b) => b.score - a.score || b.tiebreak - a.tiebreak || (a.jf < b.jf ? -1 : 1));
    // The first applicable policy that takes effect (a preference may not) decides.
    let applied: JfPolicy | undefined;
    for (const i of applicable) {
      if (!this.applyPolicy(this.policies[i]!, candidates, scores, dropped, jenjang)) continue;
      applied = this.policies[i];
      break;
    }
    dropped.sort((a, b) => (a.jf < b.jf ? -1 : 1));
    for (const c of candidates) {
      Object.freeze(c.evidence);
      Object.freeze(c);
    }
    return Object.freeze({
      candidates: Object.freeze(candidates) as Candidate[],
      dropped: Object.freeze(dropped) as MatchResult['dropped'],
      ...(applied ? { policy: Object.freeze({ jf: applied.jf, reason: applied.reason, ...(applied.citation ? { citation: applied.citation } : {}) }) } : {}),
    });
  }

  /**
   * Puts the policy's JF first, when it has the target jenjang and, for a policy with `prefer_over`, when keyword
   * evidence puts one of those first or names one beside it. Whether it applied.
   */
  private applyPolicy(p: JfPolicy, candidates: Candidate[], scores: Map<string, Candidate>, dropped: MatchResult['dropped'], jenjang: Jenjang): boolean {
    if (p.prefer_over) {
      const top = candidates[0]?.jf;
      const rival = top !== undefined && (p.prefer_over.includes(top) || (top === p.jf && candidates.some((c) => p.prefer_over!.includes(c.jf))));
      if (!rival) return false;
    }
    if (!this.hasJenjang(p.jf, jenjang)) {
      if (!dropped.some((d) => d.jf === p.jf))
        dropped.push({ jf: p.jf, name: this.catalog.get(p.jf)?.name ?? p.jf, reason: { id: `kebijakan lokal, tetapi tidak memiliki jenjang ${jenjang}`, en: `local policy, but has no ${jenjang} level` } });
      return false;
    }
    const at = candidates.findIndex((c) => c.jf === p.jf);
    const chosen = at >= 0 ? candidates.splice(at, 1)[0]! : this.candidate(scores, p.jf);
    chosen.evidence.unshift({ word: p.opd ?? p.unit_type?.join('/') ?? 'kebijakan lokal', field: 'policy', weight: 0 });
    candidates.unshift(chosen);
    return true;
  }

  private candidate(scores: Map<string, Candidate>, jf: string): Candidate {
    let c = scores.get(jf);
    if (!c) scores.set(jf, (c = { jf, name: this.catalog.get(jf)?.name ?? jf, score: 0, tiebreak: 0, evidence: [] }));
    return c;
  }

  private hasJenjang(jf: string, jenjang: Jenjang): boolean {
    const list = this.catalog.get(jf)?.jenjang;
    return !list || list.includes(jenjang);
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

const round = (n: number) => Math.round(n * 100) / 100;

export function normaliseWords(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}
