/**
 * The level a unit head's title gives against the level its eselon gives. PP 18/2016 practice (typical regional
 * values, unconfirmed): a Kepala Bidang or Kepala Bagian is an administrator (III.a/III.b); a Kepala Seksi, Subbagian
 * or Subbidang a pengawas (IV.a/IV.b). A Kepala Bidang recorded at IV.b is a conflict: one of the two is wrong, and
 * neither keep nor equalise may rest on it (the check reports it, the decision rules send it to review).
 */
import { kindForEselon } from './parse/eselon.js';
import { unitFromTitle } from './parse/unit-title.js';
import { hasFlag, POST_FLAG, type Kind, type Post, type UnitType } from './types.js';

const TITLE_LEVEL: Partial<Record<UnitType, Kind>> = {
  bidang: 'administrator', bagian: 'administrator', seksi: 'pengawas', subbagian: 'pengawas', subbidang: 'pengawas',
};

export interface TitleLevelConflict {
  /** The unit the title heads. */
  unit: UnitType;
  /** The level the title gives, and the level the eselon gives. */
  titled: Kind;
  byEselon: Kind;
}

/** Only an eselon given in the data counts: an inferred one was read from this very title. */
export function titleLevelConflict(p: Post): TitleLevelConflict | null {
  if (p.eselon === null || hasFlag(p, POST_FLAG.eselonInferred | POST_FLAG.eselonUnreadable)) return null;
  const unit = unitFromTitle(p.name)?.type;
  const titled = unit ? TITLE_LEVEL[unit] : undefined;
  const byEselon = kindForEselon(p.eselon);
  if (!unit || !titled || titled === byEselon || (byEselon !== 'administrator' && byEselon !== 'pengawas')) return null;
  return { unit, titled, byEselon };
}
