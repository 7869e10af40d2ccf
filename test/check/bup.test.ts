/** Retirement age (BUP) on small tables: a JF without jenjang has an unknown BUP, never 58; JF own ages from bup.yaml. */
import { describe, expect, it } from 'vitest';
import { checkPeople } from '../../src/check/people.js';
import { referenceForChecks } from '../../src/check/reference.js';
import { buildStructure } from '../../src/model/structure.js';
import type { Kind, Person, Post } from '../../src/model/types.js';
import { bupLookup } from '../../src/rules/bup.js';
import { loadReferenceData } from '../../src/rules/reference.js';

const ref = loadReferenceData();
const AS_OF = '2026-12-01';

const post = (id: string, name: string, kind: Kind | null, line: number): Post => ({
  id, parentId: id === 'A' ? null : 'A', name, kind, eselon: kind === 'jpt_pratama' ? 'II.b' : null, unit: 'Dinas A', opd: 'Dinas A', unitType: null,
  file: 'posts.csv', line, row: line - 1,
});

/** A PNS born 1967-06-01 (aged 59 on AS_OF), with a NIP that agrees with the birth date. */
const person = (postId: string, line: number, birthDate = '1967-06-01'): Person => ({
  nip: `${birthDate.replaceAll('-', '')}200001100${line}`, name: `Pegawai ${line}`, postId, golongan: null, education: null, birthDate, status: 'pns', role: null,
  file: 'people.csv', line, row: line - 1,
});

function findings(posts: Post[], people: Person[]): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  checkPeople(buildStructure(posts, people), referenceForChecks(ref), AS_OF, (ruleId, at, m) => out.push([ruleId, at.postId ?? '', m.en]));
  return out.filter(([id]) => id.startsWith('person/') && !id.startsWith('person/nip'));
}

describe('retirement age of the post a person holds', () => {
  const head = post('A', 'Kepala Dinas A', 'jpt_pratama', 2);

  it('a JF title without jenjang aged 59: no past-retirement error, an info finding that the BUP is unknown', () => {
    const f = findings([head, post('A.1', 'Pranata Komputer', 'fungsional', 3), post('A.2', 'Analis Kebijakan', 'fungsional', 4)], [person('A.1', 2), person('A.2', 3)]);
    expect(f.map(([id, postId]) => [id, postId])).toEqual([['person/bup-unknown', 'A.1'], ['person/bup-unknown', 'A.2']]);
    expect(f[0]![2]).toBe("retirement age unknown: 'Pranata Komputer' is a JF without a jenjang in its title, and a JF's BUP follows its jenjang");
  });

  it('a JF Ahli Madya aged 59: no finding (BUP 60); a pelaksana aged 59: past the retirement age (58)', () => {
    const f = findings(
      [head, post('A.1', 'Analis Kebijakan Ahli Madya', 'fungsional', 3), post('A.2', 'Pengadministrasi Umum', 'pelaksana', 4)],
      [person('A.1', 2), person('A.2', 3)],
    );
    expect(f).toEqual([['person/past-retirement-age', 'A.2', "aged 59 on 2026-12-01; the retirement age of post 'Pengadministrasi Umum' is 58"]]);
  });

  it('a JF Ahli Muda aged 59 is past its class age (58), as before', () => {
    const f = findings([head, post('A.1', 'Pranata Komputer Ahli Muda', 'fungsional', 3)], [person('A.1', 2)]);
    expect(f.map(([id]) => id)).toEqual(['person/past-retirement-age']);
  });

  it("a guru takes the JF's own age from bup.yaml (60, unconfirmed): aged 59 is fine, aged 60 is a warning saying so", () => {
    const guru = post('A.1', 'Guru Ahli Pertama', 'fungsional', 3);
    expect(findings([head, guru], [person('A.1', 2)])).toEqual([]);
    const f = findings([head, guru], [person('A.1', 2, '1966-06-01')]);
    expect(f).toEqual([[
      'person/past-jf-retirement-age', 'A.1',
      "aged 60 on 2026-12-01; the retirement age the JF's own rules set for 'Guru Ahli Pertama' is 60 (age unconfirmed)",
    ]]);
  });

  it('a post of unknown kind has an unknown BUP, not 58', () => {
    expect(findings([head, post('A.1', 'Tenaga Ahli', null, 3)], [person('A.1', 2)]).map(([id]) => id)).toEqual(['person/bup-unknown']);
  });
});

describe('bupLookup', () => {
  const bup = bupLookup(ref);
  const of = (name: string, kind: Kind = 'fungsional') => bup.ofPost({ name, kind });

  it('reads the class of PP 11/2017 Pasal 239 ayat (2) from the kind and the jenjang in the title', () => {
    expect([of('Kepala Dinas', 'jpt_pratama'), of('Kepala Seksi', 'pengawas'), of('Perencana Ahli Utama'), of('Arsiparis Penyelia')].map((b) => b?.age)).toEqual([60, 58, 65, 58]);
    expect(of('Pranata Komputer')).toBeNull();
  });

  it('takes a JF age by the longest listed title start, any case, and by JF id for an equalised post', () => {
    expect([of('GURU KELAS')?.age, of('Guru Besar')?.age, of('Lektor Kepala')?.age, of('Dosen')?.age]).toEqual([60, 70, 65, 65]);
    expect(of('Guru Besar')!.jf!.citation).toMatchObject({ regulation: 'PP 11/2017', article: 'Pasal 240', confidence: 'unconfirmed' });
    expect(bup.ofJf('guru', 'ahli_pertama').age).toBe(60);
    expect(bup.ofJf('analis-kebijakan', 'ahli_madya')).toEqual({ age: 60 });
    expect(bup.ofJf(null, 'ahli_muda')).toEqual({ age: 58 });
  });

  it('names only JF of the catalog in bup.yaml jf_ages', () => {
    expect(ref.bup.jfAges.length).toBeGreaterThan(0);
    for (const row of ref.bup.jfAges) expect(ref.jf.has(row.jf), row.id).toBe(true);
  });
});
