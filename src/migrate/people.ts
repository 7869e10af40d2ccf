/** People after migration: their new post and the warnings on each person, never silent. */
import type { Report } from '../check/reporter.js';
import { ageOn, addYears } from '../model/parse/date.js';
import { golonganOrder } from '../model/parse/golongan.js';
import { NONE, type Structure } from '../model/structure.js';
import { srcOf, type Education, type Person, type Post } from '../model/types.js';
import { bupLookup, type Bup } from '../rules/bup.js';
import type { JenjangInfo, ReferenceData } from '../rules/reference-types.js';
import type { Text } from '../i18n/index.js';
import type { PostDecision } from './decide.js';
import type { Change, MigratedPosts } from './restructure.js';

/**
 * The person's change: their post's, except `not-equalised` for a person whose post is equalised but whose education
 * is below S-1/D-IV (PermenPANRB 17/2021 [S1][S22]): the post becomes a JF post, the person does not take it.
 */
export type PersonChange = Change | 'not-equalised' | 'no-post';

export interface MigratedPerson {
  person: Person;
  /** The person's post (null without one). It keeps its id; its new title is `migrated.name(postIndex)`. */
  post: Post | null;
  /** The post's index in the structure (NONE without one). */
  postIndex: number;
  change: PersonChange;
  oldBup: number | null;
  newBup: number | null;
  notes: string[];
}

interface PeopleContext {
  s: Structure;
  decisions: readonly PostDecision[];
  migrated: MigratedPosts;
  ref: ReferenceData;
  asOf: string;
  /** A year after asOf: who reaches the retirement age by then is flagged. */
  yearOn: string;
  lang: 'id' | 'en';
  texts: ReturnType<typeof noteTexts>;
}

/**
 * The people after migration, in the people table's order. Nothing is kept per person: a person's new post, BUP and
 * notes follow from their post's decision, so they are worked out when read (`at`), by the same code that reported
 * the findings (`migratePeople`).
 */
export class MigratedPeople {
  constructor(private readonly ctx: PeopleContext) {}

  get size(): number {
    return this.ctx.s.people.length;
  }

  at(k: number): MigratedPerson {
    const person = this.ctx.s.people[k]!;
    const i = this.ctx.s.personPostAt(k);
    if (i === NONE) return { person, post: null, postIndex: NONE, change: 'no-post', oldBup: null, newBup: null, notes: NO_NOTES };
    return affect(person, i, this.ctx, null);
  }

  /** The change alone, without the notes: what the counts of plan.json need. */
  change(k: number): PersonChange {
    const i = this.ctx.s.personPostAt(k);
    return i === NONE ? 'no-post' : changeOf(this.ctx.s.people[k]!, i, this.ctx);
  }
}

/** Reports the people's findings and returns the people after migration. */
export function migratePeople(
  s: Structure, decisions: readonly PostDecision[], migrated: MigratedPosts,
  ref: ReferenceData, asOf: string, report: Report, lang: 'id' | 'en',
): MigratedPeople {
  const ctx = { s, decisions, migrated, ref, asOf, yearOn: addYears(asOf, 1), lang, texts: noteTexts() };
  for (let k = 0; k < s.people.length; k++) {
    const i = s.personPostAt(k);
    if (i !== NONE && equalised(s.people[k]!, i, ctx)) affect(s.people[k]!, i, ctx, report);
  }
  return new MigratedPeople(ctx);
}

/** Shared by the people without notes (most of them), frozen. */
const NO_NOTES = Object.freeze([]) as unknown as string[];

/** Whether the person's post (i) is equalised to a jenjang they take (PPPK keep their contract). */
function equalised(person: Person, i: number, ctx: PeopleContext): boolean {
  const d = ctx.decisions[i]!;
  return d.decision === 'equalise' && d.jenjang !== null && person.status !== 'pppk';
}

/**
 * Below the S-1/D-IV minimum of a JF keahlian (education.yaml keahlian_minimum). D-III follows the file's documented
 * default, since no source states how D-III holders are treated (PermenPANRB 17/2021, UNCONFIRMED).
 */
function belowMinimum(e: Education, ref: ReferenceData): boolean {
  const edu = ref.education;
  if (e === 'D3' && edu.d3.default === 'meets_minimum') return false;
  return (edu.levels.get(e)?.order ?? 0) < edu.keahlianMinimum.minOrder;
}

function changeOf(person: Person, i: number, ctx: PeopleContext): PersonChange {
  if (person.education && equalised(person, i, ctx) && belowMinimum(person.education, ctx.ref)) return 'not-equalised';
  return ctx.migrated.change(i);
}

