/**
 * People of two versions matched by NIP (the first row of a NIP listed twice): who joined, who left, who holds
 * another post (read through the posts' re-keying: a post renumbered is not a move of its holders), whose golongan
 * changed. One Map of the old NIPs; people listed in the same order in both versions skip it.
 */
import type { Structure } from '../structure.js';
import type { Person } from '../types.js';
import type { Change, FieldChange } from './types.js';

export function diffPeople(old: Structure, next: Structure, rekeyed: ReadonlyMap<string, string>): Change[] {
  const changes: Change[] = [];
  const before = old.people;
  // The first row of each old NIP, by NIP and by position.
  const byNip = new Map<string, number>();
  const first = new Uint8Array(before.length);
  for (let k = 0; k < before.length; k++) {
    const nip = before[k]!.nip;
    if (byNip.has(nip)) continue;
    byNip.set(nip, k);
    first[k] = 1;
  }
  const matched = new Uint8Array(before.length);
  const seen = new Set<string>();
  let cursor = -1;
  for (const p of next.people) {
    const guess = before[cursor + 1];
    const k = guess?.nip === p.nip && first[cursor + 1] ? cursor + 1 : byNip.get(p.nip);
    if (k === undefined) {
      // A NIP listed twice in the new version is one person: the first row.
      if (!seen.has(p.nip)) changes.push(personChange('person-joined', p, opdOfHolder(next, p), postField(null, p)));
      seen.add(p.nip);
      continue;
    }
    if (matched[k]) continue;
    matched[k] = 1;
    cursor = k;
    const o = before[k]!;
    const postBefore = o.postId === null ? null : rekeyed.get(o.postId) ?? o.postId;
    if (postBefore !== p.postId) {
      const moved: FieldChange = { field: 'post_id', before: o.postId, after: p.postId };
      if (o.post) moved.beforeName = o.post.name;
      if (p.post) moved.afterName = p.post.name;
      changes.push(personChange('person-moved', p, opdOfHolder(next, p), [moved]));
    }
    if (o.golongan !== p.golongan) changes.push(personChange('person-golongan', p, opdOfHolder(next, p), [{ field: 'golongan', before: o.golongan, after: p.golongan }]));
  }
  for (let k = 0; k < before.length; k++) {
    const o = before[k]!;
    if (first[k] && !matched[k]) changes.push(personChange('person-left', o, opdOfHolder(old, o), postField(o, null)));
  }
  return changes;
}

/** The post of a person who joined or left, when they hold one. */
function postField(o: Person | null, p: Person | null): FieldChange[] {
  const who = (o ?? p)!;
  if (who.postId === null) return [];
  const f: FieldChange = { field: 'post_id', before: o?.postId ?? null, after: p?.postId ?? null };
  if (o?.post) f.beforeName = o.post.name;
  if (p?.post) f.afterName = p.post.name;
  return [f];
}

function opdOfHolder(s: Structure, p: Person): string {
  return p.post ? s.opdOf(p.post) ?? '' : '';
}

function personChange(kind: Change['kind'], p: Person, opd: string, fields: FieldChange[]): Change {
  return { kind, key: p.nip, label: p.name, opd, file: p.file, line: p.line, fields };
}
