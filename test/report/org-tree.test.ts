import { describe, expect, it } from 'vitest';
import { labels } from '../../src/report/labels.js';
import { orgTree } from '../../src/report/org-tree.js';
import { model, post } from './sample-model.js';

describe('org-chart trees', () => {
  it('builds before/after trees: a dissolved unit before, a JF under the kept head after', () => {
    const m = model();
    const l = labels('id');
    const posts = m.posts.filter((p) => p.opd === 'Dinas A');
    const before = orgTree(posts, 'before', l);
    expect(before).toHaveLength(1);
    const seksi = before[0]!.children[0]!.children[0]!;
    expect([seksi.id, seksi.status, seksi.children.map((c) => c.id)]).toEqual(['A.1.1', 'dissolved', ['A.1.1.1']]);
    const after = orgTree(posts, 'after', l);
    const bidang = after[0]!.children[0]!;
    expect(bidang.children.map((c) => [c.id, c.status, c.title])).toEqual([
      ['A.1.1', 'equalised', 'Perencana Ahli Muda'],
      ['A.1.1.1', 'moved', 'Pengadministrasi Umum'],
      ['A.1.2', 'equalised', 'Jabatan A.1.2'],
    ]);
    expect(bidang.children[0]!.meta).toBe('JF Ahli Muda');
  });

  it('keeps every post exactly once in a tree, even on a parent cycle', () => {
    const posts = [post({ id: 'X', parentId: 'Y' }), post({ id: 'Y', parentId: 'X' }), post({ id: 'Z', parentId: 'nowhere' })];
    const forest = orgTree(posts, 'before', labels('id'));
    const ids: string[] = [];
    const walk = (n: { id: string; children: Array<{ id: string; children: never[] }> }) => {
      ids.push(n.id);
      n.children.forEach(walk);
    };
    forest.forEach((t) => walk(t as never));
    expect(ids.sort()).toEqual(['X', 'Y', 'Z']);
  });
});
