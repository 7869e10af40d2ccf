/**
 * The diff core: the fixture pair with a known change of every kind (fixtures/diff/README.md), re-keying (once, not
 * as removed + added, children of a re-keyed parent not moved), and two properties: a version diffed with itself is
 * equal, and known random edits come back exactly.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffVersions, type Change, type DiffSide } from '../../src/model/diff/index.js';
import type { Report } from '../../src/model/finding.js';
import { loadInput } from '../../src/model/load.js';
import { buildStructure } from '../../src/model/structure.js';
import type { Person, Post, TeamMembership } from '../../src/model/types.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'diff');
const quiet: Report = () => undefined;

async function side(dir: string, version: 'old' | 'new', withPeople = true, withTeams = true): Promise<DiffSide> {
  const files = {
    posts: `${version}-posts.csv`,
    ...(withPeople ? { people: `${version}-people.csv` } : {}),
    ...(withTeams ? { teams: `${version}-teams.csv` } : {}),
  };
  const input = await loadInput(files, join(FIXTURES, dir), {}, {}, quiet);
  return { structure: input.structure, ...(input.teams ? { teams: input.teams } : {}), files };
}

/** One line per change: kind, where, key (old → new for a re-keyed post), and the fields as before → after. */
function lines(changes: readonly Change[]): string[] {
  return changes.map((c) => {
    const fields = c.fields.map((f) => `${f.field}=${f.before ?? '∅'}→${f.after ?? '∅'}`).join(' ');
    return `${c.kind} ${c.file}:${c.line} ${c.oldKey !== undefined ? `${c.oldKey}→` : ''}${c.key} [${c.opd}] ${fields}`.trimEnd();
  });
}