/** A person after migration, holding post i; with `report`, each note is also reported as a finding. */
function affect(person: Person, i: number, ctx: PeopleContext, report: Report | null): MigratedPerson {
  const { ref, lang, texts } = ctx;
  const post = ctx.s.indexed[i]!;
  const d = ctx.decisions[i]!;
  const out: MigratedPerson = { person, post, postIndex: i, change: changeOf(person, i, ctx), oldBup: null, newBup: null, notes: NO_NOTES };
  if (!equalised(person, i, ctx)) return out;
  const note = (ruleId: string, text: Text, extra: { column?: string; value?: string } = {}) => {
    report?.(ruleId, { ...srcOf(person), postId: post.id, ...extra }, text);
    if (out.notes === NO_NOTES) out.notes = [];
    out.notes.push(text[lang]);
  };
  const jenjang = ref.jenjang.get(d.jenjang!)!;
  if (out.change === 'not-equalised') {
    // The person stays pelaksana: no golongan range, retirement age or income of the JF applies to them.
    const target = ctx.migrated.change(i) === 'equalised' ? ctx.migrated.name(i) : `JF ${jenjang.label}`;
    note('person/education-below-minimum', texts.notEqualised(person.education!, target), { column: 'education', value: person.education! });
    return out;
  }
  if (person.golongan) {
    const g = golonganOrder(person.golongan);
    if (g < golonganOrder(jenjang.golongan.min) || g > golonganOrder(jenjang.golongan.max))
      note('person/golongan-outside-jenjang', texts.golongan(person.golongan, jenjang), { column: 'golongan', value: person.golongan });
  }
  const bup = bupLookup(ref);
  const oldBup = bup.ofPost(post);
  const newBup = bup.ofJf(d.jf?.id ?? null, d.jenjang!);
  out.oldBup = oldBup?.age ?? null;
  out.newBup = newBup.age;
  if (oldBup && newBup.age !== oldBup.age) note('person/bup-change', texts.bupChange(oldBup.age, newBup));
  if (person.birthDate && ageOn(person.birthDate, ctx.yearOn) >= newBup.age)
    note('person/near-bup', texts.nearBup(newBup.age, ctx.asOf), { column: 'birth_date', value: person.birthDate });
  note('person/income-protection', texts.income(post.name, ctx.migrated.name(i)));
  return out;
}

/**
 * The notes' texts, each made once per distinct input: a national run equalises the same titles, grades and retirement
 * ages in every region, so its hundreds of thousands of notes (and findings) share a few thousand texts.
 */
function noteTexts() {
  return {
    notEqualised: memo2((education: Education, target: string): Text => SCHOOL.has(education)
      ? {
        id: `pendidikan ${education} di bawah S-1/D-IV: pegawai tidak disetarakan (lulusan SMA ke bawah tidak dapat disetarakan); jabatannya menjadi ${target}, pegawai tetap pelaksana`,
        en: `education ${education} is below S-1/D-IV: the person is not equalised (school graduates cannot be); the post becomes ${target}, the person stays pelaksana`,
      }
      : {
        id: `pendidikan ${education} di bawah S-1/D-IV: pegawai tidak disetarakan; jabatannya menjadi ${target}, pegawai tetap pelaksana kecuali lulus uji kompetensi bersama instansi pembina dan memperoleh S-1/D-IV dalam 4 tahun (perlakuan diploma di bawah D-IV belum terkonfirmasi)`,
        en: `education ${education} is below S-1/D-IV: the person is not equalised; the post becomes ${target}, the person stays pelaksana unless they pass a competency test with the JF's supervising agency and obtain S-1/D-IV within 4 years (the handling of diplomas below D-IV is unconfirmed)`,
      }),
    golongan: memo2((golongan: string, jenjang: JenjangInfo): Text => ({
      id: `golongan ${golongan} di luar rentang ${jenjang.label} (${jenjang.golongan.min}–${jenjang.golongan.max}); penyetaraan tetap dilakukan`,
      en: `golongan ${golongan} is outside the ${jenjang.label} range (${jenjang.golongan.min}–${jenjang.golongan.max}); equalisation still applies`,
    })),
    bupChange: memo2((oldBup: number, newBup: Bup): Text => {
      // The JF's own age (PP 11/2017 Pasal 240) says so, and says when that age is unconfirmed.
      const unconfirmed = newBup.jf?.citation.confidence === 'unconfirmed';
      const id = newBup.jf ? ` (usia menurut aturan JF-nya${unconfirmed ? ', belum terkonfirmasi' : ''})` : '';
      const en = newBup.jf ? ` (the age the JF's own rules set${unconfirmed ? ', unconfirmed' : ''})` : '';
      return {
        id: `batas usia pensiun berubah dari ${oldBup} menjadi ${newBup.age} tahun${id}`,
        en: `retirement age changes from ${oldBup} to ${newBup.age}${en}`,
      };
    }),
    nearBup: memo2((bup: number, asOf: string): Text => ({
      id: `mencapai batas usia pensiun ${bup} tahun dalam satu tahun sejak ${asOf}`,
      en: `reaches the retirement age of ${bup} within a year of ${asOf}`,
    })),
    income: memo2((oldName: string, newName: string): Text => ({
      id: `penghasilan tidak boleh berkurang: bandingkan tunjangan jabatan lama '${oldName}' dengan ${newName}`,
      en: `income must not fall: compare the old allowance of '${oldName}' with ${newName}`,
    })),
  };
}

/** School levels, below any diploma: PermenPANRB 17/2021 excludes SMA graduates outright [S22]. */
const SCHOOL: ReadonlySet<Education> = new Set<Education>(['SD', 'SMP', 'SMA']);

/** `make(a, b)` once per distinct pair (nested maps: no key string built per call). */
function memo2<A, B>(make: (a: A, b: B) => Text): (a: A, b: B) => Text {
  const byA = new Map<A, Map<B, Text>>();
  return (a, b) => {
    let byB = byA.get(a);
    if (!byB) byA.set(a, (byB = new Map()));
    let t = byB.get(b);
    if (!t) byB.set(b, (t = make(a, b)));
    return t;
  };
}
