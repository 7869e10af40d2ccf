/** The facts a decision rule may look at, derived once per post from the structure. */
import { inferUnitType } from '../model/parse/unit-type.js';
import type { Structure } from '../model/structure.js';
import type { Post, UnitType } from '../model/types.js';
import type { PostFacts } from './engine.js';

/** Ancestors nearest first; stops at a cycle or a missing parent. */
export function ancestors(s: Structure, p: Post): Post[] {
  const out: Post[] = [];
  const seen = new Set<string>([p.id]);
  for (let cur = p.parentId === null ? undefined : s.byId.get(p.parentId); cur && !seen.has(cur.id); cur = cur.parentId === null ? undefined : s.byId.get(cur.parentId)) {
    seen.add(cur.id);
    out.push(cur);
  }
  return out;
}

export function factsFor(s: Structure, p: Post): PostFacts {
  const chain = [p, ...ancestors(s, p)];
  const chainTypes: UnitType[] = [];
  const chainKeys: string[] = [];
  for (const q of chain) {
    if (q.unitType && !chainTypes.includes(q.unitType)) chainTypes.push(q.unitType);
    chainKeys.push(q.id);
    if (q.unit) chainKeys.push(q.unit);
  }
  const root = s.rootOf.get(p.id) ?? chain[chain.length - 1]!;
  const opd = s.opdOf.get(p.id) ?? '';
  const opdType = (root.parentId === null ? root.unitType : null) ?? inferUnitType(opd, opd);
  return { post: p, chainTypes, chainKeys, opdType };
}
