/**
 * Where each post sits: its unit (name and type), the unit types along its chain and its OPD, read from the columns
 * where they are given and otherwise from titles, as an analyst reads an export that has only title, eselon, parent
 * and OPD (a Kasubbag under "Sekretaris" sits in the secretariat; a Kasi under "Kepala Bidang Y" in Bidang Y; the
 * OPD "RSUD X" is itself a hospital). Every value read from a title is marked, so that the findings and the decisions
 * resting on it can say so.
 *
 * Computed once per structure in one walk down from each OPD head (parents before children), so a chain of any depth
 * costs one step per post; the per-post values are typed arrays, not objects.
 */
import { unitFromTitle } from './parse/unit-title.js';
import { inferUnitType } from './parse/unit-type.js';
import { NONE, type Structure } from './structure.js';
import { hasFlag, POST_FLAG, UNIT_TYPES, type Post, type UnitType } from './types.js';

/** How a post's own unit was read. */
export const UNIT_SOURCE = {
  /** unit or unit_type column */
  data: 0,
  /** the post's title (it heads that unit) */
  title: 1,
  /** the superior's unit: a JF or pelaksana works in the unit of the post above it */
  superior: 2,
  /** not known */
  none: 3,
} as const;
export type UnitSource = (typeof UNIT_SOURCE)[keyof typeof UNIT_SOURCE];

/** One bit per unit type, for sets of types along a chain. */
export function unitBit(t: UnitType): number {
  return 1 << UNIT_TYPES.indexOf(t);
}

export interface OpdPlacement {
  name: string;
  type: UnitType | null;
  /** Name or type read from the head's title, not from a column. */
  inferred: boolean;
}

export interface Placement {
  /** The type of the post's own unit (for a JF or pelaksana, the unit it works in). */
  unitType(i: number): UnitType | null;
  /** Whether that type was read from a title (the post's or a superior's). */
  unitTypeInferred(i: number): boolean;
  /** The post's unit name: the column's, or the one read from titles ('' when unknown). */
  unitName(i: number): string;
  unitSource(i: number): UnitSource;
  /** Unit types along the chain, the OPD's included (unitBit per type). */
  chainMask(i: number): number;
  /** The bits of chainMask known only from titles. */
  inferredMask(i: number): number;
  /** Whether a link of the chain from the post up to its head was read from titles (a flat list's tree). */
  parentInferred(i: number): boolean;
  /** The OPD of post i (undefined for a post outside the structure's chains, which have no head). */
  opd(i: number): OpdPlacement;
  /** Posts whose own unit was read from their title / from their superior's; OPD heads whose OPD came from their title. */
  readonly counts: { fromTitle: number; fromSuperior: number; opdsFromTitle: number };
}

const cache = new WeakMap<Structure, Placement>();

/** The placement of every indexed post of the structure (computed on first use). */
export function placementOf(s: Structure): Placement {
  let p = cache.get(s);
  if (!p) cache.set(s, (p = build(s)));
  return p;
}

const NO_TYPE = 255;
const NO_OPD: OpdPlacement = Object.freeze({ name: '', type: null, inferred: false });

