import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { EDUCATIONS, ESELONS, GOLONGANS, JENJANGS, KINDS, type Jenjang } from '../../src/model/types.js';
import {
  DEFAULT_REFERENCE_DIR,
  bupClassOf,
  findJf,
  golonganInJenjangRange,
  loadReferenceData,
  meetsKeahlianMinimum,
  normaliseJfName,
} from '../../src/rules/reference.js';
import { locate, parsePointer } from '../../src/io/yaml-locate.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
/** The 312 bkn_ids of the BKN CSV, extracted once by `node scripts/curate-jf.mjs --ids <csv>`. */
const FIXTURE = JSON.parse(readFileSync(join(HERE, 'bkn-jf-ids.json'), 'utf8')) as { count: number; bkn_ids: string[] };

const data = loadReferenceData();
const KEAHLIAN_TARGETS: Jenjang[] = ['ahli_pertama', 'ahli_muda', 'ahli_madya'];

describe('loading', () => {
  it('loads the shipped data from the package and memoises it', () => {
    expect(data.dir).toBe(DEFAULT_REFERENCE_DIR);
    expect(loadReferenceData()).toBe(data);
    expect(data.jf.size).toBeGreaterThan(250);
    expect(data.keywords.length).toBeGreaterThan(100);
    expect(data.golongan.size).toBe(17);
    expect(data.jenjang.size).toBe(8);
    expect(data.eselon.size).toBe(10);
    expect(data.education.levels.size).toBe(10);
  });

  it('loads from an explicit directory without the cache', () => {
    const again = loadReferenceData(DEFAULT_REFERENCE_DIR);
    expect(again).not.toBe(data);
    expect(again.jf.size).toBe(data.jf.size);
  });
});

