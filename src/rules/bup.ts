/**
 * Retirement ages (BUP) from the shipped reference tables: the class age of a post as it is, or of the JF a post is
 * equalised to. Asked by the person checks (check/reference.ts) and by migrate (migrate/people.ts).
 */
import { jenjangFromTitle } from '../model/jenjang-title.js';
import type { Jenjang, Post } from '../model/types.js';
import { bupClassOf, normaliseJfName } from './reference.js';
import type { BupClass, JfAge, ReferenceData } from './reference-types.js';

/** A retirement age: the class age of PP 11/2017 Pasal 239 ayat (2), or the JF's own age (Pasal 240, `jf`). */
export interface Bup {
  age: number;
  jf?: JfAge;
}

export interface BupLookup {
  /**
   * The BUP of a post as it is; null when it cannot be told: a JF title without a jenjang (its class follows the
   * jenjang) and no age of its own, or a post of unknown kind. Never a guessed 58.
   */
  ofPost(post: Pick<Post, 'kind' | 'name'>): Bup | null;
  /** The BUP of a post equalised to JF `jfId` (null: not yet chosen) at `jenjang`. */
  ofJf(jfId: string | null, jenjang: Jenjang): Bup;
}

const lookups = new WeakMap<ReferenceData, BupLookup>();

/** One lookup per reference data, shared by the checks and migrate; a JF title is read once per distinct title. */
export function bupLookup(ref: ReferenceData): BupLookup {
  let lookup = lookups.get(ref);
  if (!lookup) lookups.set(ref, (lookup = makeLookup(ref)));
  return lookup;
}

function makeLookup(ref: ReferenceData): BupLookup {
  const byClass = new Map<BupClass, Bup>([...ref.bup.byClass].map(([cls, info]) => [cls, { age: info.bup }]));
  const byJf = new Map<string, Bup>();
  // Longest title first, so that `guru besar` wins over `guru`.
  const titles: Array<[string, Bup]> = [];
  for (const row of ref.bup.jfAges) {
    const bup = { age: row.bup, jf: row };
    if (!byJf.has(row.jf)) byJf.set(row.jf, bup);
    for (const t of row.titles) titles.push([t, bup]);
  }
  titles.sort((a, b) => b[0].length - a[0].length);
  const ownAge = (title: string): Bup | undefined => {
    const t = normaliseJfName(title);
    return titles.find(([p]) => t === p || t.startsWith(`${p} `))?.[1];
  };
  const jfByTitle = new Map<string, Bup | null>();
  return {
    ofPost(post) {
      if (post.kind === null) return null;
      if (post.kind !== 'fungsional') return byClass.get(bupClassOf(post.kind, null)!)!;
      let bup = jfByTitle.get(post.name);
      if (bup === undefined) {
        const cls = bupClassOf('fungsional', jenjangFromTitle(post.name));
        jfByTitle.set(post.name, (bup = ownAge(post.name) ?? (cls ? byClass.get(cls)! : null)));
      }
      return bup;
    },
    ofJf(jfId, jenjang) {
      return (jfId === null ? undefined : byJf.get(jfId)) ?? byClass.get(bupClassOf('fungsional', jenjang)!)!;
    },
  };
}
