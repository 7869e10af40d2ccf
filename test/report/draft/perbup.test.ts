/**
 * The Perbup on the work system built from the sample regency's migration: the frame of UU 12/2011 Lampiran II in
 * order, the Mengingat order and its numbers, continuous BAB/Pasal numbering, lists, the body's counts against the
 * lampiran, every team in Lampiran II, region values in place and placeholders where the region file is silent.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/errors.js';
import { DEFAULT_REFERENCE_DIR } from '../../../src/rules/reference.js';
import { blockLines, type Block, type LegalDoc, type Line, type List } from '../../../src/report/draft/legal-doc.js';
import { loadPerbupCitations } from '../../../src/report/draft/perbup-citations.js';
import { counted, numberWords } from '../../../src/report/draft/perbup-text.js';
import { buildPerbup, perbupCounts } from '../../../src/report/draft/perbup.js';
import { defaultRegion, loadRegion, type Region } from '../../../src/report/draft/region.js';
import { loadReport } from '../../../src/report/load.js';
import type { ReportModel } from '../../../src/report/model.js';
import { migrateSample, SAMPLE } from '../helpers.js';

let model: ReportModel;

beforeAll(async () => {
  const dir = await migrateSample(['--ruleset', 'rules.yaml', '--teams', 'teams.csv']);
  model = await loadReport(dir, SAMPLE);
}, 120_000);

const FULL: Region = {
  type: 'kabupaten',
  name: 'Kabupaten Contoh',
  province: 'Jawa Contoh',
  head: { name: 'Budi Santoso' },
  place: 'Sukamaju',
  sekda: { name: 'Siti Aminah' },
  formingLaw: [{ number: '9', year: 1950, about: 'Pembentukan Daerah Kabupaten Contoh', ln: { year: 1950, number: '42' }, tln: '77' }],
  perdaPerangkatDaerah: { number: '5', year: 2016, about: 'Pembentukan dan Susunan Perangkat Daerah', ld: { year: 2016, number: '5' }, amended: 'sebagaimana telah diubah dengan Peraturan Daerah Kabupaten Contoh Nomor 3 Tahun 2021' },
  perbup: { number: '12', year: 2026, enacted: '2026-01-02', promulgated: '2026-01-03', beritaDaerahNumber: '12' },
};
const BARE: Region = { type: 'kabupaten', name: 'Kabupaten Contoh' };

/** A line's text; a placeholder as `[[key]]`. */
const text = (line: Line): string => line.map((r) => (typeof r === 'string' ? r : 'placeholder' in r ? `[[${r.placeholder}]]` : r.text)).join('');
const of = <K extends Block['kind']>(doc: LegalDoc, kind: K) => doc.blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
const considerans = (doc: LegalDoc, label: string) => of(doc, 'considerans').find((b) => b.label === label)!.list.items.map((i) => text(i.text));
/** The blocks before the first lampiran: judul, pembukaan, batang tubuh, penutup. */
const frame = (doc: LegalDoc) => doc.blocks.slice(0, doc.blocks.findIndex((b) => b.kind === 'pageBreak'));
const pasals = (doc: LegalDoc) => of(doc, 'pasal');
const pasalText = (p: Extract<Block, { kind: 'pasal' }>): string =>
  [...(p.ayat ?? []), ...(p.body ?? [])].map((a) => [text(a.text), ...(a.list ? listTexts(a.list) : [])].join(' ')).join(' ');
const listTexts = (l: List): string[] => l.items.flatMap((i) => [text(i.text), ...(i.sub ? listTexts(i.sub) : [])]);
const placeholders = (doc: LegalDoc): string[] => {
  const keys: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if ('placeholder' in v) keys.push((v as { placeholder: string }).placeholder);
      else Object.values(v).forEach(walk);
    }
  };
  walk(doc.blocks);
  return keys;
};
/** The lampiran as lists of blocks, I to IV. */
const lampiranOf = (doc: LegalDoc): Block[][] => {
  const out: Block[][] = [];
  let current: Block[] | undefined;
  for (const b of doc.blocks) {
    if (b.kind === 'lampiranHead') out.push((current = []));
    else if (b.kind === 'pageBreak') current = undefined;
    else current?.push(b);
  }
  return out;
};
const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

