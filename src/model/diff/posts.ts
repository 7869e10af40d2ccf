/**
 * Posts of two versions matched by id; among the posts matched by none, a post whose normalised title, OPD and
 * parent's title are those of a post that disappeared is that post re-keyed. The parent's title, not its id, is in
 * that key, so that a whole subtree renumbered is matched post by post; a child is moved only when its parent, read
 * through the re-keying, is another post. O(n): two passes over each version, lookups in the structures' indexes.
 */
import type { Structure } from '../structure.js';
import type { Post } from '../types.js';
import type { Change, FieldChange } from './types.js';

export interface PostsDiff {
  changes: Change[];
  /** The new id of each re-keyed post, by its old id. */
  rekeyed: ReadonlyMap<string, string>;
}

export function diffPosts(old: Structure, next: Structure): PostsDiff {
  const changes: Change[] = [];
  const opdOld = (p: Post) => old.opdOf(p) ?? '';
  const opdNew = (p: Post) => next.opdOf(p) ?? '';

  const unmatchedOld: Post[] = [];
  for (const o of old.indexed) if (!next.byId.has(o.id)) unmatchedOld.push(o);
  const unmatchedNew: Post[] = [];
  for (const p of next.indexed) if (!old.byId.has(p.id)) unmatchedNew.push(p);

  // Re-keying: each key's old posts in input order, taken one by one by the new posts with that key.
  const waiting = new Map<string, { posts: Post[]; next: number }>();
  for (const o of unmatchedOld) {
    const k = rekeyKey(o, opdOld(o));
    const w = waiting.get(k);
    if (w) w.posts.push(o);
    else waiting.set(k, { posts: [o], next: 0 });
  }
  const rekeyed = new Map<string, string>();
  const fromOld = new Map<string, Post>();
  for (const p of unmatchedNew) {
    const w = waiting.get(rekeyKey(p, opdNew(p)));
    const o = w?.posts[w.next];
    if (o) {
      w!.next++;
      rekeyed.set(o.id, p.id);
      fromOld.set(p.id, o);
    } else changes.push(postChange('post-added', p, opdNew(p), []));
  }
  for (const o of unmatchedOld) if (!rekeyed.has(o.id)) changes.push(postChange('post-removed', o, opdOld(o), []));

  // Versions mostly list their posts in the same order: the old post after the last one matched is tried first.
  let cursor = -1;
  for (const p of next.indexed) {
    const guess = old.indexed[cursor + 1];
    const o = guess?.id === p.id ? guess : old.byId.get(p.id) ?? fromOld.get(p.id);
    if (!o) continue;
    if (o.index !== undefined && o.id === p.id) cursor = o.index;
    const opd = opdNew(p);
    if (o.id !== p.id) changes.push(postChange('post-rekeyed', p, opd, [{ field: 'id', before: o.id, after: p.id }], o.id));
    const parentBefore = o.parentId === null ? null : rekeyed.get(o.parentId) ?? o.parentId;
    if (parentBefore !== p.parentId) {
      const moved: FieldChange = { field: 'parent_id', before: o.parentId, after: p.parentId };
      if (o.parent) moved.beforeName = o.parent.name;
      if (p.parent) moved.afterName = p.parent.name;
      changes.push(postChange('post-moved', p, opd, [moved]));
    }
    if (o.name !== p.name) changes.push(postChange('post-renamed', p, opd, [{ field: 'name', before: o.name, after: p.name }]));
    // Compared first, built only when they differ: a million unchanged posts allocate nothing here.
    if (o.kind !== p.kind || o.eselon !== p.eselon)
      changes.push(postChange('post-kind', p, opd, fieldChanges([['kind', o.kind, p.kind], ['eselon', o.eselon, p.eselon]])));
    const opdBefore = opdOld(o);
    if (o.unit !== p.unit || opdBefore !== opd)
      changes.push(postChange('post-unit', p, opd, fieldChanges([['unit', o.unit, p.unit], ['opd', opdBefore, opd]])));
  }
  return { changes, rekeyed };
}

/** Title, OPD and parent's title, each normalised (Unicode form, case, runs of spaces). */
function rekeyKey(p: Post, opd: string): string {
  return `${norm(p.name)}\u0000${norm(opd)}\u0000${norm(p.parent?.name ?? '')}`;
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
