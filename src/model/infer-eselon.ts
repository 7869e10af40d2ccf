/**
 * Eselon for structural posts that have none in the data, once the structure is known: the typical value of the post
 * for the unit it heads and the units above it (rules/data/eselon-typical.yaml: Sekretaris in a kecamatan III.b, in a
 * kelurahan IV.b, …), else the first eselon of its kind with the a/b grade unknown. A title read on its own gives only
 * the kind (model/read-posts.ts); where the post sits gives the grade. Each value is an info finding that says so.
 */
import type { Report } from './finding.js';
import type { Citation } from './finding.js';
import { eselonRangeForKind, kindForEselon } from './parse/eselon.js';
import { kindIsStructural } from './parse/kind.js';
import { placementOf, unitBit } from './placement.js';
import { NONE, type Structure } from './structure.js';
import { KINDS, POST_FLAG, UNIT_TYPES, type Eselon, type Kind, type UnitType } from './types.js';

/** One row of rules/data/eselon-typical.yaml (loaded by rules/reference.ts). */
export interface TypicalEselon {
  /** The post as regions title it, e.g. `Sekretaris Kecamatan`. */
  post: string;
  /** The unit type the post heads. */
  heads: UnitType;
  /** Unit types above the post (its OPD included), one of which must be there; null = anywhere. */
  within: readonly UnitType[] | null;
  eselon: Eselon;
  citation: Citation;
  /** Line of the row in its file. */
  line?: number;
}

/** The first fitting row for a post, memoised per (unit, units above, kind): a handful of distinct keys per run. */
export interface TypicalLookup {
  find(heads: UnitType, withinMask: number, kind: Kind): TypicalEselon | undefined;
  /** The data file, for messages. */
  readonly file: string;
}

const ANYWHERE = -1;

export function typicalLookup(rows: readonly TypicalEselon[], file = 'rules/data/eselon-typical.yaml'): TypicalLookup {
  const masks = rows.map((r) => (r.within ? r.within.reduce((m, t) => m | unitBit(t), 0) : ANYWHERE));
  const memo = new Map<number, TypicalEselon | null>();
  return {
    file,
    find(heads, withinMask, kind) {
      // mask < 2^17, 17 unit types, 7 kinds: one number per key.
      const key = (withinMask * UNIT_TYPES.length + UNIT_TYPES.indexOf(heads)) * KINDS.length + KINDS.indexOf(kind);
      let hit = memo.get(key);
      if (hit === undefined) {
        const k = rows.findIndex((r, i) => r.heads === heads && (masks[i] === ANYWHERE || (masks[i]! & withinMask) !== 0) && kindForEselon(r.eselon) === kind);
        memo.set(key, (hit = k < 0 ? null : rows[k]!));
      }
      return hit ?? undefined;
    },
  };
}


/**
 * Fills the eselon of every structural post that has none (and no unreadable eselon cell), flagging it as inferred.
 * One pass over the posts; the units come from the structure's placement (computed once, used again by the checks).
 */
export function inferEselons(s: Structure, typical: TypicalLookup | undefined, report: Report): void {
  let pl: ReturnType<typeof placementOf> | undefined;
  for (let i = 0; i < s.indexed.length; i++) {
    const p = s.indexed[i]!;
    if (p.eselon !== null || !kindIsStructural(p.kind) || ((p.flags ?? 0) & POST_FLAG.eselonUnreadable) !== 0) continue;
    const kind = p.kind!;
    const at = { file: p.file, line: p.line, row: p.row, postId: p.id, column: 'eselon' };
    pl ??= placementOf(s);
    const heads = pl.unitType(i);
    const opdType = pl.opd(i).type;
    const parent = s.parentAt(i);
    const above = (parent !== NONE ? pl.chainMask(parent) : 0) | (opdType ? unitBit(opdType) : 0);
    const row = heads && typical?.find(heads, above, kind);
    if (row) {
      p.eselon = row.eselon;
      report('post/eselon-typical', { ...at, value: row.eselon }, {
        id: `eselon ${row.eselon} disimpulkan: nilai lazim '${row.post}' (belum terkonfirmasi; ${typical!.file}${row.line ? `:${row.line}` : ''})`,
        en: `eselon ${row.eselon} inferred: the typical value of '${row.post}' (unconfirmed; ${typical!.file}${row.line ? `:${row.line}` : ''})`,
      });
    } else {
      const e = eselonRangeForKind(kind)[0]!;
      p.eselon = e;
      report('post/eselon-inferred', { ...at, value: e }, {
        id: `eselon ${e} diasumsikan dari jenis jabatan '${kind}' (tingkat a/b tidak diketahui)`,
        en: `eselon ${e} assumed from post kind '${kind}' (a/b grade unknown)`,
      });
    }
    p.flags = (p.flags ?? 0) | POST_FLAG.eselonInferred;
  }
}