describe('the frame (UU 12/2011 Lampiran II)', () => {
  it('has judul, the enacting office with a comma, Menimbang, Mengingat, MEMUTUSKAN, Menetapkan, BAB I…, penutup, signatures, in that order', () => {
    const doc = buildPerbup(model, FULL);
    const f = frame(doc);
    const kinds = f.map((b) => b.kind);
    expect(kinds.slice(0, 8)).toEqual(['heading', 'heading', 'heading', 'heading', 'considerans', 'considerans', 'heading', 'diktum']);
    const headings = of(doc, 'heading').slice(0, 4).map((h) => h.lines.map(text));
    expect(headings).toEqual([
      ['BUPATI CONTOH', 'PROVINSI JAWA CONTOH'],
      ['PERATURAN BUPATI CONTOH', 'NOMOR 12 TAHUN 2026', 'TENTANG', 'SISTEM KERJA DI LINGKUNGAN PEMERINTAH KABUPATEN CONTOH'],
      ['DENGAN RAHMAT TUHAN YANG MAHA ESA'],
      ['BUPATI CONTOH,'],
    ]);
    expect(of(doc, 'considerans').slice(0, 2).map((c) => c.label)).toEqual(['Menimbang', 'Mengingat']);
    expect(f[6]).toEqual({ kind: 'heading', lines: [['MEMUTUSKAN:']] });
    expect(f[7]).toMatchObject({ kind: 'diktum', label: 'Menetapkan' });
    expect(text((f[7] as { text: Line }).text)).toBe('PERATURAN BUPATI TENTANG SISTEM KERJA DI LINGKUNGAN PEMERINTAH KABUPATEN CONTOH.');
    expect(f[8]).toEqual({ kind: 'bab', number: 1, title: 'KETENTUAN UMUM' });
    // Penutup: the order to promulgate, then the head's signature, the Sekda's promulgation, the Berita Daerah line.
    const tail = f.slice(-4);
    expect(text((tail[0] as { text: Line }).text)).toBe('Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Bupati ini dengan penempatannya dalam Berita Daerah Kabupaten Contoh.');
    const sig = (b: Block) => b.kind === 'signature' && [b.promulgation ?? false, ...[b.place, b.date, b.office, b.name].map(text)];
    expect(sig(tail[1]!)).toEqual([false, 'Sukamaju', '2 Januari 2026', 'BUPATI CONTOH', 'BUDI SANTOSO']);
    expect(sig(tail[2]!)).toEqual([true, 'Sukamaju', '3 Januari 2026', 'SEKRETARIS DAERAH KABUPATEN CONTOH', 'SITI AMINAH']);
    expect(text((tail[3] as { text: Line }).text)).toBe('BERITA DAERAH KABUPATEN CONTOH TAHUN 2026 NOMOR 12');
  });

  it('has Menimbang points that start with "bahwa" and end with ";", citing Pasal 25 of 7/2022 and the three stages, closed by the formula', () => {
    const items = considerans(buildPerbup(model, FULL), 'Menimbang');
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const i of items) expect(i).toMatch(/^bahwa .*;$/);
    expect(items.some((i) => i.includes('Pasal 25 Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 7 Tahun 2022 tentang Sistem Kerja pada Instansi Pemerintah untuk Penyederhanaan Birokrasi'))).toBe(true);
    expect(items.some((i) => /penyederhanaan struktur organisasi, penyetaraan jabatan .*, dan penyesuaian sistem kerja/.test(i))).toBe(true);
    const letters = items.slice(0, -1).map((_, k) => `huruf ${'abcdefgh'[k]}`);
    const named = letters.length > 2 ? `${letters.slice(0, -1).join(', ')}, dan ${letters.at(-1)}` : letters.join(' dan ');
    expect(items.at(-1)).toBe(`bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam ${named} perlu menetapkan Peraturan Bupati tentang Sistem Kerja di Lingkungan Pemerintah Kabupaten Contoh;`);
  });

  it('has Mengingat in hierarchy, year and number order, never Pasal 17 ayat (3), with only the numbers the sources give', () => {
    const doc = buildPerbup(model, FULL);
    const items = considerans(doc, 'Mengingat');
    const expected = [
      /^Pasal 18 ayat \(6\) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;$/,
      /^Undang-Undang Nomor 9 Tahun 1950 tentang Pembentukan Daerah Kabupaten Contoh \(Lembaran Negara Republik Indonesia Tahun 1950 Nomor 42, Tambahan Lembaran Negara Republik Indonesia Nomor 77\);$/,
      /^Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan .* sebagaimana telah beberapa kali diubah terakhir dengan Undang-Undang Nomor 13 Tahun 2022 .*\(Lembaran Negara Republik Indonesia Tahun 2022 Nomor 143, Tambahan Lembaran Negara Republik Indonesia Nomor 6801\);$/,
      /^Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah .* terakhir dengan Undang-Undang Nomor 6 Tahun 2023 /,
      /^Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara /,
      /^Peraturan Pemerintah Nomor 18 Tahun 2016 /,
      /^Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 17 Tahun 2021 .*\(Berita Negara Republik Indonesia Tahun 2021 Nomor 525\);$/,
      /^Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 25 Tahun 2021 .*\(Berita Negara Republik Indonesia Tahun 2021 Nomor 546\);$/,
      /^Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2022 tentang Pengelolaan Kinerja/,
      /^Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 7 Tahun 2022 tentang Sistem Kerja/,
      /^Peraturan Daerah Kabupaten Contoh Nomor 5 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah \(Lembaran Daerah Kabupaten Contoh Tahun 2016 Nomor 5\) sebagaimana telah diubah dengan Peraturan Daerah Kabupaten Contoh Nomor 3 Tahun 2021;$/,
    ];
    expect(items).toHaveLength(expected.length);
    items.forEach((item, i) => expect(item).toMatch(expected[i]!));
    expect(JSON.stringify(doc)).not.toMatch(/Pasal 17 ayat \(3\)/);
    // No source gives the LN/TLN of UU 23/2014 or UU 20/2023, nor the BN of 7/2022: placeholders, not numbers.
    expect(placeholders(doc)).toEqual(expect.arrayContaining(['citation.uu-23-2014.ln', 'citation.uu-23-2014.tln', 'citation.uu-20-2023.ln', 'citation.permen-7-2022.bn', 'citation.uu-6-2023.about']));
    // The TLN printed for UU 6/2023 is doubted by the reference: marked for the drafter.
    const mengingat = of(doc, 'considerans')[1]!.list.items[3]!.text;
    expect(mengingat).toContainEqual({ text: '6858', unconfirmed: expect.stringContaining('6856') });
  });

  it('places a forming law by its year among the laws, and its placeholder first when the region file has none', () => {
    const late: Region = { ...FULL, formingLaw: [{ number: '19', year: 2022, about: 'Provinsi Contoh' }] };
    const items = considerans(buildPerbup(model, late), 'Mengingat');
    expect(items.findIndex((i) => i.includes('Nomor 19 Tahun 2022'))).toBe(items.findIndex((i) => i.includes('Nomor 23 Tahun 2014')) + 1);
    expect(items.find((i) => i.includes('Nomor 19 Tahun 2022'))).toContain('[[region.formingLaw.0.ln]]');
    expect(considerans(buildPerbup(model, BARE), 'Mengingat')[1]).toBe('[[region.formingLaw]];');
  });
});

