/** The facts a decision rule may look at, derived once per post from the structure and its placement. */
import { placementOf, type Placement } from '../model/placement.js';
import type { Structure } from '../model/structure.js';
import { foldAncestors } from '../model/structure/chains.js';
import type { Post, UnitType } from '../model/types.js';
import type { LocalUnit } from './types.js';

/** What the conditions may look at for one post. */
export interface PostFacts {
  post: Post;
  /** The post's position in the structure (`structure.indexed[index] === post`). */
  index: number;
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

/**
 * The facts of post i of the structure, read from its placement (computed once for the structure, so no chain is
 * walked per post). With `reuse`, that object is refilled and returned: a batch run decides a million posts with one.
 */
export function factsFor(s: Structure, i: number, reuse?: PostFacts): PostFacts {
  const pl = placementOf(s);
  const opd = pl.opd(i);
  const f = reuse ?? ({} as PostFacts);
  f.post = s.indexed[i]!;
  f.index = i;
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

/**
 * The first entry of a local list (in list order) that names the post or one of its ancestors, by id or unit name,
 * case-insensitive. Computed for every post at once, per structure and list: a million posts with a regional list
 * cost one pass, not a walk up each post's chain.
 */
export function localListHit(f: PostFacts, list: readonly LocalUnit[]): LocalUnit | undefined {
  let byList = localHits.get(f.structure);
  if (!byList) localHits.set(f.structure, (byList = new WeakMap()));
  let hits = byList.get(list);
  if (!hits) byList.set(list, (hits = listHits(f.structure, f.placement, list)));
  const k = hits[f.index]!;
  return k === NO_HIT ? undefined : list[k];
}

const localHits = new WeakMap<Structure, WeakMap<readonly LocalUnit[], Int32Array>>();
const NO_HIT = 0x7fffffff;

/** Per post, the smallest index of a list entry naming the post or an ancestor (NO_HIT when none). */
function listHits(s: Structure, pl: Placement, list: readonly LocalUnit[]): Int32Array {
  const first = new Map<string, number>();
  list.forEach((u, k) => {
    const key = u.match.toLowerCase();
    if (!first.has(key)) first.set(key, k);
  });
  const own = (p: Post, i: number) => {
    const unit = pl.unitName(i);
    return Math.min(first.get(p.id.toLowerCase()) ?? NO_HIT, unit ? first.get(unit.toLowerCase()) ?? NO_HIT : NO_HIT);
  };
  const above = foldAncestors(s, own, Math.min, NO_HIT);
  for (let i = 0; i < above.length; i++) above[i] = Math.min(above[i]!, own(s.indexed[i]!, i));
  return above;
}
