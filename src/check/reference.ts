/** Adapts the shipped reference tables to what the person checks ask. */
import { bupLookup } from '../rules/bup.js';
import { loadReferenceData } from '../rules/reference.js';
import type { ReferenceData } from '../rules/reference-types.js';
import type { PeopleReference } from './people.js';

export function referenceForChecks(ref: ReferenceData = loadReferenceData()): PeopleReference {
  const bup = bupLookup(ref);
  return {
    eselonGolongan(e) {
      const info = ref.eselon.get(e);
      return info ? { min: info.golongan.lowest, max: info.golongan.highest } : undefined;
    },
    bupOf: (post) => bup.ofPost(post),
  };
}