describe('the batang tubuh', () => {
  it('numbers BAB 1…N with their titles, Bagian from 1 in each BAB, Pasal 1…N without a gap', () => {
    const doc = buildPerbup(model, FULL);
    const babs = of(doc, 'bab');
    expect(babs.map((b) => b.number)).toEqual(babs.map((_, i) => i + 1));
    expect(babs.map((b) => b.title)).toEqual([
      'KETENTUAN UMUM', 'MAKSUD, TUJUAN, DAN RUANG LINGKUP', 'KEDUDUKAN', 'MEKANISME KERJA', 'PENGELOLAAN KINERJA',
      'PEMANFAATAN TEKNOLOGI INFORMASI DAN KOMUNIKASI', 'PEMBINAAN DAN PEMANTAUAN', 'KETENTUAN PERALIHAN', 'KETENTUAN PENUTUP',
    ]);
    expect(of(doc, 'bagian').map((b) => `${b.number} ${b.title}`)).toEqual(['1 Penugasan', '2 Tim Kerja dan Ketua Tim', '3 Pelaksanaan Tugas', '4 Pertanggungjawaban Pelaksanaan Tugas']);
    expect(pasals(doc).map((p) => p.number)).toEqual(pasals(doc).map((_, i) => i + 1));
    // Each BAB holds at least one Pasal, and the Pasal of a BAB follow it.
    const seq = frame(doc).filter((b) => b.kind === 'bab' || b.kind === 'pasal').map((b) => b.kind);
    expect(seq.join(' ')).not.toMatch(/bab bab|bab$/);
  });

  it('ends with the transition (koordinator and subkoordinator roles end, marked for the drafter) and entry into force on promulgation', () => {
    const doc = buildPerbup(model, FULL);
    const babs = frame(doc);
    const last = (title: string) => pasals({ ...doc, blocks: babs.slice(babs.findIndex((b) => b.kind === 'bab' && b.title === title)) })[0]!;
    const peralihan = last('KETENTUAN PERALIHAN');
    expect(pasalText(peralihan)).toMatch(/penugasan sebagai koordinator dan subkoordinator dinyatakan berakhir/);
    expect(peralihan.ayat![0]!.text[0]).toMatchObject({ unconfirmed: expect.stringMatching(/\[S1\]/) });
    expect(pasalText(last('KETENTUAN PENUTUP'))).toBe('Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.');
  });

  it('defines terms in Pasal 1, numbered, each ending with a full stop; 7/2022 definitions are marked; every term is used again', () => {
    const doc = buildPerbup(model, FULL);
    const p1 = pasals(doc)[0]!;
    expect(text(p1.body![0]!.text)).toBe('Dalam Peraturan Bupati ini yang dimaksud dengan:');
    const defs = p1.body![0]!.list!;
    expect(defs.style).toBe('num');
    for (const d of defs.items) expect(text(d.text)).toMatch(/^[A-Z].* adalah .*\.$/);
    for (const term of ['Sistem Kerja', 'Penyesuaian Sistem Kerja', 'Mekanisme Kerja', 'Proses Bisnis', 'Sistem Pemerintahan Berbasis Elektronik']) {
      const d = defs.items.find((i) => text(i.text).startsWith(`${term} `))!;
      expect(d.text, term).toContainEqual({ text: expect.any(String), unconfirmed: expect.stringContaining('Pasal 1 PermenPANRB 7/2022') });
    }
    const rest = pasals(doc).slice(1).map(pasalText).join(' ');
    for (const d of defs.items) {
      const t = text(d.text);
      const term = t.match(/disingkat (\S+) adalah|disebut (.+?) adalah/)?.slice(1).find(Boolean) ?? t.slice(0, t.indexOf(' adalah'));
      expect(rest.split(term).length - 1, term).toBeGreaterThanOrEqual(1);
    }
  });

  it('keeps lists to 4 levels in the order a. → 1. → a) → 1), punctuated with ";" and "dan"/"atau" before the last item', () => {
    const doc = buildPerbup(model, FULL);
    const order = ['alpha', 'num', 'alpha-paren', 'num-paren'];
    const check = (l: List, level: number) => {
      expect(level).toBeLessThan(4);
      expect(l.style).toBe(order[level]);
      const t = l.items.map((i) => text(i.text));
      t.forEach((s, i) => {
        if (l.items[i]!.sub) expect(s).toMatch(/:$/);
        else if (i < t.length - 2) expect(s).toMatch(/;$/);
        else if (i === t.length - 2) expect(s).toMatch(/; (dan|atau|dan\/atau)$/);
        else expect(s).toMatch(/\.$/);
      });
      l.items.forEach((i) => i.sub && check(i.sub, level + 1));
    };
    let lists = 0;
    for (const p of pasals(doc).slice(1)) for (const a of [...(p.ayat ?? []), ...(p.body ?? [])]) if (a.list) (lists++, check(a.list, 0));
    expect(lists).toBeGreaterThan(3);
  });

  it('states the OPD and team counts of its lampiran, from the one function a checker uses', () => {
    const doc = buildPerbup(model, FULL);
    const counts = perbupCounts(model);
    expect(counts).toEqual({ opds: model.opds.length, teams: model.teams.length });
    const body = pasals(doc).map(pasalText).join(' ');
    expect(body).toContain(`pada ${counted(counts.opds)} Perangkat Daerah tercantum dalam Lampiran I`);
    expect(body).toContain(`sebanyak ${counted(counts.teams)} Tim Kerja`);
    const [l1, l2] = lampiranOf(doc);
    expect(tables(l1!)).toHaveLength(counts.opds);
    expect(tables(l2!).reduce((n, t) => n + t.rows.length, 0)).toBe(counts.teams);
  });

  it('says each lampiran is an inseparable part, and has LAMPIRAN I to IV with the head signing each', () => {
    const doc = buildPerbup(model, FULL);
    const body = pasals(doc).map(pasalText).join(' ');
    for (const n of ['I', 'II', 'III', 'IV']) expect(body).toContain(`Lampiran ${n} yang merupakan bagian tidak terpisahkan dari Peraturan Bupati ini`);
    expect(of(doc, 'lampiranHead').map((h) => h.lines.map(text).join(' / '))).toEqual(
      ['I', 'II', 'III', 'IV'].map((n) => `LAMPIRAN ${n} / PERATURAN BUPATI CONTOH / NOMOR 12 TAHUN 2026 / TENTANG / SISTEM KERJA DI LINGKUNGAN PEMERINTAH KABUPATEN CONTOH`),
    );
    for (const l of lampiranOf(doc)) {
      const s = l.at(-1) as Extract<Block, { kind: 'signature' }>;
      expect([s.kind, text(s.place), text(s.office), text(s.name)]).toEqual(['signature', '', 'BUPATI CONTOH', 'BUDI SANTOSO']);
    }
  });
});

