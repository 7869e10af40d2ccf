/**
 * Work teams after migration (PermenPANRB 7/2022): given teams pass through; otherwise one team per dissolved
 * unit (its equalised former head as proposed ketua, its re-placed staff as members); the holder of a JF post whose
 * koordinator or subkoordinator role ends becomes the proposed ketua of a team of the JF and pelaksana of the same
 * unit, named after the role's field.
 */
import { NONE, type Structure } from '../model/structure.js';
import { officialOf } from '../model/structure/officials.js';
import type { TeamMembership, TeamRole } from '../model/types.js';
import { KOORDINATOR } from '../model/work-system.js';
import type { PostDecision } from './decide.js';
import { endsRole, splitRole } from './koordinator.js';
import type { MigratedPosts } from './restructure.js';

export type TeamSource = 'given' | 'dissolved-unit' | 'koordinator';

export interface Team {
  teamId: string;
  teamName: string;
  ownerPostId: string;
  source: TeamSource;
  members: Array<{ nip: string; name: string; role: TeamRole; postId: string | null }>;
}

const UNIT_PREFIX = /^(kepala\s+)?(seksi|sub\s*bidang|sub\s*bagian|subbidang|subbagian|bidang|bagian)\s+/i;

export function planTeams(
  s: Structure, decisions: readonly PostDecision[], migrated: MigratedPosts, given: readonly TeamMembership[] | undefined,
): Team[] {
  /** The first child of post i's parent (NONE without a parent): post i's siblings and itself follow by nextSiblingAt. */
  const firstSibling = (i: number) => {
    const parent = s.parentAt(i);
    return parent === NONE ? NONE : s.firstChildAt(parent);
  };
  const teams: Team[] = [];
  if (given) {
    const byId = new Map<string, Team>();
    for (const m of given) {
      let t = byId.get(m.teamId);
      if (!t) byId.set(m.teamId, (t = { teamId: m.teamId, teamName: m.teamName, ownerPostId: m.ownerPostId, source: 'given', members: [] }));
      // A NIP held twice (people/duplicate-nip) names its first person, as in the checks and diff.
      const k = s.personWithNip(m.nip);
      const person = k === NONE ? undefined : s.people[k];
      if (!t.members.some((x) => x.nip === m.nip)) t.members.push({ nip: m.nip, name: person?.name ?? '', role: m.role, postId: person?.postId ?? null });
    }
    for (const t of byId.values()) teams.push(t);
  }
  decisions.forEach((d, i) => {
    // A koordinator's post is kept (its role ends); a dissolved unit's head is equalised.
    const koordinator = endsRole(d);
    if (d.decision !== 'equalise' && !koordinator) return;
    if (given && !koordinator) return;
    const ownerPostId = migrated.parentId(i);
    if (ownerPostId === null) return;
    const post = s.indexed[i]!;
    const members: Team['members'] = [];
    addHolders(s, i, 'ketua', members);
    if (koordinator) {
      for (let sib = firstSibling(i); sib !== NONE; sib = s.nextSiblingAt(sib)) {
        const p = s.indexed[sib]!;
        if (sib !== i && p.unit === post.unit && (p.kind === 'fungsional' || p.kind === 'pelaksana')) addHolders(s, sib, 'anggota', members);
      }
    } else {
      // The posts that leave this dissolved unit (not through another dissolved post below it).
      for (let c = s.firstChildAt(i); c !== NONE; c = s.nextSiblingAt(c)) if (decisions[c]!.decision !== 'equalise') addHolders(s, c, 'anggota', members);
    }
    if (members.length === 0) return;
    const base = (koordinator && splitRole(post.name).field) || post.unit.replace(UNIT_PREFIX, '') || post.name;
    // An exact-length copy: a list grown by push keeps 17 slots for its first few members (a national run has 100,000s of teams).
    teams.push({ teamId: `TIM-${post.id}`, teamName: `Tim ${base}`, ownerPostId, source: koordinator ? 'koordinator' : 'dissolved-unit', members: members.slice() });
  });
  // A koordinator given as a person's role (not in the title) becomes ketua of a team of the same unit.
  const converted = new Set(teams.filter((t) => t.source === 'koordinator').flatMap((t) => t.members.filter((m) => m.role === 'ketua').map((m) => m.nip)));
  for (let k = 0; k < s.people.length; k++) {
    const person = s.people[k]!;
    if (!person.role || !KOORDINATOR.test(person.role) || converted.has(person.nip) || !person.postId) continue;
    const i = s.personPostAt(k);
    const owner = i === NONE ? NONE : officialOf(s, i);
    if (owner === NONE) continue;
    const post = s.indexed[i]!;
    const members: Team['members'] = [{ nip: person.nip, name: person.name, role: 'ketua', postId: post.id }];
    for (let sib = firstSibling(i); sib !== NONE; sib = s.nextSiblingAt(sib)) {
      const p = s.indexed[sib]!;
      if (p.unit === post.unit && (p.kind === 'fungsional' || p.kind === 'pelaksana')) addHolders(s, sib, 'anggota', members);
    }
    teams.push({ teamId: `TIM-${person.nip}`, teamName: `Tim ${post.unit.replace(UNIT_PREFIX, '') || post.name}`, ownerPostId: s.indexed[owner]!.id, source: 'koordinator', members });
  }
  return teams;
}

/** The holders of post i not among `members` yet, added with `role`. */
function addHolders(s: Structure, i: number, role: TeamRole, members: Team['members']): void {
  const postId = s.indexed[i]!.id;
  for (let k = s.firstHolderAt(i); k !== NONE; k = s.nextHolderAt(k)) {
    const p = s.people[k]!;
    if (!members.some((x) => x.nip === p.nip)) members.push({ nip: p.nip, name: p.name, role, postId });
  }
}
