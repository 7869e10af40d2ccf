import { describe, expect, it } from 'vitest';
import type { NodeStatus, TreeNode } from '../../src/report/org-tree.js';
import { NODE_W, orgChartSvg, wrapText } from '../../src/report/orgchart.js';

const MARKERS: Record<NodeStatus, string> = { kept: '', staff: '', equalised: 'DISETARAKAN', dissolved: 'DIBUBARKAN', review: 'TELAAH', moved: 'PINDAH' };
const LEGEND: Record<NodeStatus, string> = { kept: 'tetap', staff: 'staf', equalised: 'disetarakan', dissolved: 'unit dibubarkan', review: 'telaah', moved: 'pindah' };
const opts = { title: 'Bagan', idPrefix: 'c', markers: MARKERS, legend: LEGEND };

const node = (id: string, status: NodeStatus, children: TreeNode[] = [], title = `Jabatan ${id}`): TreeNode => ({ id, title, meta: 'IV.a', status, tooltip: title, children });

/** A 62-post OPD: head, one JF, 6 bidang, 3 seksi each (dissolved), 2 staff under each seksi. */
function bigOpd(): TreeNode {
  const bidang = Array.from({ length: 6 }, (_, b) =>
    node(`B${b}`, 'kept', Array.from({ length: 3 }, (_, s) =>
      node(`B${b}S${s}`, s === 2 ? 'review' : 'dissolved', [node(`B${b}S${s}P0`, 'staff'), node(`B${b}S${s}P1`, 'moved', [], 'Pengelola Sarana dan Prasarana Kantor Dinas Kesehatan Kabupaten Contoh')], `Kepala Seksi Pencegahan dan Pengendalian Penyakit Tidak Menular dan Kesehatan Jiwa ${b}.${s}`),
    ), `Kepala Bidang Pelayanan Kesehatan ${b}`),
  );
  return node('ROOT', 'kept', [node('JF1', 'equalised'), ...bidang], 'Kepala Dinas Kesehatan');
}

interface Rect { id: string; x: number; y: number; w: number; h: number }
function rects(svg: string): Rect[] {
  return [...svg.matchAll(/<g class="node \w+" data-id="([^"]+)"><title>[^<]*<\/title><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => ({
    id: m[1]!, x: Number(m[2]), y: Number(m[3]), w: Number(m[4]), h: Number(m[5]),
  }));
}
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const size = (svg: string) => {
  const m = /width="(\d+)" height="(\d+)" viewBox="0 0 (\d+) (\d+)"/.exec(svg)!;
  return { w: Number(m[1]), h: Number(m[2]) };
};

describe('wrapText', () => {
  it('wraps on words into at most three lines and marks a cut with …', () => {
    expect(wrapText('Kepala Dinas Kesehatan', 26, 3)).toEqual(['Kepala Dinas Kesehatan']);
    expect(wrapText('Kepala Seksi Pencegahan dan Pengendalian Penyakit Menular', 26, 3)).toEqual(['Kepala Seksi Pencegahan', 'dan Pengendalian Penyakit', 'Menular']);
    const cut = wrapText('Kepala Seksi Pencegahan dan Pengendalian Penyakit Tidak Menular dan Kesehatan Jiwa', 26, 3);
    expect(cut).toHaveLength(3);
    expect(cut[2]!.endsWith('…')).toBe(true);
    for (const l of cut) expect(l.length).toBeLessThanOrEqual(26);
    expect(wrapText('Supercalifragilisticexpialidocious-and-more', 10, 3).every((l) => l.length <= 10)).toBe(true);
  });
});

