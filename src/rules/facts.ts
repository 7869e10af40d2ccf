/** The facts a decision rule may look at, derived once per post from the structure. */
import { inferUnitType } from '../model/parse/unit-type.js';
import type { Structure } from '../model/structure.js';
import type { Post, UnitType } from '../model/types.js';
import type { PostFacts } from './engine.js';

/** Ancestors nearest first; stops at a cycle or a missing parent. */
export function ancestors(s: Structure, p: Post): Post[] {
  return ancestorsInto([], s, p);
}

/** Appends `p`'s ancestors, nearest first, to `out`. */
function ancestorsInto(out: Post[], s: Structure, p: Post): Post[] {
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

/** Lists for factsFor to fill again and again in a batch run, instead of two new lists per post. */
export interface FactsScratch {
  chain: Post[];
  chainTypes: UnitType[];
}

/**
 * The post's chain (itself, then its ancestors) and the unit types along it, unique and nearest first. Built per post
 * from the parent links and dropped after its decision: a kept copy per post cost more memory than the walk costs time.
 * With `scratch`, the lists are the scratch's, refilled: the facts hold until the next call with the same scratch.
 */
export function factsFor(s: Structure, p: Post, scratch?: FactsScratch): PostFacts {
  let chain: Post[];
  let chainTypes: UnitType[];
  if (scratch) {
    chain = scratch.chain;
    chainTypes = scratch.chainTypes;
    chain.length = 0;
    chainTypes.length = 0;
    chain.push(p);
  } else {
    chain = [p];
    chainTypes = [];
  }
  ancestorsInto(chain, s, p);
  for (let i = 0; i < chain.length; i++) {
    const t = chain[i]!.unitType;
    if (t && !chainTypes.includes(t)) chainTypes.push(t);
  }
  const root = chain[chain.length - 1]!;
  let opdType = root.parentId === null ? root.unitType : null;
  if (opdType === null) {
    // inferUnitType reads each name once (its own memo): the few hundred OPD names of a million posts.
    const opd = s.opdOf(p) ?? '';
    opdType = inferUnitType(opd, opd);
  }
  return { post: p, chain, chainTypes, opdType };
}
