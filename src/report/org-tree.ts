/** The before/after org-chart trees of an OPD's posts (drawn by orgchart.ts). */
import { kindIsStructural } from '../model/parse/kind.js';
import { kindLabel, type Labels } from './labels.js';
import type { ReportPost } from './model.js';
import { jenjangLabel } from './tables.js';

export type NodeStatus = 'kept' | 'staff' | 'equalised' | 'dissolved' | 'review' | 'moved';

export interface TreeNode {
  id: string;
  title: string;
  /** Short line above the title: eselon or kind. */
  meta: string;
  status: NodeStatus;
  /** Full text for the tooltip: title, id and what happened. */
  tooltip: string;
  children: TreeNode[];
}


/**
 * The OPD's posts as a forest. `before`: old parents and titles; an equalised structural post is a dissolved unit.
 * `after`: new parents and titles; equalised posts are JF posts under the nearest kept post.
 * Children keep input order; a broken or cyclic chain starts a new root, so every post appears exactly once.
 */
export function orgTree(posts: readonly ReportPost[], stage: 'before' | 'after', l: Labels): TreeNode[] {
  const ids = new Set(posts.map((p) => p.id));
  const parentOf = (p: ReportPost) => {
    const parent = stage === 'before' ? p.parentId : p.newParentId;
    return parent !== null && parent !== p.id && ids.has(parent) ? parent : null;
  };
  const nodes = new Map<string, TreeNode>();
  for (const p of posts) nodes.set(p.id, node(p, stage, l));
  const children = new Map<string, ReportPost[]>();
  const roots: ReportPost[] = [];
  for (const p of posts) {
    const parent = parentOf(p);
    if (parent === null) roots.push(p);
    else {
      let list = children.get(parent);
      if (!list) children.set(parent, (list = []));
      list.push(p);
    }
  }
  const placed = new Set<string>();
  const attach = (p: ReportPost): TreeNode => {
    placed.add(p.id);
    const n = nodes.get(p.id)!;
    for (const c of children.get(p.id) ?? []) if (!placed.has(c.id)) n.children.push(attach(c));
    return n;
  };
  const forest = roots.map(attach);
  // Posts on a cycle are reachable from no root: each unplaced one starts a tree of its own.
  for (const p of posts) if (!placed.has(p.id)) forest.push(attach(p));
  return forest;
}

function node(p: ReportPost, stage: 'before' | 'after', l: Labels): TreeNode {
  let status: NodeStatus;
  let title: string;
  let meta: string;
  if (stage === 'before') {
    title = p.name;
    meta = p.eselon ?? kindLabel(l, p.kind);
    if (p.decision === 'equalise') status = kindIsStructural(p.kind) ? 'dissolved' : 'equalised';
    else if (p.decision === 'review') status = 'review';
    else status = kindIsStructural(p.kind) ? 'kept' : 'staff';
  } else {
    title = p.newName;
    if (p.change === 'equalised') {
      status = 'equalised';
      meta = `${l.kindFungsional} ${jenjangLabel(p.jenjang)}`.trim();
    } else {
      meta = p.eselon ?? kindLabel(l, p.kind);
      if (p.decision === 'review') status = 'review';
      else if (p.change === 'replaced') status = 'moved';
      else status = kindIsStructural(p.kind) ? 'kept' : 'staff';
    }
  }
  const was = stage === 'after' && p.change === 'equalised' ? ` ← ${p.name}` : '';
  const why = stage === 'before' && p.decision === 'equalise' && p.jfName ? ` → ${p.jfName} ${jenjangLabel(p.jenjang)}` : '';
  return { id: p.id, title, meta, status, tooltip: `${title} (${p.id})${was}${why}`, children: [] };
}