function build(s: Structure): Placement {
  const n = s.indexed.length;
  const type = new Uint8Array(n).fill(NO_TYPE);
  const source = new Uint8Array(n).fill(UNIT_SOURCE.none);
  const typeInferred = new Uint8Array(n);
  const mask = new Int32Array(n);
  const inferred = new Int32Array(n);
  const linkInferred = new Uint8Array(n);
  // Unit names read from titles (most exports have a unit column: then this stays empty).
  const names = new Map<number, string>();
  const opdOfHead = new Map<number, OpdPlacement>();
  const counts = { fromTitle: 0, fromSuperior: 0, opdsFromTitle: 0 };

  const place = (i: number, pi: number, opd: OpdPlacement, isHead = false) => {
    const p = s.indexed[i]!;
    let t: UnitType | null = p.unitType;
    let src: UnitSource = t !== null || p.unit !== '' ? UNIT_SOURCE.data : UNIT_SOURCE.none;
    if (t === null && headsUnit(p)) {
      const u = unitFromTitle(p.name);
      if (u && u.type !== null) {
        t = u.type;
        if (p.unit === '') names.set(i, u.name);
        src = UNIT_SOURCE.title;
        counts.fromTitle++;
      }
    }
    if (t === null && isHead && opd.type !== null) {
      // An OPD head without a unit heads its OPD.
      t = opd.type;
      src = opd.inferred ? UNIT_SOURCE.title : UNIT_SOURCE.data;
      if (p.unit === '' && opd.inferred) names.set(i, opd.name);
    }
    if (t === null && pi >= 0 && p.unit === '') {
      if (type[pi] !== NO_TYPE) t = UNIT_TYPES[type[pi]!]!;
      const name = names.get(pi);
      if (name !== undefined) names.set(i, name);
      if (t !== null || name !== undefined) {
        src = UNIT_SOURCE.superior;
        typeInferred[i] = typeInferred[pi]!;
        counts.fromSuperior++;
      }
    } else if (src === UNIT_SOURCE.title) typeInferred[i] = 1;
    if (t !== null) type[i] = UNIT_TYPES.indexOf(t);
    source[i] = src;
    linkInferred[i] = pi >= 0 && (linkInferred[pi] || hasFlag(p, POST_FLAG.parentInferred)) ? 1 : 0;
    const own = t === null ? 0 : unitBit(t);
    const opdBit = opd.type === null ? 0 : unitBit(opd.type);
    const dataBits = (pi >= 0 ? mask[pi]! & ~inferred[pi]! : 0) | (typeInferred[i] ? 0 : own) | (opd.inferred ? 0 : opdBit);
    const all = (pi >= 0 ? mask[pi]! : 0) | own | opdBit;
    mask[i] = all;
    inferred[i] = all & ~dataBits;
  };

  // Down from each head, parents before children.
  for (let k = 0; k < n; k++) {
    if (s.indexed[k]!.parentId !== null) continue;
    const opd = opdFor(k, s);
    opdOfHead.set(k, opd);
    if (opd.inferred) counts.opdsFromTitle++;
    s.walkDown(k, (i) => (i === k ? place(i, NONE, opd, true) : place(i, s.parentAt(i), opd)));
  }
  // Posts no head reaches (a broken chain or a cycle): their own values and their OPD column only.
  for (let k = 0; k < n; k++) {
    if (s.headAt(k) !== NONE) continue;
    const p = s.indexed[k]!;
    const t = p.opd ? inferUnitType(p.opd, p.opd) : null;
    place(k, NONE, t === null && !p.opd ? NO_OPD : { name: p.opd, type: t, inferred: false });
  }

  return {
    unitType: (i) => (type[i] === NO_TYPE ? null : UNIT_TYPES[type[i]!]!),
    unitTypeInferred: (i) => typeInferred[i] === 1,
    unitName: (i) => s.indexed[i]!.unit || names.get(i) || '',
    unitSource: (i) => source[i] as UnitSource,
    chainMask: (i) => mask[i]!,
    inferredMask: (i) => inferred[i]!,
    parentInferred: (i) => linkInferred[i] === 1,
    opd: (i) => {
      const p = s.indexed[i]!;
      const h = s.headAt(i);
      const head = h === NONE ? undefined : opdOfHead.get(h);
      if (!p.opd) return head ?? NO_OPD;
      // The post's own OPD cell: its type read from the name, or the head's when the cell names the head's OPD.
      if (head && head.name === p.opd) return head;
      return { name: p.opd, type: inferUnitType(p.opd, p.opd), inferred: false };
    },
    counts,
  };
}

/** Whether a post heads a unit (so its title may name it): a structural post, or an eselon V head. */
function headsUnit(p: Post): boolean {
  if (p.kind === null) return unitFromTitle(p.name) !== null;
  return p.kind !== 'fungsional' && (p.kind !== 'pelaksana' || p.eselon === 'V.a' || p.eselon === 'V.b');
}

/** The OPD head k leads: its opd cell, else its unit, else read from its title ("Kepala Dinas Kesehatan"). */
function opdFor(k: number, s: Structure): OpdPlacement {
  const head = s.indexed[k]!;
  const name = s.opdAt(k);
  const fromTitle = unitFromTitle(head.name);
  if (head.opd || head.unit) {
    // As before: the head's own unit type names its OPD; else the OPD's name does; else the head's title.
    const type = head.unitType ?? inferUnitType(name, name);
    if (type !== null || !headsUnit(head) || !fromTitle?.type) return { name, type, inferred: false };
    return { name, type: fromTitle.type, inferred: true };
  }
  return fromTitle ? { name: fromTitle.name, type: fromTitle.type, inferred: true } : { name, type: null, inferred: false };
}
