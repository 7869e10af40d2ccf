/**
 * The verdicts of a batch run, shared: a million decisions carry a few thousand distinct verdicts (the same titles and
 * units recur in every region). Only decideAll uses this; a verdict is made the same way with or without it
 * (test/property/migrate.test.ts decides every post alone and compares).
 */
import { candidatesText, type MatchResult } from './jf-match.js';
import type { DecisionDraft, JfFinding, PostDecision } from './decide.js';

/** A verdict made once and given to every post with the same key, with the JF finding each of them reports. */
export interface SharedVerdict {
  verdict: PostDecision;
  finding: JfFinding | undefined;
}

export class VerdictCache {
  /** Equal verdicts by their text key: one frozen object each. */
  private readonly seen = new Map<string, PostDecision>();
  private readonly citationIds = new Map<unknown, number>();
  /** By what decided (a rule or one of its local entries), the basis, then the JF match (null: no JF proposal). */
  private readonly shared = new Map<object, Map<MatchResult | null, SharedVerdict>[]>();

  /**
   * The verdict of a post decided by `by` on `basis` with JF match `match` (null for a keep or review), when a post
   * with the same three had it before. Valid only for a verdict the rules alone made (no analyst decision, no JF read
   * from the post's own title): then these three decide everything in it.
   */
  find(by: object, basis: number, match: MatchResult | null): SharedVerdict | undefined {
    return this.shared.get(by)?.[basis]?.get(match);
  }

  /** Keeps `draft` as the verdict for `by`, `basis` and `match` (see find), and returns it. */
  keep(by: object, basis: number, match: MatchResult | null, draft: DecisionDraft): PostDecision {
    let byBasis = this.shared.get(by);
    if (!byBasis) this.shared.set(by, (byBasis = []));
    const verdict = this.intern(draft);
    (byBasis[basis] ??= new Map()).set(match, { verdict, finding: draft.jfFinding });
    return verdict;
  }

  /** The one frozen verdict equal to `draft` (its trace and finding dropped). */
  intern(d: DecisionDraft): PostDecision {
    // Lists and notes are compared by their texts (a new list or note may equal one seen before), the rest by value.
    const key = [
      d.decision, d.criterion, d.jf?.id ?? '', d.jenjang ?? '', d.source, d.basis, d.jfStatus ?? '', d.ruleIds.join(' '), d.citations.map(this.idOf).join(','),
      d.note ? `${d.note.id}\u0001${d.note.en}` : '', candidatesText(d.candidates),
    ].join('\u0000');
    let hit = this.seen.get(key);
    if (!hit) {
      const { trace: _trace, jfFinding: _finding, ...verdict } = d;
      this.seen.set(key, (hit = Object.freeze(verdict)));
    }
    return hit;
  }

  /** Citations by identity: the ruleset's citation objects are shared, an analyst's or local one is its own. */
  private readonly idOf = (x: unknown): number => {
    let i = this.citationIds.get(x);
    if (i === undefined) this.citationIds.set(x, (i = this.citationIds.size));
    return i;
  };
}