describe('orgChartSvg', () => {
  it('lays out a 62-post OPD narrow enough for A4 landscape, every post once, no two boxes overlapping', () => {
    const svg = orgChartSvg([bigOpd()], opts);
    const rs = rects(svg);
    expect(rs).toHaveLength(62);
    expect(new Set(rs.map((r) => r.id)).size).toBe(62);
    for (let i = 0; i < rs.length; i++) for (let j = i + 1; j < rs.length; j++) expect(overlap(rs[i]!, rs[j]!), `${rs[i]!.id} × ${rs[j]!.id}`).toBe(false);
    const { w, h } = size(svg);
    expect(w).toBeLessThanOrEqual(1040);
    for (const r of rs) {
      expect(r.x + r.w).toBeLessThanOrEqual(w);
      expect(r.y + r.h).toBeLessThanOrEqual(h);
    }
  });

  it('marks statuses with a text marker and a legend, dissolved units dashed and struck through', () => {
    const svg = orgChartSvg([bigOpd()], opts);
    for (const m of ['DISETARAKAN: disetarakan', 'DIBUBARKAN: unit dibubarkan', 'TELAAH: telaah', 'PINDAH: pindah', '>tetap<', '>staf<']) expect(svg).toContain(m);
    const dissolved = /<g class="node dissolved"[\s\S]*?<\/g>/.exec(svg)![0];
    expect(dissolved).toContain('stroke-dasharray');
    expect(dissolved).toContain('text-decoration="line-through"');
    expect(dissolved).toContain('>DIBUBARKAN<');
    const equalised = /<g class="node equalised"[\s\S]*?<\/g>/.exec(svg)![0];
    expect(equalised).toContain('>DISETARAKAN<');
    expect(equalised).not.toContain('line-through');
    // statuses absent from the chart are absent from the legend
    expect(orgChartSvg([node('A', 'kept', [node('B', 'staff')])], opts)).not.toContain('DIBUBARKAN');
  });

  it('is deterministic and accessible', () => {
    const a = orgChartSvg([bigOpd()], opts);
    expect(orgChartSvg([bigOpd()], opts)).toBe(a);
    expect(a).toMatch(/^<svg class="orgchart" role="img" aria-labelledby="c-title" /);
    expect(a).toContain('<title id="c-title">Bagan</title>');
    expect(a).not.toContain('xmlns');
    expect(orgChartSvg([bigOpd()], { ...opts, standalone: true })).toContain('xmlns="http://www.w3.org/2000/svg"');
  });

  it('centres a parent over its children in a small tree', () => {
    const svg = orgChartSvg([node('A', 'kept', [node('B', 'kept', [node('B1', 'staff')]), node('C', 'kept', [node('C1', 'staff')]), node('D', 'kept', [node('D1', 'staff')])])], opts);
    const by = new Map(rects(svg).map((r) => [r.id, r]));
    const centre = (id: string) => by.get(id)!.x + by.get(id)!.w / 2;
    expect(centre('A')).toBeCloseTo((centre('B') + centre('D')) / 2, 0);
    expect(by.get('B')!.y).toBe(by.get('C')!.y);
    expect(by.get('B')!.y).toBeGreaterThan(by.get('A')!.y);
  });

  it('stacks many leaf children of one parent in a column instead of a wide row', () => {
    const svg = orgChartSvg([node('A', 'kept', Array.from({ length: 30 }, (_, i) => node(`L${i}`, 'staff')))], opts);
    const { w } = size(svg);
    expect(w).toBeLessThan(2 * NODE_W + 100);
    const rs = rects(svg).filter((r) => r.id.startsWith('L'));
    expect(new Set(rs.map((r) => r.x)).size).toBe(1);
  });

  it('draws several roots (a broken chain) side by side, and an empty forest as a legend-only chart', () => {
    const svg = orgChartSvg([node('A', 'kept', [node('A1', 'staff')]), node('Z', 'review')], opts);
    expect(rects(svg).map((r) => r.id).sort()).toEqual(['A', 'A1', 'Z']);
    const empty = orgChartSvg([], opts);
    expect(size(empty).w).toBeGreaterThan(0);
    expect(rects(empty)).toEqual([]);
  });
});