describe('JF catalog', () => {
  it('accounts for every one of the 312 BKN rows exactly once (an entry or excluded)', () => {
    expect(FIXTURE.count).toBe(312);
    expect(new Set(FIXTURE.bkn_ids).size).toBe(312);
    const where = new Map<string, string[]>();
    const add = (id: string, owner: string): void => void where.set(id, [...(where.get(id) ?? []), owner]);
    for (const e of data.jf.values()) e.bknIds.forEach((id) => add(id, e.id));
    for (const x of data.excluded) add(x.bknId, `excluded:${x.name}`);
    for (const id of FIXTURE.bkn_ids) expect(where.get(id), id).toHaveLength(1);
    expect([...where.keys()].sort()).toEqual([...FIXTURE.bkn_ids].sort());
    expect(data.jfByBknId.size + data.excluded.length).toBe(312);
  });

  it('has unique ids, and names and aliases that are unique once normalised', () => {
    const ids = [...data.jf.values()].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = [...data.jf.values()].flatMap((e) => [e.name, ...e.aliases].map(normaliseJfName));
    expect(new Set(keys).size).toBe(keys.length);
    expect(data.jfByName.size).toBe(keys.length);
    for (const e of data.jf.values()) {
      expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(e.name, e.id).toBe(e.name.trim());
      expect(e.name, `${e.id} is mixed or upper case`).not.toMatch(/^[A-Z\s]+$/);
    }
  });

  it('merges duplicates and names with a jenjang baked in, and keeps old names as aliases', () => {
    expect(data.jf.get('pamong-belajar')?.bknIds).toHaveLength(2);
    expect(data.jf.get('penyuluh-agama')?.bknIds).toHaveLength(3);
    expect(data.jf.get('penyuluh-agama')?.jenjang).toEqual(expect.arrayContaining(['ahli_muda', 'ahli_madya']));
    const asn = data.jf.get('analis-sdm-aparatur');
    expect(asn?.name).toBe('Analis Sumber Daya Manusia Aparatur');
    expect(asn?.aliases).toEqual(expect.arrayContaining(['Analis Kepegawaian', 'Analis SDM Aparatur']));
    expect(data.jf.get('pranata-humas')?.aliases).toContain('Pranata Humas');
    expect(findJf(data, 'Analis Kepegawaian Ahli Muda')?.id).toBe('analis-sdm-aparatur');
    expect(findJf(data, 'PRANATA KOMPUTER TERAMPIL')?.id).toBe('pranata-komputer');
    expect(findJf(data, 'pengelola pengadaan barang/jasa ahli pertama')?.id).toBe('pengelola-pengadaan-barang-jasa');
    expect(findJf(data, 'Pentashih Mushaf Al-Qur`an')?.id).toBe('pentashih-mushaf-al-quran');
    expect(findJf(data, 'Kepala Seksi Rencana dan Program')).toBeUndefined();
  });

  it('lists rows that are not JF with a reason', () => {
    const names = data.excluded.map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(['KASUBBAG PEG', 'KEPALA SEKSI RENCANA DAN PROGRAM', 'PENGOLAH BAHAN PROGJA']));
    for (const x of data.excluded) {
      expect(x.note.length).toBeGreaterThan(10);
      if (x.candidate) expect(data.jf.has(x.candidate)).toBe(true);
    }
  });

  it('keeps jenjang consistent with kategori', () => {
    for (const e of data.jf.values()) {
      if (!e.jenjang) continue;
      const ahli = e.jenjang.some((j) => j.startsWith('ahli_'));
      const trampil = e.jenjang.some((j) => !j.startsWith('ahli_'));
      const expected = ahli && trampil ? 'keahlian-keterampilan' : ahli ? 'keahlian' : 'keterampilan';
      expect(e.kategori, e.id).toBe(expected);
      expect(e.jenjang, e.id).toEqual(JENJANGS.filter((j) => e.jenjang!.includes(j)));
    }
  });

  // The JF commonly used in regional penyetaraan and those analysts match unit affairs to. Each group needs one JF
  // with the keahlian jenjang penyetaraan targets (Ahli Pertama, Muda, Madya).
  const MUST_HAVE: string[][] = [
    ['analis-kebijakan'], ['perencana'], ['analis-sdm-aparatur'], ['pranata-komputer'],
    ['analis-keuangan-pusat-dan-daerah'], ['arsiparis'], ['pranata-humas'], ['ppupd'], ['auditor'],
    ['analis-anggaran'], ['pengelola-pengadaan-barang-jasa'], ['perancang-puu'], ['analis-hukum'],
    ['administrator-database-kependudukan'], ['penyuluh-pertanian'], ['pengawas-lingkungan-hidup'],
    ['penata-ruang'], ['pekerja-sosial'], ['penata-penanggulangan-bencana', 'analis-kebencanaan'],
    ['pengawas-koperasi'], ['pengawas-perdagangan'],
    ['pembina-jasa-konstruksi'], ['teknik-jalan-dan-jembatan', 'penata-kelola-jalan-dan-jembatan'],
    ['penyuluh-keluarga-berencana', 'penata-kkb'], ['epidemiolog-kesehatan'], ['administrator-kesehatan'],
    ['pustakawan'], ['pamong-budaya'], ['penguji-kendaraan-bermotor'], ['analis-pasar-hasil-pertanian'],
  ];
  it.each(MUST_HAVE.map((g) => [g.join(' / '), g] as const))('has %s with keahlian jenjang', (_, group) => {
    const found = group.map((id) => data.jf.get(id));
    expect(found.every((e) => e !== undefined), `missing: ${group.join(', ')}`).toBe(true);
    const ok = found.some((e) => e && e.kategori.startsWith('keahlian') && KEAHLIAN_TARGETS.every((j) => e.jenjang?.includes(j)));
    expect(ok).toBe(true);
  });

  it('has Pranata SDM Aparatur (not in the BKN CSV) as a keterampilan JF from the domain documents', () => {
    const e = data.jf.get('pranata-sdm-aparatur');
    expect(e).toMatchObject({ kategori: 'keterampilan', source: 'domain', bknIds: [], pembinaConfidence: 'unconfirmed' });
    expect(e?.jenjang?.some((j) => j.startsWith('ahli_'))).toBe(false);
  });

  it('marks as unconfirmed what no source confirms, and confirms only what a source states', () => {
    for (const id of ['auditor', 'perancang-puu', 'analis-anggaran', 'ppupd', 'pranata-sdm-aparatur', 'penyuluh-pertanian', 'pengawas-lingkungan-hidup'])
      expect(data.jf.get(id)?.pembinaConfidence, id).toBe('unconfirmed');
    for (const id of ['analis-kebijakan', 'perencana', 'analis-sdm-aparatur', 'pranata-komputer', 'arsiparis', 'pranata-humas', 'pengelola-pengadaan-barang-jasa'])
      expect(data.jf.get(id)?.pembinaConfidence, id).toBe('confirmed');
    expect(data.jf.get('pranata-humas')?.pembina).toBe('Kementerian Komunikasi dan Digital');
    const confirmed = [...data.jf.values()].filter((e) => e.confidence === 'confirmed').map((e) => e.id).sort();
    expect(confirmed).toEqual(['analis-sdm-aparatur', 'perencana']);
    for (const e of data.jf.values()) if (e.source === 'domain') expect(e.pembinaConfidence).toBe('unconfirmed');
  });
});

