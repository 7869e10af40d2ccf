/** Adapts the shipped reference tables to what the person checks ask. */
import { jenjangFromTitle } from '../model/jenjang-title.js';
import type { Jenjang, Post } from '../model/types.js';
import { loadReferenceData } from '../rules/reference.js';
import type { BupClass, ReferenceData } from '../rules/reference-types.js';
import type { PeopleReference } from './people.js';

export function bupClassFor(kind: Post['kind'], jenjang: Jenjang | null): BupClass {
  if (kind === 'jpt_utama' || kind === 'jpt_madya' || kind === 'jpt_pratama') return 'jpt';
  if (kind !== 'fungsional' || jenjang === null) return 'administrasi';
  if (jenjang.startsWith('ahli_')) return jenjang as BupClass;
  return 'keterampilan';
}

export function referenceForChecks(ref: ReferenceData = loadReferenceData()): PeopleReference {
  return {
    eselonGolongan(e) {
      const info = ref.eselon.get(e);
      return info ? { min: info.golongan.lowest, max: info.golongan.highest } : undefined;
    },
    bupOf(post) {
      const cls = bupClassFor(post.kind, post.kind === 'fungsional' ? jenjangFromTitle(post.name) : null);
      return ref.bup.byClass.get(cls)!.bup;
    },
  };
}
