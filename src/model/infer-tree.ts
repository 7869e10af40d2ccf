/**
 * Parents for posts listed without one (no parent column, or empty parents on posts that are plainly not an OPD's
 * head), read as an analyst reads a flat list. Within each OPD (the opd column; else a unit or head title naming one;
 * else the OPD of the row above; one OPD per file when nothing names any):
 * - the head is the post most likely to head it (model/head.ts): the highest level, then a title naming the OPD;
 * - with a hierarchy depth column, the nearest post above with a smaller depth;
 * - a JF or pelaksana goes under the post heading the unit its unit column or its title names ("Staf Seksi X"), else
 *   under the head;
 * - a Kasi, Kasubbag or Sekretaris naming a kelurahan, UPT or RSUD ("… Kelurahan Sukamaju", "… UPT Puskesmas X") under
 *   its head; in a list whose row order agrees with the titles (a list in hierarchical order), under the nearest head
 *   above it that may hold it (a Kabid over a Kasi, a Kepala UPT over its Kasubbag); else a Kasi or Kasubbid under the
 *   Kabid whose bidang it names, a Kasubbag under the Kabag whose bagian it names, a Kabag under the Asisten whose
 *   field it names; a Kasubbag otherwise under the Sekretaris;
 * - anything else under the head.
 * A parent always ranks above its child, so no cycle is made. Linear in the posts: per-OPD indexes of the posts that
 * head units, memoised per distinct title.
 */
import type { Report } from './finding.js';
import { compareHeads, headsOffice, LEAF_RANK, levelOfRank, namesOpd, OFFICE_HEAD_RANK, PENGAWAS_LEVEL, plainlyNotHead, rankOf } from './head.js';
import type { TypicalLookup } from './infer-eselon.js';
import { Placer, type Group } from './infer-tree-placer.js';
import { eselonOrder } from './parse/eselon.js';
import { unitFromTitle } from './parse/unit-title.js';
import { inferUnitType } from './parse/unit-type.js';
import { unitBit } from './placement.js';
import { NONE, type Structure } from './structure.js';
import { POST_FLAG, type Post } from './types.js';
import { OPD_TYPES, SUB_OPD, SUB_WORDS, UnitWords } from './unit-words.js';

export interface TreeInference {
  /** Posts whose parent was inferred. */
  posts: number;
  /** OPDs they are in. */
  opds: number;
}

/**
 * Sets the parent of each post that needs one (parentId and POST_FLAG.parentInferred; the caller builds the structure
 * again) and reports one info finding per OPD. `depth` is the hierarchy depth column by position in `s.posts` (0 = none).
 * Null when no post was placed.
 */
export function inferTree(s: Structure, depth: ArrayLike<number> | null, typical: TypicalLookup | undefined, report: Report): TreeInference | null {
  const posts = s.indexed;
  const n = posts.length;
  if (!needsTree(posts)) return null;
  const words = new UnitWords();
  const { groups, groupOf } = groupPosts(s, words);
  const key = (name: string) => words.key(name);
  const rank = new Uint8Array(n);
  const names = new Uint8Array(n);
  for (let i = 0; i < n; i++) rank[i] = rankOf(posts[i]!, typicalOrder(posts[i]!, groups[groupOf[i]!]!, typical, words));
  rankOfficeHeads(posts, rank, groups.length, groupOf);
  for (let i = 0; i < n; i++) {
    const p = posts[i]!;
    const g = groups[groupOf[i]!]!;
    if (p.parentId !== null) continue;
    names[i] = namesOpd(p, g, key);
    const h = g.head;
    if (h < 0 || compareHeads(rank[i]!, names[i]!, i, rank[h]!, names[h]!, h) < 0) g.head = i;
  }
  // The posts to place, by rank (highest first: a parent's own parent is settled before its children are placed).
  const buckets: number[][] = [];
  for (let i = 0; i < n; i++) {
    const g = groups[groupOf[i]!]!;
    const h = g.head;
    if (posts[i]!.parentId !== null || h === i || !plainlyNotHead(rank[i]!, names[i]!, rank[h]!, names[h]!)) continue;
    // Never under a head of the same or a lower eselon (an Asisten II.b listed below a Sekretaris DPRD II.b): left a root.
    if (posts[i]!.eselon !== null && posts[h]!.eselon !== null && rank[h]! >= rank[i]!) continue;
    (buckets[rank[i]!] ??= []).push(i);
    g.work = true;
  }
  if (buckets.length === 0) return null;
  const dep = depth ? depthParents(s, depth, groupOf) : null;
  const placer = new Placer(posts, rank, words);
  for (let i = 0; i < n; i++) {
    const g = groups[groupOf[i]!]!;
    if (g.work && rank[i]! < LEAF_RANK && s.headAt(i) !== NONE) placer.add(g, i);
  }
  placer.readOrder(groups, groupOf);
  const useOrder = placer.orderAgrees(buckets, groups, groupOf);
  const parentOf = new Int32Array(n).fill(-1);
  const up = (q: number) => (parentOf[q]! >= 0 ? parentOf[q]! : s.parentAt(q));
  for (const bucket of buckets) for (const i of bucket ?? []) {
    const g = groups[groupOf[i]!]!;
    let parent = dep && dep[i]! >= 0 ? dep[i]! : placer.parentFor(i, g, useOrder);
    // Never under a post of its own subtree (a bad data chain could lead there): then under the head.
    for (let q = parent, steps = 0; q >= 0; q = up(q)) if (q === i || ++steps > 64) {
      parent = g.head;
      break;
    }
    parentOf[i] = parent;
    const p = posts[i]!;
    p.parentId = posts[parent]!.id;
    p.flags = (p.flags ?? 0) | POST_FLAG.parentInferred;
    g.inferred++;
  }
  return reportGroups(groups, posts, dep !== null, report);
}

