/** The facts a decision rule may look at, derived once per post from the structure and its placement. */
import { placementOf, type Placement } from '../model/placement.js';
import type { Structure } from '../model/structure.js';
import type { Post, UnitType } from '../model/types.js';

/** What the conditions may look at for one post. */
export interface PostFacts {
  post: Post;
  /** The type of the post's own unit (the unit it heads, or works in) and whether it was read from a title. */
  unitType: UnitType | null;
  unitTypeInferred: boolean;
  /** The unit types along the post's chain, its OPD's included (model/placement unitBit per type). */
  chainMask: number;
  /** The bits of chainMask known only from titles. */
  inferredMask: number;
  opdType: UnitType | null;
  opdInferred: boolean;
  /** The post's chain up to its head has a parent link read from titles: where it sits rests on that. */
  parentInferred: boolean;
  structure: Structure;
  placement: Placement;
}

/** Ancestors nearest first; stops at a cycle or a missing parent. */
export function ancestors(s: Structure, p: Post): Post[] {
  const out: Post[] = [];
  const parent = s.parentOf(p);
  if (p.head !== undefined && (!parent || s.rootOf(parent))) {
    // The parent's chain reaches a head, so it has no cycle: its links are followed as they are, no lookups.
    for (let cur = parent; cur; cur = s.parentOf(cur)) out.push(cur);
    return out;
  }
  const seen = new Set<string>([p.id]);
  for (let cur = p.parentId === null ? undefined : s.byId.get(p.parentId); cur && !seen.has(cur.id); cur = cur.parentId === null ? undefined : s.byId.get(cur.parentId)) {
    seen.add(cur.id);
    out.push(cur);
  }
  return out;
}

/**
 * The facts of a post, read from the structure's placement (computed once for the structure, so no chain is walked
 * per post). With `reuse`, that object is refilled and returned: a batch run decides a million posts with one.
 */
export function factsFor(s: Structure, p: Post, reuse?: PostFacts): PostFacts {
  const pl = placementOf(s);
  const i = p.index!;
  const opd = pl.opd(i);
  const f = reuse ?? ({} as PostFacts);
  f.post = p;
  f.unitType = pl.unitType(i);
  f.unitTypeInferred = pl.unitTypeInferred(i);
  f.chainMask = pl.chainMask(i);
  f.inferredMask = pl.inferredMask(i);
  f.opdType = opd.type;
  f.opdInferred = opd.inferred;
  f.parentInferred = pl.parentInferred(i);
  f.structure = s;
  f.placement = pl;
  return f;
}

/** The ids and unit names of the post and its ancestors, lower case, for local lists (only a region with lists asks). */
export function chainKeys(f: PostFacts): string[] {
  const keys: string[] = [];
  for (const q of [f.post, ...ancestors(f.structure, f.post)]) {
    keys.push(q.id.toLowerCase());
    const unit = q.index === undefined ? q.unit : f.placement.unitName(q.index);
    if (unit) keys.push(unit.toLowerCase());
  }
  return keys;
}
