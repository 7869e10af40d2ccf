/**
 * People of two versions matched by NIP (the first row of a NIP listed twice): who joined, who left, who holds
 * another post (read through the posts' re-keying: a post renumbered is not a move of its holders), whose golongan
 * changed. The old people by NIP are the structure's table; people listed in the same order in both versions skip it.
 */
import { NONE, type Structure } from '../structure.js';
import type { Person } from '../types.js';
import type { Change, FieldChange } from './types.js';

export function diffPeople(old: Structure, next: Structure, rekeyed: ReadonlyMap<string, string>): Change[] {
  const changes: Change[] = [];
  const before = old.people;
  const matched = new Uint8Array(before.length);
  const seen = new Set<string>();
  let cursor = -1;
  for (let j = 0; j < next.people.length; j++) {
    const p = next.people[j]!;
    const guess = before[cursor + 1];
    const k = guess?.nip === p.nip && !old.repeatsNip(cursor + 1) ? cursor + 1 : old.personWithNip(p.nip);
    if (k === NONE) {
      // A NIP listed twice in the new version is one person: the first row.
      if (!seen.has(p.nip)) changes.push(personChange('person-joined', p, opdOfHolder(next, j), postField(old, NONE, next, j)));
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
      nameFields(moved, old, k, next, j);
      changes.push(personChange('person-moved', p, opdOfHolder(next, j), [moved]));
    }
    if (o.golongan !== p.golongan) changes.push(personChange('person-golongan', p, opdOfHolder(next, j), [{ field: 'golongan', before: o.golongan, after: p.golongan }]));
  }
  for (let k = 0; k < before.length; k++) {
    const o = before[k]!;
    if (!old.repeatsNip(k) && !matched[k]) changes.push(personChange('person-left', o, opdOfHolder(old, k), postField(old, k, next, NONE)));
  }
  return changes;
}

/** The post of a person who joined (new person j) or left (old person k), when they hold one. */
function postField(old: Structure, k: number, next: Structure, j: number): FieldChange[] {
  const o = k === NONE ? null : old.people[k]!;
  const p = j === NONE ? null : next.people[j]!;
  const who = (o ?? p)!;
  if (who.postId === null) return [];
  const f: FieldChange = { field: 'post_id', before: o?.postId ?? null, after: p?.postId ?? null };
  nameFields(f, old, k, next, j);
  return [f];
}

/** The titles of the posts old person k and new person j hold, where they hold one. */
function nameFields(f: FieldChange, old: Structure, k: number, next: Structure, j: number): void {
  const before = k === NONE ? NONE : old.personPostAt(k);
  const after = j === NONE ? NONE : next.personPostAt(j);
  if (before !== NONE) f.beforeName = old.indexed[before]!.name;
  if (after !== NONE) f.afterName = next.indexed[after]!.name;
}

function opdOfHolder(s: Structure, k: number): string {
  const i = s.personPostAt(k);
  return i === NONE ? '' : s.opdAt(i);
}

function personChange(kind: Change['kind'], p: Person, opd: string, fields: FieldChange[]): Change {
  return { kind, key: p.nip, label: p.name, opd, file: p.file, line: p.line, fields };
}