/**
 * The head of an office in a list whose highest posts are pengawas (a BPS district office: "Kepala BPS" over its Kasi):
 * a "Kepala X" of no known kind, X no unit of a regional OPD (headsOffice), ranks as an administrator. Beside an
 * administrator or a JPT it stays of unknown rank ("Kepala Sekolah" in a Dinas's list).
 */
function rankOfficeHeads(posts: readonly Post[], rank: Uint8Array, groups: number, groupOf: Int32Array): void {
  const offices: number[] = [];
  for (let i = 0; i < posts.length; i++) if (posts[i]!.parentId === null && headsOffice(posts[i]!)) offices.push(i);
  if (offices.length === 0) return;
  // The highest level in each OPD (the office heads' own, unknown, is the lowest and changes nothing).
  const top = new Uint8Array(groups).fill(255);
  for (let i = 0; i < posts.length; i++) top[groupOf[i]!] = Math.min(top[groupOf[i]!]!, levelOfRank(rank[i]!));
  for (const i of offices) if (top[groupOf[i]!]! >= PENGAWAS_LEVEL) rank[i] = OFFICE_HEAD_RANK;
}

/** One info finding per OPD with posts placed, at its head; the totals. */
function reportGroups(groups: readonly Group[], posts: readonly Post[], byDepth: boolean, report: Report): TreeInference {
  const how = byDepth ? { id: 'kolom kedalaman hierarki', en: 'the hierarchy depth column' } : { id: 'nama jabatan, unit dan eselon', en: 'titles, units and eselon' };
  const total = { posts: 0, opds: 0 };
  for (const g of groups) {
    if (g.inferred === 0) continue;
    total.posts += g.inferred;
    total.opds++;
    const head = posts[g.head]!;
    const name = { id: g.name || '(berkas ini)', en: g.name || '(this file)' };
    report('post/parent-inferred', { file: head.file, line: head.line, row: head.row, postId: head.id, column: 'parent_id', value: g.name }, {
      id: `atasan ${g.inferred} jabatan di perangkat daerah '${name.id}' disimpulkan dari ${how.id} (parent_id kosong); kepala: '${head.name}'`,
      en: `parents of ${g.inferred} posts in OPD '${name.en}' inferred from ${how.en} (parent_id empty); head: '${head.name}'`,
    });
  }
  return total;
}

/** Whether some post without a parent may not be its OPD's head: two without a parent sharing an OPD, or one with none named. */
function needsTree(posts: readonly Post[]): boolean {
  const seen = new Set<string>();
  for (let i = 0; i < posts.length; i++) {
    const p = posts[i]!;
    if (p.parentId !== null) continue;
    const opd = explicitOpd(p);
    if (opd === null) return seen.size > 0 || hasAnotherRoot(posts, i);
    // As written, as the structure check groups heads: a full tree is let through without a key per OPD.
    if (seen.has(opd)) return true;
    seen.add(opd);
  }
  return false;
}

