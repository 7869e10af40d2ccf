/**
 * A koordinator/subkoordinator role in a JF post's title ("Pranata Komputer Ahli Muda (Subkoordinator Data)"). The
 * new work system ends the role, nothing else (PermenPANRB 7/2022 [S1]): the post keeps its JF and jenjang, its title
 * loses the role, and the holder becomes the proposed ketua of a team named after the role's field.
 */
import type { Text } from '../i18n/index.js';
import { jenjangFromTitle, stripJenjang } from '../model/jenjang-title.js';
import { srcOf, type Jenjang, type Post } from '../model/types.js';
import { KOORDINATOR } from '../model/work-system.js';
import { addRule, type DecideContext, type DecisionDraft, type PostDecision } from './decide.js';

export interface RoleSplit {
  /** The title without the role ("Pranata Komputer Ahli Muda"); empty when the title is the role alone. */
  post: string;
  /** What the role coordinated ("Data"): the team's name. */
  field: string;
}

/** Words joining a JF title to its role: "… Ahli Muda selaku Subkoordinator …", "… Ahli Muda - Subkoordinator …". */
const JOIN_END = /(?:[\s,;:/–-]|\b(?:selaku|sebagai|merangkap|sekaligus)\b)+$/i;
const FIELD_START = /^(?:[\s,;:/–-]|\bpada\b)+/i;
const EDGES = /^[\s,;:/–-]+|[\s,;:/–-]+$/g;

const tidy = (s: string) => s.replace(/\s+/g, ' ').replace(EDGES, '');

/** Titles split once each: a role title is read by decide, restructure and teams. */
const splits = new Map<string, RoleSplit>();

/** The title split into the post and the role's field; a title without a role is all post. */
export function splitRole(title: string): RoleSplit {
  let hit = splits.get(title);
  if (hit) return hit;
  const m = KOORDINATOR.exec(title);
  if (!m) hit = { post: title, field: '' };
  else {
    const after = m.index + m[0].length;
    const open = title.lastIndexOf('(', m.index);
    if (open >= 0 && title.lastIndexOf(')', m.index) < open) {
      // "(Subkoordinator Data)": the parenthesis goes, whatever follows it stays.
      const close = title.indexOf(')', after);
      const end = close < 0 ? title.length : close;
      hit = { post: tidy(`${title.slice(0, open)} ${title.slice(end + 1)}`), field: tidy(title.slice(after, end).replace(FIELD_START, '')) };
    } else {
      hit = { post: tidy(title.slice(0, m.index).replace(JOIN_END, '')), field: tidy(title.slice(after).replace(FIELD_START, '')) };
    }
  }
  splits.set(title, hit);
  return hit;
}

/** Whether the decision ends a koordinator role (a sistem-kerja rule decided it). Asked for every post it names. */
export function endsRole(d: PostDecision): boolean {
  for (const r of d.ruleIds) if (r.startsWith('sk/')) return true;
  return false;
}

/** The post's title after its role ended: the title without the role, or the title itself when it is the role alone. */
export function titleWithoutRole(title: string): string {
  return splitRole(title).post || title;
}

const JF_UNKNOWN = 'sk/koordinator-jf-unknown';

const MISSING: Record<'jf' | 'jenjang' | 'both', Text> = {
  jf: { id: 'JF tidak terbaca dari nama jabatan; ambil dari SK pengangkatan pemegang jabatan', en: "the JF cannot be read from the title; take it from the holder's appointment decree" },
  jenjang: { id: 'jenjang tidak terbaca dari nama jabatan; ambil dari SK pengangkatan pemegang jabatan', en: "the jenjang cannot be read from the title; take it from the holder's appointment decree" },
  both: { id: 'JF dan jenjang tidak terbaca dari nama jabatan; ambil dari SK pengangkatan pemegang jabatan', en: "the JF and jenjang cannot be read from the title; take them from the holder's appointment decree" },
};

/** The JF (a catalog name or alias) and jenjang the title names once its role is taken out; null where it names none. */
export function titleJf(title: string, jfNames: DecideContext['jfNames']): { jf: { id: string; name: string } | null; jenjang: Jenjang | null } {
  const { post } = splitRole(title);
  return { jf: post ? jfNames.get(stripJenjang(post).toLowerCase()) ?? null : null, jenjang: jenjangFromTitle(post) };
}

/**
 * A kept post takes the JF and jenjang its title names (outcome `jf_from_title`). What the title does not name is
 * never guessed from its words: the decision says so, and a warning sends the analyst to the appointment decree.
 */
export function keepTitleJf(post: Post, d: DecisionDraft, ctx: DecideContext): void {
  const { jf, jenjang } = titleJf(post.name, ctx.jfNames);
  d.jf = jf;
  d.jenjang = jenjang;
  if (jf && jenjang) return;
  d.note = MISSING[!jf && !jenjang ? 'both' : jf ? 'jenjang' : 'jf'];
  const rule = ctx.ruleset.byId.get(JF_UNKNOWN);
  if (!rule) return; // a ruleset without sistem-kerja: the note says it
  addRule(d, rule);
  ctx.report(rule.id, { ...srcOf(post), postId: post.id, column: 'name', value: post.name }, {
    id: `'${post.name}': ${d.note.id}`, en: `'${post.name}': ${d.note.en}`,
  });
}
