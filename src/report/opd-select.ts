/** Which OPD `--opd` names, and the model cut down to it. */
import { closest } from './closest.js';
import type { ReportModel, ReportPost } from './model.js';
import { groupBy } from './text.js';

/** An OPD as `--opd` may name it: its name or its code (the id of its head post). */
export interface OpdRef {
  name: string;
  code: string;
}

/** One OPD, several (the value is ambiguous: say which), or none (the closest, for the user to pick from). */
export type OpdMatch = { opd: string } | { several: OpdRef[] } | { closest: OpdRef[] };

/** Each OPD of the model with its code. */
export function opdRefs(model: ReportModel): OpdRef[] {
  const postsByOpd = groupBy(model.posts, (p) => p.opd);
  return model.opds.map((o) => ({ name: o.opd, code: opdCode(postsByOpd.get(o.opd) ?? []) }));
}

/**
 * The OPD a `--opd` value names, trying in turn: the exact name, the name in any case, the code in any case, then a
 * fragment (every word of the value inside the name, any case). The first step that matches decides: one OPD, or
 * several. When none matches, the three closest by shared words and edit distance.
 */
export function findOpd(opds: readonly OpdRef[], query: string): OpdMatch {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  const q = norm(query);
  const fragments = q.split(' ').filter(Boolean);
  const steps: Array<(o: OpdRef) => boolean> = [
    (o) => o.name === query,
    (o) => norm(o.name) === q,
    (o) => o.code !== '' && o.code.toLowerCase() === q,
    (o) => fragments.length > 0 && fragments.every((f) => norm(o.name).includes(f)),
  ];
  for (const step of steps) {
    const hits = opds.filter(step);
    if (hits.length === 1) return { opd: hits[0]!.name };
    if (hits.length > 1) return { several: hits };
  }
  return { closest: closest(query, opds, (o) => [o.name, o.code], 3) };
}

/** The model cut down to one OPD: its counts, posts, people, teams and the findings on its posts. */
export function restrictToOpd(model: ReportModel, opd: string): ReportModel {
  const posts = model.posts.filter((p) => p.opd === opd);
  const ids = new Set(posts.map((p) => p.id));
  return {
    ...model,
    opds: model.opds.filter((o) => o.opd === opd),
    posts,
    people: model.people.filter((p) => p.opd === opd),
    teams: model.teams.filter((t) => t.opd === opd),
    findings: model.findings.filter((f) => f.postId !== undefined && ids.has(f.postId)),
  };
}

/** The id of the OPD's head post (its first post without a parent inside the OPD), e.g. `DINKES`. */
export function opdCode(posts: readonly ReportPost[]): string {
  const ids = new Set(posts.map((p) => p.id));
  return posts.find((p) => p.parentId === null || !ids.has(p.parentId))?.id ?? '';
}