describe('the lampiran', () => {
  it('I: per OPD, the head as Level 1, and every JF and pelaksana under the official it now reports to', () => {
    const doc = buildPerbup(model, FULL);
    const l1 = lampiranOf(doc)[0]!;
    expect(l1.some((b) => b.kind === 'para' && text(b.text).includes('setara report --format html'))).toBe(true);
    const byId = new Map(model.posts.map((p) => [p.id, p]));
    model.opds.forEach(({ opd }, k) => {
      const rows = tables(l1)[k]!.rows.map((r) => r.map(text));
      const posts = model.posts.filter((p) => p.opd === opd);
      const head = posts.find((p) => p.newParentId === null)!;
      expect(rows[0], opd).toEqual([head.newName, '', '', '']);
      const staff = (p: (typeof posts)[number]) => p.change === 'equalised' || p.kind === 'fungsional' || p.kind === 'pelaksana';
      for (const p of posts.filter(staff)) {
        const parent = byId.get(p.newParentId ?? '');
        if (!parent || staff(parent)) continue;
        // The block of rows after the superior's row, up to the next official: it holds the post in its column.
        const at = rows.findIndex((r) => r[0] === parent.newName || r[1]!.startsWith(parent.newName));
        const next = rows.findIndex((r, i) => i > at && (r[0] !== '' || r[1] !== ''));
        const block = rows.slice(at + 1, next === -1 ? undefined : next);
        const col = p.kind === 'pelaksana' && p.change !== 'equalised' ? 3 : 2;
        expect(block.some((r) => r[col]!.startsWith(p.newName)), `${opd}: ${p.newName} under ${parent.newName}`).toBe(true);
      }
    });
  });

  it('I: draws every post of each OPD once (repeated titles as one row with their number)', () => {
    const l1 = lampiranOf(buildPerbup(model, FULL))[0]!;
    model.opds.forEach(({ opd }, k) => {
      const drawn = tables(l1)[k]!.rows.map((r) => r.map(text).join('')).reduce((n, cell) => n + Number(cell.match(/\((\d+) jabatan\)$/)?.[1] ?? 1), 0);
      expect(drawn, opd).toBe(model.posts.filter((p) => p.opd === opd).length);
    });
  });

  it('II: every team of the model, with its owner, its ketua and its members by NIP', () => {
    const doc = buildPerbup(model, FULL);
    const rows = tables(lampiranOf(doc)[1]!).flatMap((t) => t.rows.map((r) => r.map(text)));
    expect(model.teams.length).toBeGreaterThan(3);
    for (const t of model.teams) {
      const row = rows.find((r) => r[1] === t.teamName && r[2] === (t.ownerName || t.ownerPostId));
      expect(row, t.teamId).toBeDefined();
      for (const m of t.members) expect(row![m.role === 'ketua' ? 3 : 4], `${t.teamId} ${m.nip}`).toContain(m.nip);
      if (!t.members.some((m) => m.role === 'ketua')) expect(row![3]).toBe('tanpa Ketua Tim');
    }
  });

  it('III and IV: the MPH form (one- and two-level alignment) and the team decree form citing the pasal that orders it', () => {
    const doc = buildPerbup(model, FULL);
    const [, , l3, l4] = lampiranOf(doc);
    expect(l3!.filter((b) => b.kind === 'para' && /^[AB]\. Penyelarasan (satu|dua) tingkat$/.test(text(b.text)))).toHaveLength(2);
    expect(tables(l3!).map((t) => t.columns.map((c) => c.head).join(' | '))).toEqual([
      expect.stringContaining('IKI 1 Pejabat Level 1'),
      expect.stringContaining('Peran-hasil Anggota Tim Kerja'),
    ]);
    const menimbang = l4!.find((b) => b.kind === 'considerans' && b.label === 'Menimbang') as Extract<Block, { kind: 'considerans' }>;
    const cited = text(menimbang.list.items[0]!.text).match(/Pasal (\d+) ayat \((\d+)\) Peraturan Bupati Contoh/)!;
    const pasal = pasals(doc).find((p) => p.number === Number(cited[1]))!;
    expect(text(pasal.ayat![Number(cited[2]) - 1]!.text)).toMatch(/^Tim Kerja dan Ketua Tim ditetapkan .*Lampiran IV/);
  });
});

