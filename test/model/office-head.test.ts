/**
 * The head of a flat list of a vertical agency's office (model/infer-tree.ts, model/head.ts): "Kepala X" of no known
 * kind over pengawas heads the office; beside an administrator or a JPT it does not; and a post is never placed under
 * a head of the same or a lower eselon.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typicalLookup } from '../../src/model/infer-eselon.js';
import { loadInput } from '../../src/model/load.js';
import { loadReferenceData } from '../../src/rules/reference.js';

const typical = typicalLookup(loadReferenceData().eselonTypical);

async function parents(csv: string): Promise<{ parents: Record<string, string | null>; rules: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'setara-office-'));
  writeFileSync(join(dir, 'posts.csv'), csv);
  const rules: string[] = [];
  const input = await loadInput({ posts: 'posts.csv' }, dir, {}, {}, (ruleId, at) => rules.push(`${ruleId} ${at.postId}`), typical);
  return { parents: Object.fromEntries(input.structure.indexed.map((p) => [p.id, p.parentId])), rules };
}

describe('the head of an office', () => {
  it('"Kepala Balai …" over Kasi, listed last: heads the office, each Kasi under it, each Staf under its Kasi', async () => {
    const r = await parents(`id,name
1,Kepala Seksi Tata Usaha
2,Kepala Seksi Pembenihan
3,Staf Seksi Pembenihan
4,Penyuluh Pertanian Ahli Muda
5,Kepala Balai Benih Ikan
`);
    expect(r.parents).toEqual({ 1: '5', 2: '5', 3: '2', 4: '5', 5: null });
  });

  it('"Kepala BPS" with an eselon above its Kasi: the head by its eselon', async () => {
    const r = await parents('id,name,eselon\n1,Kepala Seksi Statistik Sosial,IV.a\n2,Kepala BPS,III.a\n3,Statistisi Muda,\n');
    expect(r.parents).toEqual({ 1: '2', 2: null, 3: '2' });
  });

  it('a "Kepala Sekolah" in a Dinas\'s list heads nothing: the Kepala Dinas is the head', async () => {
    const r = await parents(`id,name,eselon
1,Kepala Sekolah Dasar Negeri 1,
2,Kepala Dinas Pendidikan,II.b
3,Kepala Seksi Kurikulum,IV.a
`);
    expect(r.parents).toEqual({ 1: '2', 2: null, 3: '2' });
  });
});

describe('never under the same or a lower eselon', () => {
  it('an Asisten (II.b) listed below a Sekretaris DPRD (II.b) stays a root, not a child of it', async () => {
    const r = await parents(`id,name,eselon
1,Sekretaris DPRD,II.b
2,Kepala Bagian Umum,III.a
3,Asisten Sekretaris Daerah,II.b
`);
    expect(r.parents).toEqual({ 1: null, 2: '1', 3: null });
  });
});