describe('keywords', () => {
  it('points every entry at a JF of the catalog, in lower case, with weights 1..3', () => {
    for (const k of data.keywords) {
      expect(data.jf.has(k.jf), k.jf).toBe(true);
      expect(k.weight).toBeGreaterThanOrEqual(1);
      expect(k.weight).toBeLessThanOrEqual(3);
      for (const w of k.words) expect(w, k.jf).toBe(w.toLowerCase().trim().replace(/\s+/g, ' '));
    }
  });

  it('covers the affairs of a typical regency', () => {
    const best = (word: string): string[] => {
      const hits = data.keywordIndex.get(word) ?? [];
      const top = Math.max(...hits.map((h) => h.weight));
      return hits.filter((h) => h.weight === top).map((h) => h.jf);
    };
    expect(best('perencanaan')).toContain('perencana');
    expect(best('keuangan')).toContain('analis-keuangan-pusat-dan-daerah');
    expect(best('kepegawaian')).toContain('analis-sdm-aparatur');
    expect(best('produk hukum')).toContain('perancang-puu');
    expect(best('hubungan masyarakat')).toContain('pranata-humas');
    expect(best('aplikasi informatika')).toContain('pranata-komputer');
    expect(best('persandian')).toContain('sandiman');
    expect(best('statistik')).toContain('statistisi');
    expect(best('kearsipan')).toContain('arsiparis');
    expect(best('perpustakaan')).toContain('pustakawan');
    expect(best('pengadaan barang dan jasa')).toContain('pengelola-pengadaan-barang-jasa');
    expect(best('pencatatan sipil')).toContain('administrator-database-kependudukan');
    expect(best('reformasi birokrasi')).toContain('analis-kebijakan');
    expect(best('tanaman pangan')).toContain('penyuluh-pertanian');
    expect(best('tata ruang')).toContain('penata-ruang');
    expect(best('bina marga')).toContain('penata-kelola-jalan-dan-jembatan');
    expect(best('rehabilitasi sosial')).toContain('pekerja-sosial');
    expect(best('pengendalian penyakit')).toContain('epidemiolog-kesehatan');
    expect(best('cagar budaya')).toContain('pamong-budaya');
    expect(best('pariwisata')).toContain('adyatama-kepariwisataan-dan-ekonomi-kreatif');
    expect(best('koperasi')).toContain('pengawas-koperasi');
    expect(best('metrologi')).toEqual(expect.arrayContaining(['pengawas-kemetrologian', 'penera']));
    expect(best('hubungan industrial')).toContain('mediator-hubungan-industrial');
    expect(best('pengujian kendaraan bermotor')).toContain('penguji-kendaraan-bermotor');
    expect(best('kedaruratan dan logistik')).toContain('penata-penanggulangan-bencana');
    expect(best('ketertiban umum')).toContain('polisi-pamong-praja');
    expect(best('pemberdayaan masyarakat desa')).toContain('penggerak-swadaya-masyarakat');
    expect(best('keluarga berencana')).toContain('penyuluh-keluarga-berencana');
    expect(best('ketahanan pangan')).toContain('analis-ketahanan-pangan');
    expect(best('perikanan tangkap')).toContain('pengelola-produksi-perikanan-tangkap');
    expect(data.keywordIndex.get('umum')?.every((h) => h.weight === 1)).toBe(true);
  });
});