describe('region values', () => {
  it('puts every value of a full region file in place: no region or perbup placeholder is left', () => {
    const keys = placeholders(buildPerbup(model, FULL));
    expect(keys.filter((k) => !k.startsWith('citation.'))).toEqual([]);
  });

  it('leaves a placeholder with a stable key for each value a region of only type and name leaves out', () => {
    const doc = buildPerbup(model, BARE);
    expect(new Set(placeholders(doc))).toEqual(new Set([
      ...placeholders(buildPerbup(model, FULL)),
      'province', 'head.name', 'place', 'sekda.name', 'region.formingLaw', 'region.perdaPerangkatDaerah',
      'perbup.number', 'perbup.year', 'perbup.enacted', 'perbup.promulgated', 'perbup.berita_daerah_number',
    ]));
    expect(frame(doc).at(-3)).toMatchObject({ kind: 'signature', name: [{ placeholder: 'head.name', hint: expect.stringContaining('tanpa gelar') }] });
  });

  it('writes WALI KOTA and Peraturan Wali Kota for a kota, GUBERNUR without a province line for a provinsi', () => {
    const kota = buildPerbup(model, { type: 'kota', name: 'Kota Contoh', province: 'Provinsi Jawa Contoh' });
    expect(of(kota, 'heading').slice(0, 4).map((h) => h.lines.map(text)[0])).toEqual(['WALI KOTA CONTOH', 'PERATURAN WALI KOTA CONTOH', 'DENGAN RAHMAT TUHAN YANG MAHA ESA', 'WALI KOTA CONTOH,']);
    expect(text(of(kota, 'heading')[0]!.lines[1]!)).toBe('PROVINSI JAWA CONTOH');
    const all = kota.blocks.flatMap(blockLines).map(text).join('\n');
    expect(text(of(kota, 'diktum')[0]!.text)).toBe('PERATURAN WALI KOTA TENTANG SISTEM KERJA DI LINGKUNGAN PEMERINTAH KOTA CONTOH.');
    expect(all).toContain('memerintahkan pengundangan Peraturan Wali Kota ini dengan penempatannya dalam Berita Daerah Kota Contoh.');
    expect(all).toContain('\nWali Kota adalah Wali Kota Contoh.');
    expect(all).not.toMatch(/Bupati|BUPATI/);
    const prov = buildPerbup(model, { type: 'provinsi', name: 'Provinsi Contoh' });
    expect(of(prov, 'heading')[0]!.lines.map(text)).toEqual(['GUBERNUR CONTOH']);
    expect(of(prov, 'signature').filter((b) => b.promulgation).map((b) => text(b.office))).toEqual(['SEKRETARIS DAERAH PROVINSI CONTOH']);
  });

  it('without a region file (no name) marks the name everywhere it is printed, and prints nothing undefined', () => {
    const doc = buildPerbup(model, defaultRegion());
    const all = doc.blocks.flatMap(blockLines).map(text).join('\n');
    expect(all).not.toMatch(/undefined|\[object Object\]|NaN/);
    expect(text(of(doc, 'heading')[1]!.lines[3]!)).toBe('SISTEM KERJA DI LINGKUNGAN PEMERINTAH [[name]]');
    expect(placeholders(doc).filter((k) => k === 'name').length).toBeGreaterThan(5);
  });

  it("takes the sample's region.yaml: its values in place, only the draft's own number and dates left to fill", () => {
    const region = loadRegion('region.yaml', SAMPLE);
    const doc = buildPerbup(model, region);
    const left = new Map<string, number>();
    for (const k of placeholders(doc)) if (!k.startsWith('citation.')) left.set(k, (left.get(k) ?? 0) + 1);
    // NOMOR … TAHUN … in the judul and the four lampiran heads; the Berita Daerah line's year; the two dates.
    expect(Object.fromEntries(left)).toEqual({ 'perbup.number': 5, 'perbup.year': 6, 'perbup.enacted': 1, 'perbup.promulgated': 1, 'perbup.berita_daerah_number': 1 });
    const signature = frame(doc).at(-3) as Extract<Block, { kind: 'signature' }>;
    expect([text(signature.place), text(signature.name)]).toEqual([region.place, region.head!.name!.toUpperCase()]);
    expect(considerans(doc, 'Mengingat').some((i) => i.startsWith(`Undang-Undang Nomor ${region.formingLaw![0]!.number} Tahun ${region.formingLaw![0]!.year} tentang`))).toBe(true);
  });

  it('is the same document for the same input', () => {
    expect(JSON.stringify(buildPerbup(model, FULL))).toBe(JSON.stringify(buildPerbup(model, FULL)));
  });
});

