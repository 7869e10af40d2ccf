/**
 * The Keputusan on the sample regency: every person people.csv marks equalised is in the lampiran with NIP and the
 * JF of their post, grouped per OPD; people who cannot be appointed only in the drafter's notes; no findings or
 * ruleset tables; the drafter checks pass, and fail when a row or a count is wrong.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCounts, checkPeople } from '../../../src/report/draft/checks.js';
import { buildKeputusan } from '../../../src/report/draft/keputusan.js';
import { blockLines, lineText, locate, type Block, type LegalDoc } from '../../../src/report/draft/legal-doc.js';
import { loadRegion } from '../../../src/report/draft/region.js';
import { loadReport } from '../../../src/report/load.js';
import type { ReportModel } from '../../../src/report/model.js';
import { migrateSample, readCsv, SAMPLE, type Row } from '../helpers.js';

type Table = Extract<Block, { kind: 'table' }>;

let dir: string;
let model: ReportModel;
let doc: LegalDoc;
let people: Row[];

/** Tables with the part of the document they sit in. */
function tables(d: LegalDoc): Array<{ table: Table; part: string }> {
  const parts = locate(d.blocks);
  return d.blocks.flatMap((b, i) => (b.kind === 'table' ? [{ table: b, part: parts[i]!.kind }] : []));
}

const rowsOf = (t: Table) => t.rows.map((r) => r.map((c) => lineText(c)));

beforeAll(async () => {
  dir = await migrateSample();
  model = await loadReport(dir, SAMPLE);
  doc = buildKeputusan(model, loadRegion('region.yaml', SAMPLE));
  people = readCsv(join(dir, 'people.csv'));
}, 120_000);

describe('Keputusan on penyetaraan (sample regency)', () => {
  it('lists every equalised person of people.csv in the lampiran with NIP, pangkat, old post and JF', () => {
    const equalised = people.filter((p) => p.change === 'equalised');
    expect(equalised.length).toBeGreaterThan(50);
    const rows = tables(doc).filter((t) => t.part === 'lampiran').flatMap((t) => rowsOf(t.table));
    expect(rows).toHaveLength(equalised.length);
    for (const p of equalised) {
      const row = rows.find((r) => r[2] === p.nip);
      expect(row, p.nip).toBeDefined();
      expect(row![1]).toBe(p.name);
      expect(row![3]).toContain(p.golongan!);
      expect(row![4]).toBe(p.old_post);
      expect(row![6]).toBe(p.new_post);
    }
  });

  it('groups the lampiran per OPD, each caption counting its rows', () => {
    const lampiran = tables(doc).filter((t) => t.part === 'lampiran').map((t) => t.table);
    const byOpd = new Map<string, number>();
    for (const p of model.people) if (p.change === 'equalised') byOpd.set(p.opd, (byOpd.get(p.opd) ?? 0) + 1);
    expect(lampiran).toHaveLength(byOpd.size);
    expect(lampiran[0]!.caption).toBe(`A. ${model.opds[0]!.opd.toUpperCase()}: 5 (lima) orang`);
    for (const t of lampiran) expect(t.columns.map((c) => c.head)).toEqual(['No', 'Nama', 'NIP', 'Pangkat/Golongan', 'Jabatan Lama', 'Unit Kerja Lama', 'Jabatan Fungsional dan Jenjang', 'Unit Kerja Baru', 'Keterangan']);
  });

  it('states the number appointed in Diktum KESATU', () => {
    const kesatu = doc.blocks.find((b) => b.kind === 'diktum' && b.label === 'KESATU')!;
    const n = people.filter((p) => p.change === 'equalised').length;
    expect(lineText(blockLines(kesatu)[0]!)).toContain(`sebanyak ${n} (sembilan puluh dua) orang`);
  });

  it('lists people who cannot be equalised apart, in the drafter notes only, with the reason', () => {
    const notEqualised = people.filter((p) => p.change === 'not-equalised');
    expect(notEqualised).toHaveLength(4);
    const lampiranNips = new Set(tables(doc).filter((t) => t.part === 'lampiran').flatMap((t) => rowsOf(t.table).map((r) => r[2])));
    const notes = tables(doc).filter((t) => t.part === 'notes').flatMap((t) => rowsOf(t.table));
    for (const p of notEqualised) {
      expect(lampiranNips.has(p.nip)).toBe(false);
      const row = notes.find((r) => r[2] === p.nip);
      expect(row?.[6]).toContain('di bawah S-1/D-IV');
    }
    // The equalised posts nobody holds, by id.
    expect(notes.map((r) => r[1])).toEqual(expect.arrayContaining(['DINKES.02.02', 'DINKES.04.01', 'DISTAN.03.02']));
  });

  it('holds no findings or ruleset tables', () => {
    const heads = tables(doc).flatMap((t) => t.table.columns.map((c) => c.head));
    for (const h of ['Aturan', 'Tingkat', 'Dasar hukum', 'Versi aturan', 'Berkas']) expect(heads).not.toContain(h);
    const text = doc.blocks.flatMap(blockLines).map((l) => lineText(l)).join('\n');
    expect(text).not.toMatch(/kabkota\/|person\/|galat|peringatan/);
  });

  it('passes the drafter checks', () => {
    expect(checkPeople(model, doc)).toEqual([]);
    expect(checkCounts(doc)).toEqual([]);
  });

  it('fails them when a person is missing or a count is wrong', () => {
    const parts = locate(doc.blocks);
    const lampiran = doc.blocks.findIndex((b, i) => b.kind === 'table' && parts[i]!.kind === 'lampiran');
    const first = doc.blocks[lampiran] as Table;
    const dropped: LegalDoc = { ...doc, blocks: doc.blocks.map((b, i) => (i === lampiran ? { ...first, rows: first.rows.slice(1) } : b)) };
    const gone = first.rows[0]![2]!;
    expect(checkPeople(model, dropped).map((p) => p.message)).toEqual([expect.stringContaining(`NIP ${lineText(gone)}`)]);
    expect(checkCounts(dropped).map((p) => p.message)).toEqual([
      'Diktum KESATU menyebut 92, Lampiran memuat 91 baris',
      `Lampiran: '${first.caption}' menyebut 5, tabelnya memuat 4 baris`,
    ]);
    const words: LegalDoc = { ...doc, blocks: doc.blocks.map((b, i) => (i === lampiran ? { ...first, caption: first.caption!.replace('(lima)', '(empat)') } : b)) };
    expect(checkCounts(words).map((p) => p.check)).toEqual(['count-words']);
  });
});
