/** The migrated structure: equalised posts become JF posts under the nearest kept post; staff of dissolved units move with them. */
import { NONE, type Structure } from '../model/structure.js';
import { nearestAbove } from '../model/structure/chains.js';
import type { Jenjang, Post, UnitType } from '../model/types.js';
import type { PostDecision } from './decide.js';
import { endsRole, titleWithoutRole } from './koordinator.js';

export type Change = 'unchanged' | 'equalised' | 'replaced' | 'review';

export const JENJANG_LABEL: Record<Jenjang, string> = {
  ahli_pertama: 'Ahli Pertama', ahli_muda: 'Ahli Muda', ahli_madya: 'Ahli Madya', ahli_utama: 'Ahli Utama',
  pemula: 'Pemula', terampil: 'Terampil', mahir: 'Mahir', penyelia: 'Penyelia',
};

/**
 * "Analis Kebijakan Ahli Muda": the title of an equalised post, one string per verdict (verdicts are shared, see
 * decideAll), so a million reads build no text. Without a JF (the proposal is a tie or found none) the title says
 * that the JF is still to be chosen: "JF Ahli Muda (JF belum ditetapkan)".
 */
const postNames = new WeakMap<PostDecision, string>();
function jfPostName(d: PostDecision): string {
  let name = postNames.get(d);
  if (name === undefined) postNames.set(d, (name = `${d.jf?.name ?? 'JF'} ${JENJANG_LABEL[d.jenjang!]}${d.jf ? '' : ' (JF belum ditetapkan)'}`));
  return name;
}

/** What happened to a post, as stored in MigratedPosts' Uint8Array; two codes read as `review` (in place, or moved). */
const CODE = { unchanged: 0, equalised: 1, replaced: 2, review: 3, reviewMoved: 4 } as const;
type Code = (typeof CODE)[keyof typeof CODE];
const CHANGES: Readonly<Record<Code, Change>> = { 0: 'unchanged', 1: 'equalised', 2: 'replaced', 3: 'review', 4: 'review' };
const NO_PARENT = NONE;

/**
 * The migrated structure, one post per decision in structure order, kept as two typed arrays (the change, and the new
 * parent of a moved post): every other field follows from the post, its decision and its new parent, so it is worked
 * out when read (`name(i)`, `unit(i)`, …), not kept for each of a million posts. A post keeps its id.
 */
export class MigratedPosts {
  private constructor(
    private readonly s: Structure,
    private readonly decisions: readonly PostDecision[],
    private readonly changes: Uint8Array,
    /** The index of a moved post's new parent; NO_PARENT when it has none, and for every post that did not move. */
    private readonly home: Int32Array,
  ) {}

  get size(): number {
    return this.changes.length;
  }

  /** Decisions are in structure order (decideAll). */
  static build(s: Structure, decisions: readonly PostDecision[]): MigratedPosts {
    const n = decisions.length;
    const dissolved = (i: number) => decisions[i]!.decision === 'equalise';
    // The nearest kept post above each post (NONE = NO_PARENT when there is none), for all posts in one pass.
    const keptAbove = nearestAbove(s, (_, i) => !dissolved(i));
    const changes = new Uint8Array(n);
    const home = new Int32Array(n).fill(NO_PARENT);
    for (let i = 0; i < n; i++) {
      const d = decisions[i]!;
      const parent = s.parentAt(i);
      if (d.decision === 'equalise' && d.jenjang) {
        changes[i] = CODE.equalised;
        home[i] = keptAbove[i]!;
      } else if (parent !== NONE && dissolved(parent)) {
        changes[i] = d.decision === 'review' ? CODE.reviewMoved : CODE.replaced;
        home[i] = keptAbove[i]!;
      } else if (d.decision === 'review') changes[i] = CODE.review;
    }
    return new MigratedPosts(s, decisions, changes, home);
  }

  change(i: number): Change {
    return CHANGES[this.changes[i] as Code];
  }

  /** Whether the post is under a new parent (equalised, or moved out of a dissolved unit). */
  private moved(i: number): boolean {
    const c = this.changes[i]!;
    return c === CODE.equalised || c === CODE.replaced || c === CODE.reviewMoved;
  }

  parentId(i: number): string | null {
    return this.moved(i) ? this.homeOf(i)?.id ?? null : this.s.indexed[i]!.parentId;
  }

  kind(i: number): Post['kind'] {
    return this.changes[i] === CODE.equalised ? 'fungsional' : this.s.indexed[i]!.kind;
  }

  /** The post's OPD: its own `opd` cell or its head's. */
  opd(i: number): string {
    return this.s.opdAt(i);
  }

  /** The new parent of a moved post; null when it has none or did not move (`home` holds NO_PARENT then). */
  private homeOf(i: number): Post | null {
    const h = this.home[i]!;
    return h === NO_PARENT ? null : this.s.indexed[h]!;
  }

  /** An equalised post takes its JF's name; a JF post whose koordinator role ended, its title without the role. */
  name(i: number): string {
    const d = this.decisions[i]!;
    if (this.changes[i] === CODE.equalised) return jfPostName(d);
    const title = this.s.indexed[i]!.name;
    return endsRole(d) ? titleWithoutRole(title) : title;
  }

  /** An equalised post has no eselon. */
  eselon(i: number): Post['eselon'] {
    return this.changes[i] === CODE.equalised ? null : this.s.indexed[i]!.eselon;
  }

  /** A moved post takes the unit of its new parent. */
  unit(i: number): string {
    return this.homeOf(i)?.unit ?? this.s.indexed[i]!.unit;
  }

  unitType(i: number): UnitType | null {
    return this.homeOf(i)?.unitType ?? (this.changes[i] === CODE.equalised ? null : this.s.indexed[i]!.unitType);
  }
}