describe('reference tables', () => {
  it('has the 17 golongan with pangkat and BKN ids [S39]', () => {
    expect([...data.golongan.keys()]).toEqual([...GOLONGANS]);
    expect(data.golongan.get('III/b')).toMatchObject({ pangkat: 'Penata Muda Tingkat I', bknId: 32, order: 10 });
    expect(data.golongan.get('IV/e')).toMatchObject({ pangkat: 'Pembina Utama', bknId: 45, order: 17 });
    expect(data.golonganByBknId.get(21)).toBe('II/a');
    expect(data.golongan.get('I/a')?.citation).toMatchObject({ confidence: 'confirmed', source: '[S39]' });
  });

  it('has the jenjang golongan ranges of its sources', () => {
    const expected: Record<Jenjang, [string, string, string, string]> = {
      ahli_pertama: ['III/a', 'III/b', 'keahlian', 'Ahli Pertama'],
      ahli_muda: ['III/c', 'III/d', 'keahlian', 'Ahli Muda'],
      ahli_madya: ['IV/a', 'IV/c', 'keahlian', 'Ahli Madya'],
      ahli_utama: ['IV/d', 'IV/e', 'keahlian', 'Ahli Utama'],
      pemula: ['II/a', 'II/a', 'keterampilan', 'Pemula'],
      terampil: ['II/b', 'II/d', 'keterampilan', 'Terampil'],
      mahir: ['III/a', 'III/b', 'keterampilan', 'Mahir'],
      penyelia: ['III/c', 'III/d', 'keterampilan', 'Penyelia'],
    };
    expect([...data.jenjang.keys()]).toEqual([...JENJANGS]);
    for (const [j, [min, max, kategori, label]] of Object.entries(expected)) {
      const info = data.jenjang.get(j as Jenjang);
      expect(info, j).toMatchObject({ golongan: { min, max }, kategori, label });
      expect(info?.citation.confidence).toBe('confirmed');
    }
    expect(golonganInJenjangRange(data, 'III/d', 'ahli_muda')).toBe(true);
    expect(golonganInJenjangRange(data, 'IV/a', 'ahli_muda')).toBe(false);
    expect(golonganInJenjangRange(data, 'II/c', 'terampil')).toBe(true);
  });

  it('has the BUP of PP 11/2017 Pasal 239 ayat (2) [S37]', () => {
    const bup = Object.fromEntries([...data.bup.byClass].map(([k, v]) => [k, v.bup]));
    expect(bup).toEqual({ administrasi: 58, ahli_pertama: 58, ahli_muda: 58, keterampilan: 58, ahli_madya: 60, jpt: 60, ahli_utama: 65 });
    expect(data.bup.citation).toEqual({ regulation: 'PP 11/2017', article: 'Pasal 239 ayat (2)', confidence: 'confirmed', source: '[S37]' });
    expect(data.bup.exceptions[0]?.citation.article).toBe('Pasal 240');
    expect(data.jenjang.get('ahli_madya')?.bup).toBe(60);
    expect(data.jenjang.get('ahli_utama')?.bup).toBe(65);
    expect(data.jenjang.get('penyelia')?.bup).toBe(58);
    expect(bupClassOf('pengawas', null)).toBe('administrasi');
    expect(bupClassOf('jpt_pratama', null)).toBe('jpt');
    expect(bupClassOf('fungsional', 'ahli_madya')).toBe('ahli_madya');
    expect(bupClassOf('fungsional', 'mahir')).toBe('keterampilan');
    expect(bupClassOf('fungsional', null)).toBeNull();
  });

  it('has the eselon kinds (UU 5/2014 Pasal 131) and rank ranges ([S40])', () => {
    expect([...data.eselon.keys()]).toEqual([...ESELONS]);
    expect(data.eselon.get('I.a')?.kinds).toEqual(['jpt_madya', 'jpt_utama']);
    expect(data.eselon.get('III.b')).toMatchObject({ defaultKind: 'administrator', golongan: { lowest: 'III/d', highest: 'IV/a' } });
    expect(data.eselon.get('IV.a')).toMatchObject({ defaultKind: 'pengawas', golongan: { lowest: 'III/c', highest: 'III/d' } });
    expect(data.eselon.get('V.b')).toMatchObject({ defaultKind: 'pelaksana', golongan: { lowest: 'II/d', highest: 'III/a' } });
    expect(data.eselonByBknId.get(10)).toEqual({ eselon: 'I.a', kind: 'jpt_utama' });
    expect(data.eselonByBknId.get(42)).toEqual({ eselon: 'IV.b', kind: 'pengawas' });
    expect(data.eselon.get('II.a')?.kindCitation).toMatchObject({ regulation: 'UU 5/2014', article: 'Pasal 131', source: '[S48]' });
    expect(data.eselon.get('II.a')?.golonganCitation.source).toBe('[S40]');
  });

  it('has education levels with the keahlian minimum S1/D4 and the 4-year catch-up', () => {
    expect([...data.education.levels.keys()]).toEqual([...EDUCATIONS]);
    expect(data.education.byBknId.get(40)).toBe('S1');
    expect(data.education.byBknId.get(17)).toBe('SMA');
    expect(meetsKeahlianMinimum(data, 'D4')).toBe(true);
    expect(meetsKeahlianMinimum(data, 'S1')).toBe(true);
    expect(meetsKeahlianMinimum(data, 'S3')).toBe(true);
    expect(meetsKeahlianMinimum(data, 'D3')).toBe(false);
    expect(meetsKeahlianMinimum(data, 'SMA')).toBe(false);
    expect(data.education.keahlianMinimum.citation).toMatchObject({ confidence: 'confirmed', source: '[S22][S1]' });
    expect(data.education.catchUp).toMatchObject({ years: 4, consequence: 'jabatan_pelaksana' });
    expect(data.education.d3.citation.confidence).toBe('unconfirmed');
  });

  it('maps administrator → Ahli Madya, pengawas → Ahli Muda, eselon V → Ahli Pertama, without an article', () => {
    const m = data.mapping;
    expect(m.byFrom.get('administrator')?.to).toBe('ahli_madya');
    expect(m.byFrom.get('pengawas')?.to).toBe('ahli_muda');
    expect(m.byFrom.get('pelaksana_eselon_v')?.to).toBe('ahli_pertama');
    expect(m.byEselon.get('IV.b')?.to).toBe('ahli_muda');
    for (const r of m.rules) expect(r.citation).toMatchObject({ regulation: 'PermenPANRB 17/2021', confidence: 'confirmed' });
    for (const r of m.rules) expect(r.citation.article).toBeUndefined();
    expect(m.ignoreGolongan.value).toBe(true);
  });

  it('gives an article only where a source in docs/sources.md states one', () => {
    // Pasal 18 ayat (6) UUD 1945 (perbup-citations.yaml): Pergub Riau 54/2023 and Kaltim 50/2023 cite it [P2][P3].
    const ALLOWED = new Set(['Pasal 239 ayat (2)', 'Pasal 240', 'Pasal 18', 'Pasal 131', 'Pasal 6', 'Pasal 18 ayat (6)']);
    for (const name of readdirSync(DEFAULT_REFERENCE_DIR)) {
      const text = readFileSync(join(DEFAULT_REFERENCE_DIR, name), 'utf8');
      for (const m of text.matchAll(/\barticle:\s*(.+?)\s*$/gm)) expect(ALLOWED.has(m[1]!), `${name}: ${m[1]}`).toBe(true);
    }
  });

  it('uses the canonical enums of src/model/types.ts in the schemas', () => {
    const schema = (n: string): { definitions: Record<string, { enum?: string[] }> } =>
      JSON.parse(readFileSync(join(ROOT, 'rules', 'schemas', n), 'utf8'));
    expect(schema('golongan.schema.json').definitions.golongan?.enum).toEqual([...GOLONGANS]);
    expect(schema('jenjang.schema.json').definitions.jenjang?.enum).toEqual([...JENJANGS]);
    expect(schema('eselon.schema.json').definitions.eselon?.enum).toEqual([...ESELONS]);
    expect(schema('eselon.schema.json').definitions.kind?.enum).toEqual([...KINDS]);
    expect(schema('education.schema.json').definitions.education?.enum).toEqual([...EDUCATIONS]);
    expect(schema('jf-catalog.schema.json').definitions.jenjang?.enum).toEqual([...JENJANGS]);
  });
});

