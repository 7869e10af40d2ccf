/** People after migration: their new post and the warnings of DOMAIN §5, never silent. */
import type { Report } from '../check/reporter.js';
import { bupClassFor } from '../check/reference.js';
import { ageOn, addYears } from '../model/parse/date.js';
import { golonganOrder } from '../model/parse/golongan.js';
import type { Structure } from '../model/structure.js';
import { srcOf, type Person, type Post } from '../model/types.js';
import type { ReferenceData } from '../rules/reference-types.js';
import type { PostDecision } from './decide.js';
import type { MigratedPost } from './restructure.js';

export interface MigratedPerson {
  person: Person;
  /** The person's post as it was and as it becomes (null without a post): names and ids are read from them on output. */
  oldPost: Post | null;
  newPost: MigratedPost | null;
  change: 'equalised' | 'replaced' | 'unchanged' | 'review' | 'no-post';
  oldBup: number | null;
  newBup: number | null;
  notes: string[];
}

/** Shared by the people without notes (most of them), frozen: not a million empty arrays. */
const NO_NOTES = Object.freeze([]) as unknown as string[];

/** A person whose post is not equalised (most people): no BUP change and no notes, so nothing more is kept. */
class Unaffected implements MigratedPerson {
  constructor(readonly person: Person, readonly oldPost: Post | null, readonly newPost: MigratedPost | null) {}
  get change(): MigratedPerson['change'] { return this.newPost ? this.newPost.change : 'no-post'; }
  get oldBup() { return null; }
  get newBup() { return null; }
  get notes() { return NO_NOTES; }
}

export function migratePeople(
  s: Structure, decisions: readonly PostDecision[], migrated: readonly MigratedPost[],
  ref: ReferenceData, asOf: string, report: Report, lang: 'id' | 'en',
): MigratedPerson[] {
  const minOrder = ref.education.keahlianMinimum.minOrder;
  return s.people.map((person) => {
    // decisions and migrated posts are in structure order (decideAll, restructure).
    const post = s.postOf(person);
    const i = post ? s.indexOf(post) : undefined;
    const d = i === undefined ? undefined : decisions[i];
    const m = i === undefined ? undefined : migrated[i];
    if (!d || !m || d.decision !== 'equalise' || !d.jenjang || person.status === 'pppk') return new Unaffected(person, d?.post ?? null, m ?? null);
    const out: MigratedPerson = {
      person, oldPost: d.post, newPost: m, change: m.change, oldBup: null, newBup: null, notes: NO_NOTES,
    };
    const note = (ruleId: string, text: { id: string; en: string }, extra: { column?: string; value?: string } = {}) => {
      report(ruleId, { ...srcOf(person), postId: d.post.id, ...extra }, text);
      if (out.notes === NO_NOTES) out.notes = [];
      out.notes.push(text[lang]);
    };
    const jenjang = ref.jenjang.get(d.jenjang)!;
    if (person.education) {
      const order = ref.education.levels.get(person.education)?.order ?? 0;
      if (order < minOrder)
        note('person/education-below-minimum', {
          id: `pendidikan ${person.education} di bawah S-1/D-IV untuk ${jenjang.label}: perlu uji kompetensi atau tetap pelaksana`,
          en: `education ${person.education} is below S-1/D-IV for ${jenjang.label}: needs a competency test or stays pelaksana`,
        }, { column: 'education', value: person.education });
    }
    if (person.golongan) {
      const g = golonganOrder(person.golongan);
      if (g < golonganOrder(jenjang.golongan.min) || g > golonganOrder(jenjang.golongan.max))
        note('person/golongan-outside-jenjang', {
          id: `golongan ${person.golongan} di luar rentang ${jenjang.label} (${jenjang.golongan.min}–${jenjang.golongan.max}); penyetaraan tetap dilakukan`,
          en: `golongan ${person.golongan} is outside the ${jenjang.label} range (${jenjang.golongan.min}–${jenjang.golongan.max}); equalisation still applies`,
        }, { column: 'golongan', value: person.golongan });
    }
    out.oldBup = ref.bup.byClass.get(bupClassFor(d.post.kind, null))!.bup;
    out.newBup = ref.bup.byClass.get(bupClassFor('fungsional', d.jenjang))!.bup;
    if (out.newBup !== out.oldBup)
      note('person/bup-change', {
        id: `batas usia pensiun berubah dari ${out.oldBup} menjadi ${out.newBup} tahun`,
        en: `retirement age changes from ${out.oldBup} to ${out.newBup}`,
      });
    if (person.birthDate) {
      const age = ageOn(person.birthDate, addYears(asOf, 1));
      if (age >= out.newBup)
        note('person/near-bup', {
          id: `mencapai batas usia pensiun ${out.newBup} tahun dalam satu tahun sejak ${asOf}`,
          en: `reaches the retirement age of ${out.newBup} within a year of ${asOf}`,
        }, { column: 'birth_date', value: person.birthDate });
    }
    note('person/income-protection', {
      id: `penghasilan tidak boleh berkurang: bandingkan tunjangan jabatan lama '${d.post.name}' dengan ${m.name}`,
      en: `income must not fall: compare the old allowance of '${d.post.name}' with ${m.name}`,
    });
    return out;
  });
}
