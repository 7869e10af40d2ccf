/** Person checks: NIP, holders of posts, rank against eselon, retirement age. */
import { decodeNip, nipBirthDateIs, nipProblems } from '../model/parse/nip.js';
import { ageOn } from '../model/parse/date.js';
import { golonganOrder } from '../model/parse/golongan.js';
import { NONE, type Structure } from '../model/structure.js';
import { hasFlag, POST_FLAG, type Eselon, type Golongan, type Person, type Post } from '../model/types.js';
import type { Bup } from '../rules/bup.js';
import { kindIsStructural } from '../model/parse/kind.js';
import type { Report } from './reporter.js';

export interface PeopleReference {
  eselonGolongan(e: Eselon): { min: Golongan; max: Golongan } | undefined;
  /** Retirement age (BUP) of the post a person holds; null when it cannot be told (see BupLookup.ofPost). */
  bupOf(post: Post): Bup | null;
}

const at = (p: Person, column?: string, value?: string) => ({
  file: p.file, line: p.line, row: p.row,
  ...(p.postId ? { postId: p.postId } : {}),
  ...(column ? { column } : {}), ...(value !== undefined ? { value } : {}),
});

export function checkPeople(s: Structure, ref: PeopleReference, asOf: string, report: Report): void {
  const repeated: Person[] = [];
  const people = s.people;
  for (let k = 0; k < people.length; k++) {
    const person = people[k]!;
    if (NIP.test(person.nip)) {
      if (s.repeatsNip(k)) repeated.push(person);
      if (person.status !== 'pppk') checkNip(person, report);
    }
    const i = s.personPostAt(k);
    if (person.postId !== null && i === NONE) {
      report('person/post-missing', at(person, 'post_id', person.postId), {
        id: `jabatan '${person.postId}' tidak ada di tabel jabatan`,
        en: `post '${person.postId}' does not exist in the posts table`,
      });
    }
    if (i === NONE) continue;
    const post = s.indexed[i]!;
    if (person.golongan && post.eselon && post.kind && kindIsStructural(post.kind)) checkRank(person, post, ref, report);
    if (person.birthDate && person.status !== 'pppk') checkRetirement(person, post, ref, asOf, report);
  }
  duplicateNips(s, repeated, report);
  // Each held post once, when its first holder comes up: the order of the people table.
  for (let k = 0; k < people.length; k++) {
    const i = s.personPostAt(k);
    // An array is built only for a post held by more than one person.
    if (i === NONE || s.firstHolderAt(i) !== k || s.nextHolderAt(k) === NONE) continue;
    const post = s.indexed[i]!;
    if (!post.kind || !kindIsStructural(post.kind)) continue;
    const list = s.holdersOf(post);
    const postId = post.id;
    const names = list.map((p) => `${p.nip} (baris ${p.line})`).join(', ');
    const namesEn = list.map((p) => `${p.nip} (line ${p.line})`).join(', ');
    for (const extra of list.slice(1))
      report('post/multiple-holders', at(extra, 'post_id', postId), {
        id: `jabatan struktural '${post.name}' dipegang ${list.length} orang: ${names}`,
        en: `structural post '${post.name}' is held by ${list.length} people: ${namesEn}`,
      });
  }
}

const NIP = /^\d{18}$/;

/** Each NIP listed again (`dups`, in table order), with the line of its first listing. */
function duplicateNips(s: Structure, dups: readonly Person[], report: Report): void {
  for (const person of dups) {
    const line = s.people[s.personWithNip(person.nip)]!.line;
    report('person/duplicate-nip', at(person, 'nip', person.nip), {
      id: `NIP ${person.nip} sudah tercantum di baris ${line}`,
      en: `NIP ${person.nip} is already listed on line ${line}`,
    });
  }
}