describe('broken files', () => {
  let tmp: string | undefined;
  afterEach(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    tmp = undefined;
  });

  /** A copy of rules/data with one file changed; returns the directory. */
  function brokenCopy(file: string, edit: (text: string) => string): string {
    tmp = mkdtempSync(join(tmpdir(), 'setara-ref-'));
    for (const n of readdirSync(DEFAULT_REFERENCE_DIR)) copyFileSync(join(DEFAULT_REFERENCE_DIR, n), join(tmp, n));
    const path = join(tmp, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    expect(after).not.toBe(before);
    writeFileSync(path, after);
    return tmp;
  }

  function lineOf(file: string, needle: string): number {
    const lines = readFileSync(join(tmp!, file), 'utf8').split('\n');
    const i = lines.findIndex((l) => l.includes(needle));
    expect(i, needle).toBeGreaterThanOrEqual(0);
    return i + 1;
  }

  function loadError(dir: string): ConfigError {
    try {
      loadReferenceData(dir);
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      return e as ConfigError;
    }
    throw new Error('expected a ConfigError');
  }

  it('reports an unknown key with the file and the line of that key', () => {
    const dir = brokenCopy('jf-catalog.yaml', (t) => t.replace('    name: Perencana\n', '    name: Perencana\n    colour: red\n'));
    const err = loadError(dir);
    expect(err.file).toBe(join(dir, 'jf-catalog.yaml'));
    expect(err.line).toBe(lineOf('jf-catalog.yaml', 'colour: red'));
    expect(err.text.en).toContain('colour');
    expect(err.text.en).toContain('unknown key');
  });

  it('reports a bad enum value at its key', () => {
    const dir = brokenCopy('jf-catalog.yaml', (t) => t.replace(/(id: perencana\n(?:.*\n)*?\s+kategori: )keahlian/, '$1expert'));
    const err = loadError(dir);
    expect(err.line).toBe(lineOf('jf-catalog.yaml', 'kategori: expert'));
    expect(err.text.id).toContain('nilai harus salah satu dari');
  });

  it('reports a missing required key at the entry', () => {
    const dir = brokenCopy('golongan.yaml', (t) => t.replace('{ golongan: III/c, pangkat: Penata, bkn_id: 33, order: 11 }', '{ golongan: III/c, bkn_id: 33, order: 11 }'));
    const err = loadError(dir);
    expect(err.file).toBe(join(dir, 'golongan.yaml'));
    expect(err.line).toBe(lineOf('golongan.yaml', 'golongan: III/c'));
    expect(err.text.en).toContain("missing required key 'pangkat'");
  });

  it('reports a keyword pointing at an unknown JF at its line', () => {
    const dir = brokenCopy('jf-keywords.yaml', (t) => t.replace('  - jf: sandiman\n    weight: 3', '  - jf: sandiwara\n    weight: 3'));
    const err = loadError(dir);
    expect(err.file).toBe(join(dir, 'jf-keywords.yaml'));
    expect(err.line).toBe(lineOf('jf-keywords.yaml', 'jf: sandiwara'));
    expect(err.text.en).toContain("'sandiwara' is not in the catalog");
  });

  it('reports an alias already used by another JF', () => {
    const dir = brokenCopy('jf-catalog.yaml', (t) => t.replace('aliases: [Analis SDM Aparatur, Analis Kepegawaian]', 'aliases: [Analis SDM Aparatur, Analis Kepegawaian, Perencana]'));
    const err = loadError(dir);
    // analis-sdm-aparatur comes first in the file, so the clash is reported at perencana's name.
    expect(err.text.en).toContain("'Perencana' is already used by 'analis-sdm-aparatur'");
    expect(err.line).toBe(lineOf('jf-catalog.yaml', 'name: Perencana'));
  });

  it('reports a BUP that differs from bup.yaml', () => {
    const dir = brokenCopy('jenjang.yaml', (t) => t.replace(/(jenjang: ahli_madya\n(?:.*\n)*?\s+bup: )60/, '$162'));
    const err = loadError(dir);
    expect(err.file).toBe(join(dir, 'jenjang.yaml'));
    expect(err.line).toBe(lineOf('jenjang.yaml', 'bup: 62'));
  });

  it('reports invalid YAML with its line', () => {
    const dir = brokenCopy('eselon.yaml', (t) => t.replace('    order: 3\n', '    order: [3\n'));
    const err = loadError(dir);
    expect(err.file).toBe(join(dir, 'eselon.yaml'));
    expect(err.line).toBeGreaterThanOrEqual(lineOf('eselon.yaml', 'order: [3'));
    expect(err.text.en).toMatch(/^invalid YAML/);
  });

  it('reports a missing file', () => {
    tmp = mkdtempSync(join(tmpdir(), 'setara-ref-'));
    const err = loadError(tmp);
    expect(err.file).toBe(join(tmp, 'jf-catalog.yaml'));
    expect(err.text.en).toContain('ENOENT');
  });
});

describe('locate', () => {
  const text = ['a:', '  b:', '    - x: 1', '      "c/d": 2', '    - y: 3', 'e: [1, 2]', ''].join('\n');
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });

  it('finds keys, sequence items and escaped keys', () => {
    expect(parsePointer('/a/b/0/c~1d')).toEqual(['a', 'b', '0', 'c/d']);
    expect(locate(doc, lc, '')).toBe(1);
    expect(locate(doc, lc, '/a/b')).toBe(2);
    expect(locate(doc, lc, '/a/b/0')).toBe(3);
    expect(locate(doc, lc, '/a/b/0/c~1d')).toBe(4);
    expect(locate(doc, lc, '/a/b/1/y')).toBe(5);
    expect(locate(doc, lc, '/e/1')).toBe(6);
  });

  it('falls back to the deepest part that exists', () => {
    expect(locate(doc, lc, '/a/b/1/missing')).toBe(5);
    expect(locate(doc, lc, '/a/b/7')).toBe(2);
  });
});
