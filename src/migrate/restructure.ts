/** The migrated structure: equalised posts become JF posts under the nearest kept post; staff of dissolved units move with them. */
import type { Structure } from '../model/structure.js';
import type { Jenjang, Post, UnitType } from '../model/types.js';
import type { PostDecision } from './decide.js';

export type Change = 'unchanged' | 'equalised' | 'replaced' | 'review';

export interface MigratedPost {
  id: string;
  parentId: string | null;
  name: string;
  kind: Post['kind'];
  eselon: Post['eselon'];
  unit: string;
  opd: string;
  unitType: UnitType | null;
  sourceId: string;
  change: Change;
}

export const JENJANG_LABEL: Record<Jenjang, string> = {
  ahli_pertama: 'Ahli Pertama', ahli_muda: 'Ahli Muda', ahli_madya: 'Ahli Madya', ahli_utama: 'Ahli Utama',
  pemula: 'Pemula', terampil: 'Terampil', mahir: 'Mahir', penyelia: 'Penyelia',
};

/**
 * A post that stays where it was (most posts of a run): its fields are read from the post, not copied into a new
 * object per post.
 */
class Unchanged implements MigratedPost {
  constructor(private readonly post: Post, readonly opd: string, readonly change: 'unchanged' | 'review') {}
  get id() { return this.post.id; }
  get parentId() { return this.post.parentId; }
  get name() { return this.post.name; }
  get kind() { return this.post.kind; }
  get eselon() { return this.post.eselon; }
  get unit() { return this.post.unit; }
  get unitType() { return this.post.unitType; }
  get sourceId() { return this.post.id; }
}

/** "Analis Kebijakan Ahli Muda": one string per JF and jenjang, shared by every post it names. */
const postNames = new Map<string, string>();
function jfPostName(jf: string, jenjang: Jenjang): string {
  const key = `${jf}\u0000${jenjang}`;
  let name = postNames.get(key);
  if (name === undefined) postNames.set(key, (name = `${jf} ${JENJANG_LABEL[jenjang]}`));
  return name;
}

/** Decisions are in structure order (decideAll); the result keeps that order, one migrated post per decision. */
export function restructure(s: Structure, decisions: readonly PostDecision[]): MigratedPost[] {
  const dissolved = (p: Post) => decisions[s.indexOf(p)!]!.decision === 'equalise';
  // The nearest kept post above each post, by index (filled on demand; undefined = not yet known).
  const keptAbove: Array<Post | null | undefined> = new Array(decisions.length);
  const keptAncestor = (p: Post): Post | null => {
    const i = s.indexOf(p)!;
    const hit = keptAbove[i];
    if (hit !== undefined) return hit;
    // A chain that reaches a head has no cycle: followed as it is. Otherwise a cycle of dissolved posts ends the walk.
    const seen = s.rootOf(p) ? null : new Set<Post>([p]);
    let cur = s.parentOf(p);
    while (cur && !seen?.has(cur) && dissolved(cur)) {
      seen?.add(cur);
      cur = s.parentOf(cur);
    }
    const result = cur && !seen?.has(cur) ? cur : null;
    keptAbove[i] = result;
    return result;
  };
  return decisions.map((d) => {
    const p = d.post;
    const parent = s.parentOf(p);
    const parentDissolved = parent !== undefined && dissolved(parent);
    const opd = s.opdOf(p) ?? p.opd;
    const change = d.decision === 'review' ? 'review' : 'unchanged';
    // One literal with every field (no spread of a base object): V8 then gives all moved posts one shape, where a
    // spread with overrides made a new hidden class per post (a third of a million at 1M posts).
    if (d.decision === 'equalise' && d.jf && d.jenjang) {
      const home = keptAncestor(p);
      return {
        id: p.id, parentId: home?.id ?? null, name: jfPostName(d.jf.name, d.jenjang), kind: 'fungsional', eselon: null,
        unit: home?.unit ?? p.unit, opd, unitType: home?.unitType ?? null, sourceId: p.id, change: 'equalised',
      };
    }
    if (parentDissolved) {
      const newParent = keptAncestor(p);
      return {
        id: p.id, parentId: newParent?.id ?? null, name: p.name, kind: p.kind, eselon: p.eselon,
        unit: newParent?.unit ?? p.unit, opd, unitType: newParent?.unitType ?? p.unitType, sourceId: p.id,
        change: change === 'review' ? 'review' : 'replaced',
      };
    }
    return new Unchanged(p, opd, change);
  });
}
