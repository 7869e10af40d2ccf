/**
 * Posts of two versions matched by id; among the posts matched by none, a post whose normalised title, OPD and
 * parent's title are those of a post that disappeared is that post re-keyed. The parent's title, not its id, is in
 * that key, so that a whole subtree renumbered is matched post by post; then, among those still unpaired, a post whose
 * title, OPD and parent (the same post, through that re-keying) are those of a post that disappeared: a post
 * renumbered under a parent that was renamed. A child is moved only when its parent, read through the re-keying, is
 * another post. O(n): a few passes over each version, lookups in the structures' indexes.
 */
import { NONE, type Structure } from '../structure.js';
import type { Post } from '../types.js';
import type { Change, FieldChange } from './types.js';

export interface PostsDiff {
  changes: Change[];
  /** The new id of each re-keyed post, by its old id. */
  rekeyed: ReadonlyMap<string, string>;
}

export function diffPosts(old: Structure, next: Structure): PostsDiff {
  const changes: Change[] = [];

  // Posts by their index in their version's structure.
  const unmatchedOld: number[] = [];
  for (let i = 0; i < old.indexed.length; i++) if (!next.byId.has(old.indexed[i]!.id)) unmatchedOld.push(i);
  const unmatchedNew: number[] = [];
  for (let i = 0; i < next.indexed.length; i++) if (!old.byId.has(next.indexed[i]!.id)) unmatchedNew.push(i);

  const rekeyed = new Map<string, string>();
  const fromOld = new Map<string, number>();
  // Re-keying: each key's old posts in input order, taken one by one by the new posts with that key. First by the
  // parent's title (a subtree renumbered), then, among the posts still unpaired, by the parent itself, read through the
  // first pass (a post renumbered under a parent that was renamed).
  const pair = (olds: readonly number[], news: readonly number[], oldKey: (o: number) => string, newKey: (i: number) => string) => {
    const waiting = new Map<string, { posts: number[]; next: number }>();
    for (const o of olds) {
      const k = oldKey(o);
      const w = waiting.get(k);
      if (w) w.posts.push(o);
      else waiting.set(k, { posts: [o], next: 0 });
    }
    for (const i of news) {
      const w = waiting.get(newKey(i));
      const o = w?.posts[w.next];
      if (o === undefined) continue;
      w!.next++;
      rekeyed.set(old.indexed[o]!.id, next.indexed[i]!.id);
      fromOld.set(next.indexed[i]!.id, o);
    }
  };
  pair(unmatchedOld, unmatchedNew, (o) => rekeyKey(old, o, parentTitle(old, o)), (i) => rekeyKey(next, i, parentTitle(next, i)));
  const leftOld = unmatchedOld.filter((o) => !rekeyed.has(old.indexed[o]!.id));
  const leftNew = unmatchedNew.filter((i) => !fromOld.has(next.indexed[i]!.id));
  const parentId = (id: string | null) => (id === null ? '' : `#${rekeyed.get(id) ?? id}`);
  pair(leftOld, leftNew, (o) => rekeyKey(old, o, parentId(old.indexed[o]!.parentId)), (i) => rekeyKey(next, i, parentId(next.indexed[i]!.parentId)));
  for (const i of leftNew) if (!fromOld.has(next.indexed[i]!.id)) changes.push(postChange('post-added', next.indexed[i]!, next.opdAt(i), []));
  for (const o of leftOld) if (!rekeyed.has(old.indexed[o]!.id)) changes.push(postChange('post-removed', old.indexed[o]!, old.opdAt(o), []));

  // Versions mostly list their posts in the same order: the old post after the last one matched is tried first.
  let cursor = -1;
  for (let i = 0; i < next.indexed.length; i++) {
    const p = next.indexed[i]!;
    const guess = old.indexed[cursor + 1];
    const byId = guess?.id === p.id ? cursor + 1 : old.byId.indexOf(p.id);
    if (byId !== NONE) cursor = byId;
    const oi = byId !== NONE ? byId : fromOld.get(p.id);
    if (oi === undefined) continue;
    const o = old.indexed[oi]!;
    const opd = next.opdAt(i);
    if (o.id !== p.id) changes.push(postChange('post-rekeyed', p, opd, [{ field: 'id', before: o.id, after: p.id }], o.id));
    const parentBefore = o.parentId === null ? null : rekeyed.get(o.parentId) ?? o.parentId;
    if (parentBefore !== p.parentId) {
      const moved: FieldChange = { field: 'parent_id', before: o.parentId, after: p.parentId };
      const from = old.parentAt(oi);
      const to = next.parentAt(i);
      if (from !== NONE) moved.beforeName = old.indexed[from]!.name;
      if (to !== NONE) moved.afterName = next.indexed[to]!.name;
      changes.push(postChange('post-moved', p, opd, [moved]));
    }
    if (o.name !== p.name) changes.push(postChange('post-renamed', p, opd, [{ field: 'name', before: o.name, after: p.name }]));
    // Compared first, built only when they differ: a million unchanged posts allocate nothing here.
    if (o.kind !== p.kind || o.eselon !== p.eselon)
      changes.push(postChange('post-kind', p, opd, fieldChanges([['kind', o.kind, p.kind], ['eselon', o.eselon, p.eselon]])));
    const opdBefore = old.opdAt(oi);
    if (o.unit !== p.unit || opdBefore !== opd)
      changes.push(postChange('post-unit', p, opd, fieldChanges([['unit', o.unit, p.unit], ['opd', opdBefore, opd]])));
  }
  return { changes, rekeyed };
}

/** Title and OPD of post i, each normalised (Unicode form, case, runs of spaces), and what stands for its parent. */
function rekeyKey(s: Structure, i: number, parent: string): string {
  return `${norm(s.indexed[i]!.name)}\u0000${norm(s.opdAt(i))}\u0000${parent}`;
}

/** The normalised title of post i's parent ('' without one). */
function parentTitle(s: Structure, i: number): string {
  const parent = s.parentAt(i);
  return norm(parent === NONE ? '' : s.indexed[parent]!.name);
}

function norm(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function fieldChanges(pairs: Array<[string, string | null, string | null]>): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [field, before, after] of pairs) if (before !== after) out.push({ field, before, after });
  return out;
}

function postChange(kind: Change['kind'], p: Post, opd: string, fields: FieldChange[], oldKey?: string): Change {
  return { kind, key: p.id, ...(oldKey !== undefined ? { oldKey } : {}), label: p.name, opd, file: p.file, line: p.line, fields };
}