function hasAnotherRoot(posts: readonly Post[], from: number): boolean {
  for (let i = from + 1; i < posts.length; i++) if (posts[i]!.parentId === null) return true;
  return false;
}

/** The OPD a post without a parent names: its opd cell, a unit that is an OPD, or the OPD its title heads (a JPT's, a Camat's). */
function explicitOpd(p: Post): string | null {
  if (p.opd) return p.opd;
  if (p.unit) {
    const t = inferUnitType(p.unit);
    if (t !== null && OPD_TYPES.has(t)) return p.unit;
  }
  const u = unitFromTitle(p.name);
  if (u && u.type !== null && OPD_TYPES.has(u.type) && (u.type === 'kecamatan' || levelOfRank(rankOf(p)) <= 2)) return u.name;
  return null;
}

/** Each post's OPD: named by the post, else its head's (a post with a parent), else the row above's; in input order. */
function groupPosts(s: Structure, words: UnitWords): { groups: Group[]; groupOf: Int32Array } {
  const posts = s.indexed;
  const groups: Group[] = [];
  const byKey = new Map<string, number>();
  // By the name as written first (OPD cells repeat on every row of the OPD), by its key after.
  const byName = new Map<string, number>();
  const groupFor = (name: string): number => {
    let g = byName.get(name);
    if (g !== undefined) return g;
    const key = words.key(name);
    g = byKey.get(key);
    if (g === undefined) {
      byKey.set(key, (g = groups.length));
      groups.push({ name, key, type: inferUnitType(name, name), head: -1, inferred: 0, work: false });
    }
    byName.set(name, g);
    return g;
  };
  const groupOf = new Int32Array(posts.length);
  let ctx = -1;
  for (let i = 0; i < posts.length; i++) {
    const p = posts[i]!;
    const head = s.headAt(i);
    let g = -1;
    if (p.parentId === null) {
      const opd = explicitOpd(p);
      if (opd !== null) g = groupFor(opd);
    } else if (p.opd) g = groupFor(p.opd);
    else if (head !== NONE && head < i) g = groupOf[head]!;
    if (g < 0) g = ctx;
    // The rows above the first OPD named belong to it.
    if (ctx < 0 && g >= 0) groupOf.fill(g, 0, i);
    if (g >= 0) groupOf[i] = ctx = g;
  }
  if (ctx < 0) groups.push({ name: '', key: '', type: null, head: -1, inferred: 0, work: false });
  return { groups, groupOf };
}

/** The typical eselon order of a post without one, in its OPD (and the kelurahan or UPT its title names), for ranking. */
function typicalOrder(p: Post, g: Group, typical: TypicalLookup | undefined, words: UnitWords): number | undefined {
  if (!typical || p.eselon !== null || p.kind === null || p.kind === 'pelaksana' || p.kind === 'fungsional') return undefined;
  const t = p.unitType ?? unitFromTitle(p.name)?.type ?? null;
  if (t === null) return undefined;
  let mask = g.type ? unitBit(g.type) : 0;
  const titleWords = words.of(p.name);
  for (const sub of SUB_OPD) if (t !== sub && SUB_WORDS[sub]!.some((w) => titleWords.includes(w))) mask |= unitBit(sub);
  const row = typical.find(t, mask, p.kind);
  return row ? eselonOrder(row.eselon) : undefined;
}

/** With a depth column: each post's nearest post above it in its OPD with a smaller depth (-1 when none or no depth). */
function depthParents(s: Structure, depth: ArrayLike<number>, groupOf: Int32Array): Int32Array | null {
  const n = s.indexed.length;
  const d = new Int32Array(n);
  let any = false;
  // The indexed posts are the posts without the duplicates, in the same order.
  for (let k = 0, i = 0; k < s.posts.length && i < n; k++) {
    if (s.posts[k] !== s.indexed[i]) continue;
    if (depth[k]! > 0) {
      d[i] = depth[k]!;
      any = true;
    }
    i++;
  }
  if (!any) return null;
  const out = new Int32Array(n).fill(-1);
  const stacks = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (d[i] === 0) continue;
    let stack = stacks.get(groupOf[i]!);
    if (!stack) stacks.set(groupOf[i]!, (stack = []));
    while (stack.length && d[stack[stack.length - 1]!]! >= d[i]!) stack.pop();
    if (stack.length) out[i] = stack[stack.length - 1]!;
    stack.push(i);
  }
  return out;
}