function checkNip(person: Person, report: Report): void {
  // Most NIPs are sound and agree with the birth date: told from the digits, without decoding them into text.
  if (!nipProblems(person.nip).length && (!person.birthDate || nipBirthDateIs(person.nip, person.birthDate))) return;
  const d = decodeNip(person.nip);
  const a = at(person, 'nip', person.nip);
  if (d.problems.includes('birth-date-invalid'))
    report('person/nip-birth-date', a, {
      id: `digit 1-8 NIP (${person.nip.slice(0, 8)}) bukan tanggal yang mungkin`,
      en: `NIP digits 1-8 (${person.nip.slice(0, 8)}) are not a possible date`,
    });
  if (d.problems.includes('tmt-invalid') || d.problems.includes('tmt-before-birth'))
    report('person/nip-tmt', a, {
      id: `digit 9-14 NIP (${person.nip.slice(8, 14)}) bukan TMT CPNS yang mungkin`,
      en: `NIP digits 9-14 (${person.nip.slice(8, 14)}) are not a possible CPNS start`,
    });
  if (d.problems.includes('sex-invalid'))
    report('person/nip-sex', a, {
      id: `digit 15 NIP adalah '${person.nip[14]}', seharusnya 1 (pria) atau 2 (wanita)`,
      en: `NIP digit 15 is '${person.nip[14]}', expected 1 (male) or 2 (female)`,
    });
  if (d.birthDate && person.birthDate && d.birthDate !== person.birthDate)
    report('person/nip-birth-date-mismatch', at(person, 'birth_date', person.birthDate), {
      id: `tanggal lahir ${person.birthDate} berbeda dengan NIP (${d.birthDate})`,
      en: `birth date ${person.birthDate} differs from the NIP (${d.birthDate})`,
    });
}

function checkRank(person: Person, post: Post, ref: PeopleReference, report: Report): void {
  const range = ref.eselonGolongan(post.eselon as Eselon);
  if (!range || !person.golongan) return;
  const g = golonganOrder(person.golongan);
  if (g >= golonganOrder(range.min) && g <= golonganOrder(range.max)) return;
  // An eselon read from the title or the post kind is a guess: the finding says so.
  const guessed = hasFlag(post, POST_FLAG.eselonInferred);
  report('person/golongan-outside-eselon', at(person, 'golongan', person.golongan), {
    id: `golongan ${person.golongan} di luar rentang eselon ${post.eselon}${guessed ? ' (eselon disimpulkan)' : ''} (${range.min}–${range.max})`,
    en: `golongan ${person.golongan} is outside the range of eselon ${post.eselon}${guessed ? ' (eselon inferred)' : ''} (${range.min}–${range.max})`,
  });
}

function checkRetirement(person: Person, post: Post, ref: PeopleReference, asOf: string, report: Report): void {
  const bup = ref.bupOf(post);
  const a = at(person, 'birth_date', person.birthDate!);
  if (!bup) {
    report('person/bup-unknown', a, post.kind === 'fungsional'
      ? {
        id: `batas usia pensiun tidak diketahui: '${post.name}' adalah JF tanpa jenjang pada namanya, dan BUP JF mengikuti jenjangnya`,
        en: `retirement age unknown: '${post.name}' is a JF without a jenjang in its title, and a JF's BUP follows its jenjang`,
      }
      : {
        id: `batas usia pensiun tidak diketahui: jenis jabatan '${post.name}' tidak diketahui`,
        en: `retirement age unknown: the kind of post '${post.name}' is not known`,
      });
    return;
  }
  const age = ageOn(person.birthDate!, asOf);
  if (age < bup.age) return;
  if (bup.jf) {
    const unconfirmed = bup.jf.citation.confidence === 'unconfirmed';
    report('person/past-jf-retirement-age', a, {
      id: `berusia ${age} tahun pada ${asOf}; batas usia pensiun JF '${post.name}' menurut aturan JF-nya ${bup.age} tahun${unconfirmed ? ' (usia belum terkonfirmasi)' : ''}`,
      en: `aged ${age} on ${asOf}; the retirement age the JF's own rules set for '${post.name}' is ${bup.age}${unconfirmed ? ' (age unconfirmed)' : ''}`,
    });
    return;
  }
  report('person/past-retirement-age', a, {
    id: `berusia ${age} tahun pada ${asOf}; batas usia pensiun jabatan '${post.name}' ${bup.age} tahun`,
    en: `aged ${age} on ${asOf}; the retirement age of post '${post.name}' is ${bup.age}`,
  });
}