describe('diff of the every-kind fixture pair', () => {
  it('reports exactly the edits of fixtures/diff/README.md, in kind, file and line order', async () => {
    const diff = diffVersions(await side('every-kind', 'old'), await side('every-kind', 'new'));
    expect(lines(diff.changes)).toEqual([
      'post-added new-posts.csv:482 DINSOS.04.04 [Dinas Sosial]',
      'post-removed old-posts.csv:472 DINSOS.03.01.02 [Dinas Sosial]',
      'post-rekeyed new-posts.csv:392 DISTAN.03.02→DISTAN.03.05 [Dinas Pertanian] id=DISTAN.03.02→DISTAN.03.05',
      'post-rekeyed new-posts.csv:393 DISTAN.03.02.01→DISTAN.03.05.01 [Dinas Pertanian] id=DISTAN.03.02.01→DISTAN.03.05.01',
      'post-rekeyed new-posts.csv:394 DISTAN.03.02.02→DISTAN.03.05.02 [Dinas Pertanian] id=DISTAN.03.02.02→DISTAN.03.05.02',
      'post-rekeyed new-posts.csv:440 DLH.04→DLH.09 [Dinas Lingkungan Hidup] id=DLH.04→DLH.09',
      'post-rekeyed new-posts.csv:468 DINSOS.02.04→DINSOS.02.09 [Dinas Sosial] id=DINSOS.02.04→DINSOS.02.09',
      'post-moved new-posts.csv:391 DISTAN.03.01.01 [Dinas Lingkungan Hidup] parent_id=DISTAN.03.01→DLH.04.01',
      'post-moved new-posts.csv:464 DINSOS.02.01.02 [Dinas Sosial] parent_id=DINSOS.02.01→DINSOS.02.02',
      'post-renamed new-posts.csv:470 DINSOS.03.01 [Dinas Sosial] name=Kepala Seksi Perlindungan Sosial Korban Bencana→Kepala Seksi Perlindungan Sosial Korban Bencana Alam dan Bencana Sosial',
      'post-kind new-posts.csv:459 DINSOS.01.02 [Dinas Sosial] eselon=IV.a→IV.b',
      'post-kind new-posts.csv:480 DINSOS.04.02.01 [Dinas Sosial] kind=pelaksana→fungsional',
      'post-unit new-posts.csv:391 DISTAN.03.01.01 [Dinas Lingkungan Hidup] unit=Seksi Produksi Hortikultura→Seksi Pemantauan Lingkungan opd=Dinas Pertanian→Dinas Lingkungan Hidup',
      'post-unit new-posts.csv:457 DINSOS.01.01.01 [Dinas Sosial] unit=Subbagian Umum dan Kepegawaian→Subbagian Umum, Kepegawaian dan Perlengkapan',
      'post-unit new-posts.csv:464 DINSOS.02.01.02 [Dinas Sosial] unit=Seksi Rehabilitasi Sosial Anak, Lanjut Usia dan Penyandang Disabilitas→Seksi Rehabilitasi Tuna Sosial dan Korban Perdagangan Orang',
      'person-joined new-people.csv:616 199405172019032001 [Dinas Sosial] post_id=∅→DINSOS.04.04',
      'person-left old-people.csv:606 198112152006021001 [Dinas Sosial] post_id=DINSOS.03.01.02→∅',
      'person-moved new-people.csv:614 197904292000121001 [Dinas Sosial] post_id=DINSOS.04.02.01→DINSOS.03.02.01',
      'person-golongan new-people.csv:499 197308291996121001 [Dinas Lingkungan Hidup] golongan=III/c→III/d',
      'team-formed new-teams.csv:9 TIM-DTKS [Dinas Sosial]',
      'team-dissolved old-teams.csv:5 TIM-EKONOMI [Badan Perencanaan Pembangunan Daerah]',
      'team-members new-teams.csv:2 TIM-RENBANG [Badan Perencanaan Pembangunan Daerah] member=198907112015031001 ketua→198907112015031001 anggota member=199206042014121001 anggota→199206042014121001 ketua',
      'team-members new-teams.csv:6 TIM-RISET [Badan Perencanaan Pembangunan Daerah] member=∅→200004032022031001 anggota member=197011141993041001 anggota→∅',
    ]);
    expect(diff.summary['post-rekeyed']).toBe(5);
    expect(Object.values(diff.summary).reduce((a, b) => a + b, 0)).toBe(23);
    expect(diff.counts).toEqual({ old: { posts: 600, people: 752, teams: 4 }, new: { posts: 600, people: 752, teams: 4 } });
  });

  it('a moved post carries the titles of both parents', async () => {
    const diff = diffVersions(await side('every-kind', 'old'), await side('every-kind', 'new'));
    const moved = diff.changes.find((c) => c.kind === 'post-moved' && c.key === 'DISTAN.03.01.01')!;
    expect(moved.fields[0]).toEqual({
      field: 'parent_id', before: 'DISTAN.03.01', after: 'DLH.04.01',
      beforeName: 'Kepala Seksi Produksi Hortikultura', afterName: 'Kepala Seksi Pemantauan Lingkungan',
    });
  });

  it('without people and teams tables only posts are compared', async () => {
    const diff = diffVersions(await side('every-kind', 'old', false, false), await side('every-kind', 'new', false, false));
    expect(diff.changes.every((c) => c.kind.startsWith('post-'))).toBe(true);
    expect(diff.changes).toHaveLength(15);
    expect(diff.counts.old).toEqual({ posts: 600 });
  });

  it('the same data saved with another delimiter, line ending, BOM and column order is equal', async () => {
    const diff = diffVersions(await side('equal', 'old', true, false), await side('equal', 'new', true, false));
    expect(diff.changes).toEqual([]);
    expect(Object.values(diff.summary).every((n) => n === 0)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Small hand-made versions

const post = (id: string, parentId: string | null, name: string, line: number, file = 'p.csv', opd = 'Dinas A'): Post => ({
  id, parentId, name, kind: parentId === null ? 'jpt_pratama' : 'pelaksana', eselon: null, unit: '', opd, unitType: null, file, line, row: line - 1,
});

function version(posts: Post[], people: Person[] = [], file = 'p.csv'): DiffSide {
  return { structure: buildStructure(posts, people), files: { posts: file, ...(people.length ? { people: 'o.csv' } : {}) } };
}

describe('re-keying', () => {
  it('posts with the same title, OPD and parent title are paired in input order; the rest are added or removed', () => {
    const old = version([post('R', null, 'Kepala', 2), post('A', 'R', 'Pengadministrasi Umum', 3), post('B', 'R', 'Pengadministrasi Umum', 4), post('C', 'R', 'Pengadministrasi Umum', 5)]);
    const next = version([post('R', null, 'Kepala', 2, 'q.csv'), post('X', 'R', 'pengadministrasi  umum', 3, 'q.csv'), post('Y', 'R', 'Pengadministrasi Umum', 4, 'q.csv')], [], 'q.csv');
    expect(lines(diffVersions(old, next).changes)).toEqual([
      'post-removed p.csv:5 C [Dinas A]',
      'post-rekeyed q.csv:3 A→X [Dinas A] id=A→X',
      'post-rekeyed q.csv:4 B→Y [Dinas A] id=B→Y',
      // The key is normalised (case, spaces); the title as written still changed.
      'post-renamed q.csv:3 X [Dinas A] name=Pengadministrasi Umum→pengadministrasi  umum',
    ]);
  });

  it('a post in another OPD or under a parent of another title is not re-keyed', () => {
    const old = version([post('R', null, 'Kepala', 2), post('P', 'R', 'Kepala Seksi', 3), post('A', 'P', 'Pengolah Data', 4)]);
    const next = version([post('R', null, 'Kepala', 2), post('P', 'R', 'Kepala Seksi', 3), post('B', 'R', 'Pengolah Data', 4), post('C', 'P', 'Pengolah Data', 5, 'p.csv', 'Dinas B')]);
    expect(lines(diffVersions(old, next).changes).map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      'post-added p.csv:4 B', 'post-added p.csv:5 C', 'post-removed p.csv:4 A',
    ]);
  });

  it('a post renumbered under a parent that was renamed is re-keyed, not removed and added', () => {
    const old = version([post('R', null, 'Kepala', 2), post('P', 'R', 'Kepala Seksi Data', 3), post('A', 'P', 'Pengolah Data', 4), post('B', 'R', 'Pengolah Data', 5)]);
    const next = version([post('R', null, 'Kepala', 2), post('P', 'R', 'Kepala Seksi Statistik', 3), post('X', 'P', 'Pengolah Data', 4), post('B', 'R', 'Pengolah Data', 5)]);
    expect(lines(diffVersions(old, next).changes)).toEqual([
      'post-rekeyed p.csv:4 A→X [Dinas A] id=A→X',
      'post-renamed p.csv:3 P [Dinas A] name=Kepala Seksi Data→Kepala Seksi Statistik',
    ]);
    // Under another parent it is still another post.
    const elsewhere = version([post('R', null, 'Kepala', 2), post('P', 'R', 'Kepala Seksi Statistik', 3), post('X', 'R', 'Pengolah Data', 4), post('B', 'R', 'Pengolah Data', 5)]);
    expect(lines(diffVersions(old, elsewhere).changes).map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      'post-added p.csv:4 X', 'post-removed p.csv:4 A', 'post-renamed p.csv:3 P',
    ]);
  });

  it('a holder follows a re-keyed post without being moved', () => {
    const nip = '198001012005011001';
    const person = (postId: string): Person => ({ nip, name: 'Budi', postId, golongan: 'III/a', education: null, birthDate: null, status: 'pns', role: null, file: 'o.csv', line: 2, row: 1 });
    const old = version([post('R', null, 'Kepala', 2), post('A', 'R', 'Analis', 3)], [person('A')]);
    const next = version([post('R', null, 'Kepala', 2), post('Z', 'R', 'Analis', 3)], [person('Z')]);
    expect(lines(diffVersions(old, next).changes)).toEqual(['post-rekeyed p.csv:3 A→Z [Dinas A] id=A→Z']);
  });
});

describe('duplicate ids', () => {
  it('only the first post with an id is compared; the others are counted', () => {
    const old = version([post('R', null, 'Kepala', 2), post('A', 'R', 'Analis', 3)]);
    const next = version([post('R', null, 'Kepala', 2), post('A', 'R', 'Analis', 3), post('A', 'R', 'Pengolah Data', 4)]);
    const diff = diffVersions(old, next);
    expect(diff.changes).toEqual([]);
    expect(diff.duplicates).toEqual({ old: 0, new: 1 });
  });
});

describe('teams', () => {
  const m = (teamId: string, nip: string, role: 'ketua' | 'anggota', line: number): TeamMembership => ({
    teamId, teamName: `Tim ${teamId}`, ownerPostId: 'R', nip, role, src: { file: 't.csv', line, row: line - 1 },
  });
  it('a member listed twice counts once; an unchanged team is no change', () => {
    const posts = () => [post('R', null, 'Kepala', 2)];
    const old: DiffSide = { ...version(posts()), teams: [m('T1', '1', 'ketua', 2), m('T1', '2', 'anggota', 3)] };
    const next: DiffSide = { ...version(posts()), teams: [m('T1', '2', 'anggota', 2), m('T1', '1', 'ketua', 3), m('T1', '1', 'anggota', 4)] };
    expect(diffVersions(old, next).changes).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties

type PostEdit = 'none' | 'rename' | 'remove' | 'rekey' | 'move' | 'kind' | 'unit';
type PersonEdit = 'none' | 'golongan' | 'leave' | 'move';

const shapeArb = fc.record({
  /** Parent of each internal post among the ones before it (0 = the head). */
  internal: fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
  /** Each leaf: its parent, its edit and its holder's edit. */
  leaves: fc.array(
    fc.record({
      parent: fc.nat(),
      edit: fc.constantFrom<PostEdit>('none', 'none', 'rename', 'remove', 'rekey', 'move', 'kind', 'unit'),
      moveTo: fc.nat(),
      person: fc.constantFrom<PersonEdit>('none', 'none', 'golongan', 'leave', 'move'),
    }),
    { maxLength: 30 },
  ),
  added: fc.array(fc.nat(), { maxLength: 4 }),
  joined: fc.nat(3),
  /** Whether the first internal post is renumbered (its children follow it by parent_id). */
  rekeyParent: fc.boolean(),
});

type Shape = typeof shapeArb extends fc.Arbitrary<infer T> ? T : never;

interface Built {
  old: DiffSide;
  next: DiffSide;
  expected: string[];
}

/** Two versions made from a shape, and the changes its edits must give. */
function build(shape: Shape): Built {
  const internal = [post('H', null, 'Kepala Dinas', 0)];
  shape.internal.forEach((p, i) => internal.push(post(`I${i}`, internal[p % internal.length]!.id, `Kepala Bidang ${i}`, 0)));
  const nip = (i: number) => `19800101200501${String(1000 + i)}`;
  const holder = (i: number, postId: string, golongan: Person['golongan']): Person => ({
    nip: nip(i), name: `Pegawai ${i}`, postId, golongan, education: null, birthDate: null, status: 'pns', role: null, file: '', line: 0, row: 0,
  });
  const oldPosts: Post[] = internal.map((p) => ({ ...p }));
  const newPosts: Post[] = internal.map((p) => ({ ...p }));
  const oldPeople: Person[] = [];
  const newPeople: Person[] = [];
  const expected: string[] = [];
  shape.leaves.forEach((leaf, i) => {
    const id = `L${i}`;
    const parent = internal[leaf.parent % internal.length]!.id;
    const o = post(id, parent, `Pelaksana ${i}`, 0);
    o.unit = `Unit ${i}`;
    oldPosts.push(o);
    oldPeople.push(holder(i, id, 'II/c'));
    let p: Post | null = { ...o };
    const target = internal[leaf.moveTo % internal.length]!.id;
    if (leaf.edit === 'rename') {
      p.name = `Pelaksana ${i} baru`;
      expected.push(`post-renamed ${id}`);
    } else if (leaf.edit === 'remove') {
      p = null;
      expected.push(`post-removed ${id}`);
    } else if (leaf.edit === 'rekey') {
      p.id = `K${i}`;
      expected.push(`post-rekeyed K${i} ${id}`);
    } else if (leaf.edit === 'move' && target !== parent) {
      p.parentId = target;
      expected.push(`post-moved ${id}`);
    } else if (leaf.edit === 'kind') {
      p.kind = 'fungsional';
      expected.push(`post-kind ${id}`);
    } else if (leaf.edit === 'unit') {
      p.unit = `Unit ${i} baru`;
      expected.push(`post-unit ${id}`);
    }
    if (p) newPosts.push(p);
    // The holder follows the post; leaves with it when it is removed.
    if (!p || leaf.person === 'leave') expected.push(`person-left ${nip(i)}`);
    else if (leaf.person === 'move') {
      newPeople.push(holder(i, 'H', 'II/c'));
      expected.push(`person-moved ${nip(i)}`);
    } else {
      newPeople.push(holder(i, p.id, leaf.person === 'golongan' ? 'II/d' : 'II/c'));
      if (leaf.person === 'golongan') expected.push(`person-golongan ${nip(i)}`);
    }
  });
  shape.added.forEach((parent, k) => {
    newPosts.push(post(`N${k}`, internal[parent % internal.length]!.id, `Jabatan Baru ${k}`, 0));
    expected.push(`post-added N${k}`);
  });
  if (shape.rekeyParent) {
    for (const p of newPosts) {
      if (p.id === 'I0') p.id = 'J0';
      if (p.parentId === 'I0') p.parentId = 'J0';
    }
    expected.push('post-rekeyed J0 I0');
  }
  for (let k = 0; k < shape.joined; k++) {
    newPeople.push(holder(500 + k, 'H', 'III/a'));
    expected.push(`person-joined ${nip(500 + k)}`);
  }
  const at = <T extends { file: string; line: number; row: number }>(list: T[], file: string) =>
    list.map((x, k) => Object.assign(x, { file, line: k + 2, row: k + 1 }));
  const side = (posts: Post[], people: Person[], v: string): DiffSide => ({
    structure: buildStructure(at(posts, `${v}-posts.csv`), at(people, `${v}-people.csv`)),
    files: { posts: `${v}-posts.csv`, people: `${v}-people.csv` },
  });
  return { old: side(oldPosts, oldPeople, 'old'), next: side(newPosts, newPeople, 'new'), expected };
}

describe('diff (property)', () => {
  it('a version diffed with a copy of itself is equal', () => {
    fc.assert(
      fc.property(shapeArb, (shape) => {
        const a = build(shape);
        const b = build(shape);
        expect(diffVersions(a.old, b.old).changes).toEqual([]);
        expect(diffVersions(a.next, b.next).changes).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('known random edits come back exactly, each once', () => {
    fc.assert(
      fc.property(shapeArb, (shape) => {
        const { old, next, expected } = build(shape);
        const got = diffVersions(old, next).changes.map((c) => `${c.kind} ${c.key}${c.oldKey !== undefined ? ` ${c.oldKey}` : ''}`);
        expect([...got].sort()).toEqual([...expected].sort());
      }),
      { numRuns: 300 },
    );
  });
});
