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

/** Decisions are in input order; the result keeps that order, one migrated post per decision. */
export function restructure(s: Structure, decisions: readonly PostDecision[]): MigratedPost[] {
  const dissolved = new Set<string>();
  for (const d of decisions) if (d.decision === 'equalise') dissolved.add(d.post.id);
  const keptAncestorCache = new Map<string, Post | null>();
  const keptAncestor = (p: Post): Post | null => {
    const hit = keptAncestorCache.get(p.id);
    if (hit !== undefined) return hit;
    const seen = new Set<string>([p.id]);
    let cur = p.parentId === null ? undefined : s.byId.get(p.parentId);
    const walked: Post[] = [];
    while (cur && !seen.has(cur.id) && dissolved.has(cur.id)) {
      seen.add(cur.id);
      walked.push(cur);
      cur = cur.parentId === null ? undefined : s.byId.get(cur.parentId);
    }
    const result = cur && !seen.has(cur.id) ? cur : null;
    keptAncestorCache.set(p.id, result);
    return result;
  };
  return decisions.map((d) => {
    const p = d.post;
    const parentDissolved = p.parentId !== null && dissolved.has(p.parentId);
    const newParent = parentDissolved ? keptAncestor(p) : null;
    const base: MigratedPost = {
      id: p.id, parentId: p.parentId, name: p.name, kind: p.kind, eselon: p.eselon, unit: p.unit,
      opd: s.opdOf(p) ?? p.opd, unitType: p.unitType, sourceId: p.id,
      change: d.decision === 'review' ? 'review' : 'unchanged',
    };
    if (d.decision === 'equalise' && d.jf && d.jenjang) {
      const home = keptAncestor(p);
      return {
        ...base,
        parentId: home?.id ?? null,
        name: `${d.jf.name} ${JENJANG_LABEL[d.jenjang]}`,
        kind: 'fungsional', eselon: null,
        unit: home?.unit ?? p.unit, unitType: home?.unitType ?? null,
        change: 'equalised',
      };
    }
    if (parentDissolved) {
      return {
        ...base,
        parentId: newParent?.id ?? null,
        unit: newParent?.unit ?? p.unit,
        unitType: newParent?.unitType ?? p.unitType,
        change: base.change === 'review' ? 'review' : 'replaced',
      };
    }
    return base;
  });
}
