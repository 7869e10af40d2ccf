/**
 * How likely a post is to head its OPD: the tree builder picks the head of a list without parents by it
 * (model/infer-tree.ts), and the structure check blames the least likely of several heads (check/structure.ts), not
 * the first one listed. A higher eselon level wins; at the same level, a title that names the OPD ("Kepala Dinas
 * Kesehatan", "Camat Sukamaju", "Inspektur") wins over one that does not (Sekretaris, Kepala Bidang); then the finer
 * rank (III.a before III.b), then input order.
 */
import { eselonOrder } from './parse/eselon.js';
import { HEAD_WORD_RE } from './parse/post-title.js';
import { unitFromTitle } from './parse/unit-title.js';
import { inferUnitType } from './parse/unit-type.js';
import type { Kind, Post, UnitType } from './types.js';

/** An OPD as the head rules see it: its key (see opdKey) and its type. */
export interface OpdRef {
  /** The name as written. */
  name: string;
  key: string;
  type: UnitType | null;
}

const KEY_RE = /[^\p{L}\p{N}]+/gu;
const keys = new Map<string, string>();

/** An OPD or unit name compared loosely: lower case, punctuation as spaces ("DINAS KESEHATAN" = "Dinas Kesehatan"). */
export function opdKeyOf(name: string): string {
  return name.toLowerCase().replace(KEY_RE, ' ').trim();
}

/** opdKey, memoised (bounded) for callers that have no memo of their own. */
export function opdKey(name: string): string {
  let k = keys.get(name);
  if (k === undefined) {
    if (keys.size >= 50_000) keys.clear();
    keys.set(name, (k = opdKeyOf(name)));
  }
  return k;
}

export function opdRef(name: string): OpdRef {
  return { name, key: opdKey(name), type: inferUnitType(name, name) };
}

/** Rank of a kind without an eselon, in the half steps of rankOf: the middle of its eselons. */
const KIND_RANK: Readonly<Record<Kind, number>> = {
  jpt_utama: 2, jpt_madya: 3, jpt_pratama: 7, administrator: 11, pengawas: 15, pelaksana: 22, fungsional: 22,
};
export const LEAF_RANK = 22;
/** The level of pengawas (eselon IV) posts, as levelOfRank gives it. */
export const PENGAWAS_LEVEL = 4;
/** The rank of an office's head over pengawas (headsOffice): an administrator's, as a Kepala Kantor's. */
export const OFFICE_HEAD_RANK = KIND_RANK.administrator;
const UNKNOWN_RANK = 24;

/**
 * A post's rank in half steps, smaller is higher: 2 × eselon order (I.a = 2 … V.b = 20); without an eselon, `typical`
 * (an order) or the middle of its kind's eselons; 22 for JF and pelaksana, 24 for an unknown kind.
 */
export function rankOf(p: Post, typical?: number): number {
  if (p.eselon) return 2 * eselonOrder(p.eselon);
  if (typical !== undefined) return 2 * typical;
  return p.kind ? KIND_RANK[p.kind] : UNKNOWN_RANK;
}

/**
 * Whether a post's title reads as the head of an office rather than of a unit of a regional OPD: "Kepala X" of no known
 * kind and no eselon, X naming no unit type (not a seksi, subbagian, bidang, UPT …: those give a kind): "Kepala BPS",
 * "Kepala Balai Benih". Whether it heads its list depends on the posts beside it (model/infer-tree.ts).
 */
export function headsOffice(p: Post): boolean {
  return p.kind === null && p.eselon === null && HEAD_WORD_RE.test(p.name) && unitFromTitle(p.name) === null;
}

/** The eselon level of a rank (I → 1 … V → 5; 6 for JF, pelaksana and unknown kinds). */
export function levelOfRank(rank: number): number {
  return Math.ceil(rank / 4);
}

/**
 * 2: the unit a structural post heads (its unit column, else the one its title names) is the OPD itself; 1: a unit of
 * the OPD's type ("Kepala Dinas"); 0: neither. A JF or pelaksana heads nothing, whatever its unit column says. A unit
 * of another type than the OPD's is not the OPD: its name is not compared.
 */
export function namesOpd(p: Post, opd: OpdRef, key: (name: string) => string = opdKey): number {
  if (opd.key === '' || rankOf(p) >= LEAF_RANK) return 0;
  if (p.unit) {
    if (p.unitType !== null && p.unitType !== opd.type) return 0;
    return p.unit === opd.name || key(p.unit) === opd.key ? 2 : p.unitType !== null ? 1 : 0;
  }
  const u = unitFromTitle(p.name);
  if (!u || u.type === null || u.type !== opd.type) return 0;
  return key(u.name) === opd.key ? 2 : 1;
}

/** Negative when post a (rank, namesOpd, input position) is more likely the OPD's head than post b. */
export function compareHeads(rankA: number, namesA: number, atA: number, rankB: number, namesB: number, atB: number): number {
  return levelOfRank(rankA) - levelOfRank(rankB) || namesB - namesA || rankA - rankB || atA - atB;
}

/**
 * Whether a post listed without a parent is plainly not the OPD's head, given the head chosen: lower in level, or at
 * the same level without naming the OPD as the head does. A second post titled as the head is not (two heads are an
 * error for the analyst, not something to guess away).
 */
export function plainlyNotHead(rank: number, names: number, headRank: number, headNames: number): boolean {
  if (names === 2) return false;
  const d = levelOfRank(rank) - levelOfRank(headRank);
  return d > 0 || (d === 0 && names < headNames);
}