describe('rules/data/perbup-citations.yaml', () => {
  let tmp: string | undefined;
  afterEach(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    tmp = undefined;
  });
  const FILE = 'perbup-citations.yaml';

  /** A copy of rules/data with the citations file edited; the error the loader gives for it. */
  function loadEdited(edit: (text: string) => string): ConfigError {
    tmp = mkdtempSync(join(tmpdir(), 'setara-perbup-'));
    for (const n of readdirSync(DEFAULT_REFERENCE_DIR)) copyFileSync(join(DEFAULT_REFERENCE_DIR, n), join(tmp, n));
    const before = readFileSync(join(tmp, FILE), 'utf8');
    const after = edit(before);
    expect(after).not.toBe(before);
    writeFileSync(join(tmp, FILE), after);
    try {
      loadPerbupCitations(tmp);
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      return e as ConfigError;
    }
    throw new Error('expected a ConfigError');
  }
  const lineOf = (needle: string) => readFileSync(join(tmp!, FILE), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('loads the shipped file with every regulation the draft names', () => {
    const c = loadPerbupCitations();
    expect([...c.keys()]).toEqual(expect.arrayContaining(['uud-1945', 'uu-12-2011', 'uu-23-2014', 'uu-20-2023', 'pp-18-2016', 'permenpanrb-17-2021', 'permenpanrb-25-2021', 'permenpanrb-6-2022', 'permenpanrb-7-2022']));
  });

  it('refuses Pasal 17 ayat (3) UUD 1945, the basis of a ministerial regulation, at its line', () => {
    const e = loadEdited((t) => t.replace('article: Pasal 18 ayat (6)', 'article: Pasal 17 ayat (3)'));
    expect(e.file).toMatch(/perbup-citations\.yaml$/);
    expect(e.line).toBe(lineOf('article: Pasal 17 ayat (3)'));
    expect(e.text.en).toMatch(/ministerial regulation/);
  });

  it('refuses a Lembaran Negara number on a ministerial regulation (its register is the Berita Negara)', () => {
    const e = loadEdited((t) => t.replace('    bn: { year: 2021, number: "525" }', '    ln: { year: 2021, number: "525" }'));
    // The schema's if/then names the entry: the error points at its first line.
    expect(e.line).toBe(lineOf('id: permenpanrb-17-2021'));
    expect(e.file).toMatch(/perbup-citations\.yaml$/);
  });

  it('refuses a file without PermenPANRB 7/2022, which the Menimbang cites', () => {
    const e = loadEdited((t) => t.replace('id: permenpanrb-7-2022', 'id: permenpanrb-7-2022-x'));
    expect(e.text.en).toBe("citation 'permenpanrb-7-2022' is missing");
  });
});

describe('numbers in words', () => {
  it.each([[0, 'nol'], [1, 'satu'], [11, 'sebelas'], [16, 'enam belas'], [21, 'dua puluh satu'], [100, 'seratus'], [115, 'seratus lima belas'], [1000, 'seribu'], [2345, 'dua ribu tiga ratus empat puluh lima'], [1_000_000, 'satu juta']])('%i is %s', (n, w) => {
    expect(numberWords(n)).toBe(w);
  });
});
