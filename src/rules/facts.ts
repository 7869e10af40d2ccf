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

interface Chain {
  types: UnitType[];
  keys: string[];
  depth: number;
}

const EMPTY: Chain = { types: [], keys: [], depth: 0 };
/** Chains longer than this are walked per post, as before, instead of being kept (a pathological input). */
const MAX_MEMO_DEPTH = 64;

/** Per structure: the chain of every post whose parents lead to a head (no cycle), and the inferred type per OPD. */
const memo = new WeakMap<Structure, { chains: Map<string, Chain>; opdTypes: Map<string, UnitType | null> }>();

function walk(s: Structure, p: Post): Chain {
  const chain: Chain = { types: [], keys: [], depth: 0 };
  for (const q of [p, ...ancestors(s, p)]) {
    if (q.unitType && !chain.types.includes(q.unitType)) chain.types.push(q.unitType);
    chain.keys.push(q.id);
    if (q.unit) chain.keys.push(q.unit);
    chain.depth++;
  }
  return chain;
}

function extend(p: Post, up: Chain): Chain {
  const t = p.unitType;
  const types = !t ? up.types : up.types[0] === t ? up.types : [t, ...up.types.filter((x) => x !== t)];
  const keys = p.unit ? [p.id, p.unit, ...up.keys] : [p.id, ...up.keys];
  return { types, keys, depth: up.depth + 1 };
}

/**
 * The unit types (unique, nearest first) and keys of a post and its ancestors. A post whose chain reaches a head
 * builds on its parent's chain (memoised), so a whole structure costs one step per post instead of one walk.
 */
function chainOf(s: Structure, p: Post, chains: Map<string, Chain>): Chain {
  if (s.byId.get(p.id) !== p || !s.rootOf(p)) return walk(s, p); // outside the index, broken or cyclic
  const path: Post[] = [];
  let base = EMPTY;
  for (let cur: Post | undefined = p; cur; cur = cur.parentId === null ? undefined : s.byId.get(cur.parentId)) {
    const known = chains.get(cur.id);
    if (known) {
      base = known;
      break;
    }
    path.push(cur);
    if (path.length > MAX_MEMO_DEPTH) return walk(s, p);
  }
  if (base.depth + path.length > MAX_MEMO_DEPTH) return walk(s, p);
  for (let i = path.length - 1; i >= 0; i--) {
    base = extend(path[i]!, base);
    // Ancestors are kept for their other children; a post without children is asked for once.
    if (i > 0 || s.childrenOf(p).length > 0) chains.set(path[i]!.id, base);
  }
  return base;
}

export function factsFor(s: Structure, p: Post): PostFacts {
  let m = memo.get(s);
  if (!m) memo.set(s, (m = { chains: new Map(), opdTypes: new Map() }));
  const chain = chainOf(s, p, m.chains);
  const root = s.rootOf(p) ?? lastOf(s, p);
  const opd = s.opdOf(p) ?? '';
  let opdType = root.parentId === null ? root.unitType : null;
  if (opdType === null) {
    const known = m.opdTypes.get(opd);
    if (known !== undefined) opdType = known;
    else m.opdTypes.set(opd, (opdType = inferUnitType(opd, opd)));
  }
  // chainTypes may be shared with the parent's facts: callers read it, never change it.
  return { post: p, chainTypes: chain.types, chainKeys: chain.keys, opdType };
}

/** The last post of the chain (the head, or where a broken or cyclic chain stops). */
function lastOf(s: Structure, p: Post): Post {
  const up = ancestors(s, p);
  return up.length ? up[up.length - 1]! : p;
}
