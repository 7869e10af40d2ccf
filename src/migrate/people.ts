/** People after migration: their new post and the warnings of DOMAIN §5, never silent. */
import type { Report } from '../check/reporter.js';
import { bupClassFor } from '../check/reference.js';
import { ageOn, addYears } from '../model/parse/date.js';
import { golonganOrder } from '../model/parse/golongan.js';
import type { Structure } from '../model/structure.js';
import { srcOf, type Person, type Post } from '../model/types.js';
import type { JenjangInfo, ReferenceData } from '../rules/reference-types.js';
import type { Text } from '../i18n/index.js';
import type { PostDecision } from './decide.js';
import type { MigratedPosts } from './restructure.js';

export interface MigratedPerson {
  person: Person;
  /** The person's post (null without one). It keeps its id; its new title is `migrated.name(post.index)`. */
  post: Post | null;
  change: 'equalised' | 'replaced' | 'unchanged' | 'review' | 'no-post';
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
    const post = this.ctx.s.postOf(person);
    if (!post) return { person, post: null, change: 'no-post', oldBup: null, newBup: null, notes: NO_NOTES };
    return affect(person, post, this.ctx, null);
  }
}

/** Reports the people's findings (DOMAIN §5) and returns the people after migration. */
export function migratePeople(
  s: Structure, decisions: readonly PostDecision[], migrated: MigratedPosts,
  ref: ReferenceData, asOf: string, report: Report, lang: 'id' | 'en',
): MigratedPeople {
  const ctx = { s, decisions, migrated, ref, asOf, yearOn: addYears(asOf, 1), lang, texts: noteTexts() };
  for (let k = 0; k < s.people.length; k++) {
    const person = s.people[k]!;
    const post = s.postOf(person);
    if (post && equalised(person, post, ctx)) affect(person, post, ctx, report);
  }
  return new MigratedPeople(ctx);
}

/** Shared by the people without notes (most of them), frozen. */
const NO_NOTES = Object.freeze([]) as unknown as string[];

/** Whether the person's post is equalised to a jenjang they take (PPPK keep their contract). */
function equalised(person: Person, post: Post, ctx: PeopleContext): boolean {
  const d = ctx.decisions[post.index!]!;
  return d.decision === 'equalise' && d.jenjang !== null && person.status !== 'pppk';
}

/** A person after migration; with `report`, each note is also reported as a finding. */
function affect(person: Person, post: Post, ctx: PeopleContext, report: Report | null): MigratedPerson {
  const { ref, lang, texts } = ctx;
  const i = post.index!;
  const d = ctx.decisions[i]!;
  const out: MigratedPerson = { person, post, change: ctx.migrated.change(i), oldBup: null, newBup: null, notes: NO_NOTES };
  if (!equalised(person, post, ctx)) return out;
  const note = (ruleId: string, text: Text, extra: { column?: string; value?: string } = {}) => {
    report?.(ruleId, { ...srcOf(person), postId: post.id, ...extra }, text);
    if (out.notes === NO_NOTES) out.notes = [];
    out.notes.push(text[lang]);
  };
  const minOrder = ref.education.keahlianMinimum.minOrder;
  const jenjang = ref.jenjang.get(d.jenjang!)!;
  if (person.education) {
    const order = ref.education.levels.get(person.education)?.order ?? 0;
    if (order < minOrder) note('person/education-below-minimum', texts.education(person.education, jenjang), { column: 'education', value: person.education });
  }
  if (person.golongan) {
    const g = golonganOrder(person.golongan);
    if (g < golonganOrder(jenjang.golongan.min) || g > golonganOrder(jenjang.golongan.max))
      note('person/golongan-outside-jenjang', texts.golongan(person.golongan, jenjang), { column: 'golongan', value: person.golongan });
  }
  out.oldBup = ref.bup.byClass.get(bupClassFor(post.kind, null))!.bup;
  out.newBup = ref.bup.byClass.get(bupClassFor('fungsional', d.jenjang!))!.bup;
  if (out.newBup !== out.oldBup) note('person/bup-change', texts.bupChange(out.oldBup, out.newBup));
  if (person.birthDate && ageOn(person.birthDate, ctx.yearOn) >= out.newBup)
    note('person/near-bup', texts.nearBup(out.newBup, ctx.asOf), { column: 'birth_date', value: person.birthDate });
  note('person/income-protection', texts.income(post.name, ctx.migrated.name(i)));
  return out;
}

/**
 * The notes' texts, each made once per distinct input: a national run equalises the same titles, grades and retirement
 * ages in every region, so its hundreds of thousands of notes (and findings) share a few thousand texts.
 */
function noteTexts() {
  return {
    education: memo2((education: string, jenjang: JenjangInfo): Text => ({
      id: `pendidikan ${education} di bawah S-1/D-IV untuk ${jenjang.label}: perlu uji kompetensi atau tetap pelaksana`,
      en: `education ${education} is below S-1/D-IV for ${jenjang.label}: needs a competency test or stays pelaksana`,
    })),
    golongan: memo2((golongan: string, jenjang: JenjangInfo): Text => ({
      id: `golongan ${golongan} di luar rentang ${jenjang.label} (${jenjang.golongan.min}–${jenjang.golongan.max}); penyetaraan tetap dilakukan`,
      en: `golongan ${golongan} is outside the ${jenjang.label} range (${jenjang.golongan.min}–${jenjang.golongan.max}); equalisation still applies`,
    })),
    bupChange: memo2((oldBup: number, newBup: number): Text => ({
      id: `batas usia pensiun berubah dari ${oldBup} menjadi ${newBup} tahun`,
      en: `retirement age changes from ${oldBup} to ${newBup}`,
    })),
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
