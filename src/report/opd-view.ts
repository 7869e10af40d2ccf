/** All a report shows of one OPD: its counts, lists and org charts, as the renderers take them. */
import type { Lang } from '../i18n/index.js';
import { labels } from './labels.js';
import type { OpdCounts, ReportModel } from './model.js';
import { opdCode } from './opd-select.js';
import { orgTree, type TreeNode } from './org-tree.js';
import {
  changedPeopleRows, equalisationRows, notEqualisedHolders, notEqualisedRows, reviewRows, teamListRows,
  type EqualisationRow, type NotEqualisedRow, type PeopleRow, type ReviewRow, type TeamRow,
} from './tables.js';
import { groupBy } from './text.js';

export interface OpdView {
  /** 1-based position in the report. */
  index: number;
  opd: string;
  code: string;
  counts: OpdCounts;
  equalisation: EqualisationRow[];
  review: ReviewRow[];
  people: PeopleRow[];
  notEqualised: NotEqualisedRow[];
  teams: TeamRow[];
  before: TreeNode[];
  after: TreeNode[];
}

/** One view per OPD, in plan order (sorted by name). */
export function opdViews(model: ReportModel, lang: Lang): OpdView[] {
  const l = labels(lang);
  const postsByOpd = groupBy(model.posts, (p) => p.opd);
  const peopleByOpd = groupBy(model.people, (p) => p.opd);
  const teamsByOpd = groupBy(model.teams, (t) => t.opd);
  const byId = new Map(model.posts.map((p) => [p.id, p]));
  const superiorOf = (postId: string | null) => {
    const parent = postId === null ? undefined : byId.get(byId.get(postId)?.newParentId ?? '');
    return parent?.newName ?? '';
  };
  return model.opds.map((counts, i) => {
    const posts = postsByOpd.get(counts.opd) ?? [];
    return {
      index: i + 1,
      opd: counts.opd,
      code: opdCode(posts),
      counts,
      equalisation: equalisationRows(posts, model, lang),
      review: reviewRows(posts, l, notEqualisedHolders(peopleByOpd.get(counts.opd) ?? [])),
      people: changedPeopleRows(peopleByOpd.get(counts.opd) ?? [], l, superiorOf),
      notEqualised: notEqualisedRows(peopleByOpd.get(counts.opd) ?? [], (id) => byId.get(id ?? '')?.newName ?? ''),
      teams: teamListRows(teamsByOpd.get(counts.opd) ?? []),
      before: orgTree(posts, 'before', l),
      after: orgTree(posts, 'after', l),
    };
  });
}
