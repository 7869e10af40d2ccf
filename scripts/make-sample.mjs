#!/usr/bin/env node
// Deterministic generator for the synthetic sample regency "Kabupaten Contoh".
//
//   node scripts/make-sample.mjs           generate fixtures/kabupaten-contoh/ and fixtures/ekspor-simpeg/, then check them
//   node scripts/make-sample.mjs --check   only check the files already on disk (exit 1 on any failure)
//
// Everything is driven by a seeded PRNG (mulberry32); no Math.random, no clock. Re-running produces
// byte-identical files (the .xlsx zip timestamps are pinned with pinZipTimes from the built package: run `npm run build` first).
// The Dinas, Badan, Setda and Setwan units come from the OPD templates `setara generate` uses too
// (src/generate/opd-templates.ts, their `sample` values), also from the built package; so do the pelaksana titles, name
// parts and degree titles (src/generate/catalog.ts).
// All people are synthetic: names are combined from common Indonesian name parts at random.

import {
  D3_TITLES, degreeTitles, FEMALE_FAMILY, FEMALE_GIVEN, MALE_FAMILY, MALE_GIVEN, PELAKSANA, S1_TITLES, S2_TITLES,
} from '../dist/generate/catalog.js';
import {
  INSPEKTORAT_SUBBAGIAN, KECAMATAN_SEKSI, KECAMATAN_SUBBAGIAN, KELURAHAN_SEKSI, SEKRETARIAT_SUBBAGIAN, SETDA_ASISTEN, SETWAN_BAGIAN,
  inSample, sampleOpd,
} from '../dist/generate/opd-templates.js';
import { pinZipTimes } from '../dist/report/zip-times.js';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'kabupaten-contoh');
const OUT_SIMPEG = join(ROOT, 'fixtures', 'ekspor-simpeg');

const SEED = 0x5e7a2a17;
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');
/** Reference date for ages (as of 2026-12-01). */
const REF = { y: 2026, m: 12, d: 1 };
/** Nobody reaches 58 before this date: everybody is born on or after 1969-07-01. */
const EARLIEST_BIRTH = '1969-07-01';
/** Ordinary people are at most 56 on REF: born on or after 1969-12-02. */
const EARLIEST_BIRTH_NOT57 = '1969-12-02';
const LATEST_BIRTH = '2001-12-01'; // 25 on REF
const MAX_TMT_CPNS = 202412;

const POST_COLUMNS = ['id', 'parent_id', 'name', 'kind', 'eselon', 'unit', 'opd', 'unit_type'];
const PEOPLE_COLUMNS = ['nip', 'name', 'post_id', 'golongan', 'education', 'birth_date', 'status'];
const SIMPEG_POST_COLUMNS = ['ID', 'DIATASAN_ID', 'NAMA_JABATAN', 'ESELON_ID', 'NAMA_UNOR', 'UNOR_INDUK'];
const SIMPEG_PEOPLE_COLUMNS = ['NIP_BARU', 'NAMA', 'JABATAN_ID', 'GOL_AKHIR_ID', 'TINGKAT_PENDIDIKAN_ID', 'TGL_LAHIR'];
/** OPD exported in the SIASN-style subset. */
const SIMPEG_OPDS = ['DUKCAPIL', 'INSP', 'KECSUKAMAJU'];

const KINDS = ['jpt_pratama', 'administrator', 'pengawas', 'pelaksana', 'fungsional'];
const STRUCTURAL = new Set(['jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator', 'pengawas']);
const ESELONS = ['I.a', 'I.b', 'II.a', 'II.b', 'III.a', 'III.b', 'IV.a', 'IV.b', 'V.a', 'V.b'];
const UNIT_TYPES = [
  'sekretariat_daerah', 'sekretariat_dprd', 'sekretariat', 'inspektorat', 'dinas', 'badan', 'kecamatan',
  'kelurahan', 'rsud', 'upt', 'bidang', 'bagian', 'seksi', 'subbagian', 'subbidang', 'pengadaan', 'lainnya',
];
const GOLONGANS = [
  'I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d',
  'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e',
];
const GOL = Object.fromEntries(GOLONGANS.map((g, i) => [g, i]));
/** Rank range per eselon: rules/data/eselon.yaml. */
const ESELON_GOL = {
  'II.a': ['IV/c', 'IV/d'], 'II.b': ['IV/b', 'IV/c'], 'III.a': ['IV/a', 'IV/b'], 'III.b': ['III/d', 'IV/a'],
  'IV.a': ['III/c', 'III/d'], 'IV.b': ['III/b', 'III/c'],
};
/** Golongan range per jenjang: rules/data/jenjang.yaml. */
const JENJANG_GOL = {
  'Ahli Pertama': ['III/a', 'III/b'], 'Ahli Muda': ['III/c', 'III/d'], 'Ahli Madya': ['IV/a', 'IV/c'],
  'Ahli Utama': ['IV/d', 'IV/e'], Pemula: ['II/a', 'II/a'], Terampil: ['II/b', 'II/d'], Mahir: ['III/a', 'III/b'],
  Penyelia: ['III/c', 'III/d'],
};
/** Transitional roles: subkoordinator came from pengawas (Ahli Muda), koordinator from administrator (Ahli Madya). */
const ROLE_GOL = { Subkoordinator: JENJANG_GOL['Ahli Muda'], Koordinator: JENJANG_GOL['Ahli Madya'] };
const PELAKSANA_GOL = ['II/a', 'III/d'];
const BKN_ESELON = { 'II.a': '21', 'II.b': '22', 'III.a': '31', 'III.b': '32', 'IV.a': '41', 'IV.b': '42' };
const BKN_GOL = Object.fromEntries(GOLONGANS.map((g) => {
  const [r, l] = g.split('/');
  return [g, String({ I: 1, II: 2, III: 3, IV: 4 }[r]) + String('abcde'.indexOf(l) + 1)];
}));
const BKN_EDU = { SMA: '15', D3: '30', D4: '35', S1: '40', S2: '45' };
const EDU_CANON = {
  S1: 'S1', 'S-1': 'S1', S2: 'S2', 'S-2': 'S2', 'D-IV': 'D4', D4: 'D4', D3: 'D3', 'D-III': 'D3', SMA: 'SMA',
};

// ---------------------------------------------------------------------------------------------
// PRNG

function mulberry32(a) {
  return function next() {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rng = mulberry32(SEED);
const rint = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = (arr) => arr[Math.floor(rng() * arr.length)];
const chance = (p) => rng() < p;
function weighted(pairs) {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [v, w] of pairs) {
    r -= w;
    if (r < 0) return v;
  }
  return pairs[pairs.length - 1][0];
}
function shuffled(arr) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
function sample(arr, n) {
  return shuffled(arr).slice(0, n);
}

// ---------------------------------------------------------------------------------------------
// Structure builder

const posts = [];
const byId = new Map();
const childCount = new Map();
const opdCodes = new Map(); // opd name -> code

function kindOfEselon(e) {
  if (e.startsWith('II.')) return 'jpt_pratama';
  if (e.startsWith('III.')) return 'administrator';
  if (e.startsWith('IV.')) return 'pengawas';
  throw new Error(`no kind for eselon ${e}`);
}

function addPost(parent, fields) {
  let id;
  if (parent) {
    const n = (childCount.get(parent.id) ?? 0) + 1;
    childCount.set(parent.id, n);
    id = `${parent.id}.${String(n).padStart(2, '0')}`;
  } else {
    id = fields.code;
  }
  const p = {
    id,
    parent_id: parent ? parent.id : '',
    name: fields.name,
    kind: fields.kind,
    eselon: fields.eselon ?? '',
    unit: fields.unit ?? parent.unit,
    opd: parent ? parent.opd : fields.opd,
    unitType: fields.unitType ?? parent.unitType,
    // internal attributes (not written)
    sector: fields.sector ?? parent?.sector ?? 'umum',
    opdCode: parent ? parent.opdCode : fields.code,
    isHead: STRUCTURAL.has(fields.kind),
    inDinasBidang: false,
  };
  posts.push(p);
  byId.set(id, p);
  return p;
}

function root(code, opd, name, eselon, unitType, sector) {
  opdCodes.set(opd, code);
  return addPost(null, { code, opd, name, kind: kindOfEselon(eselon), eselon, unit: opd, unitType, sector });
}

function head(parent, name, eselon, unit, unitType, sector) {
  return addPost(parent, { name, kind: kindOfEselon(eselon), eselon, unit, unitType, sector });
}

function jf(parent, titles) {
  for (const t of titles) addPost(parent, { name: t, kind: 'fungsional' });
}

function themeOf(unitName) {
  if (/Keuangan|Perbendaharaan|Kas Daerah/.test(unitName)) return 'keuangan';
  if (/Perencanaan dan (Evaluasi|Pelaporan)|Program|Evaluasi dan Pelaporan/.test(unitName) && !/Keuangan/.test(unitName)) return 'perencanaan';
  if (/Subbagian Umum|Kepegawaian|Tata Usaha|Rumah Tangga|Perlengkapan/.test(unitName)) return 'umum';
  return 'teknis';
}

/** Adds 1-3 pelaksana posts under `parent`, drawn from the unit's theme plus optional sector titles. */
function pel(parent, extra = [], counts = [[1, 78], [2, 19], [3, 3]]) {
  const n = weighted(counts);
  const pool = [...new Set([...extra, ...extra, ...PELAKSANA[themeOf(parent.unit)]])];
  const chosen = [];
  for (const t of shuffled(pool)) {
    if (chosen.length >= n) break;
    if (!chosen.includes(t)) chosen.push(t);
  }
  for (const t of chosen) addPost(parent, { name: t, kind: 'pelaksana' });
}

/** Sub-units (Subbagian / Seksi / Subbidang) with their pelaksana. */
function subunits(parent, type, names, eselon, extra = [], counts) {
  const word = { subbagian: 'Subbagian', seksi: 'Seksi', subbidang: 'Subbidang' }[type];
  const out = [];
  for (const n of names) {
    const unit = `${word} ${n}`;
    const h = head(parent, `Kepala ${unit}`, eselon, unit, type);
    pel(h, extra, counts);
    out.push(h);
  }
  return out;
}

/**
 * A Dinas or Badan of the sample regency (its template in src/generate/opd-templates.ts, by its code here): head II.b,
 * Sekretariat III.a with Subbagian IV.a, Bidang III.b with Seksi/Subbidang IV.a.
 */
function dinas(code) {
  const def = sampleOpd(code);
  const r = root(def.code, def.name, `Kepala ${def.name}`, 'II.b', def.type, def.sector);
  const sek = head(r, `Sekretaris ${def.name}`, 'III.a', 'Sekretariat', 'sekretariat');
  subunits(sek, 'subbagian', def.subbagian ?? SEKRETARIAT_SUBBAGIAN, 'IV.a');
  if (def.sekJf) jf(sek, def.sekJf);
  for (const b of def.bidang) {
    const unit = `Bidang ${b.name}`;
    const kb = head(r, `Kepala ${unit}`, 'III.b', unit, 'bidang');
    const subs = subunits(kb, def.type === 'dinas' ? 'seksi' : 'subbidang', b.subs, 'IV.a', b.pel ?? def.pel ?? []);
    for (const s of subs) s.inDinasBidang = true;
    if (b.jf) jf(kb, b.jf);
  }
  if (def.headJf) jf(r, def.headJf);
  return r;
}

/** A UPT under the head of a Dinas: Kepala UPT IV.a, optional Kasubbag TU IV.b. */
function upt(parent, name, { tu = true, jfs = [], pelTu = [], pelHead = [] } = {}) {
  const h = head(parent, `Kepala ${name}`, 'IV.a', name, 'upt');
  if (tu) {
    const unit = `Subbagian Tata Usaha ${name}`;
    const t = head(h, `Kepala ${unit}`, 'IV.b', unit, 'subbagian');
    if (pelTu.length) for (const x of pelTu) addPost(t, { name: x, kind: 'pelaksana' });
    else pel(t);
  }
  jf(h, jfs);
  for (const x of pelHead) addPost(h, { name: x, kind: 'pelaksana' });
  return h;
}

// ---------------------------------------------------------------------------------------------
// Kabupaten Contoh

function buildStructure() {
  // Sekretariat Daerah
  {
    const sekda = root('SETDA', 'Sekretariat Daerah', 'Sekretaris Daerah', 'II.a', 'sekretariat_daerah', 'pemerintahan');
    for (const asisten of SETDA_ASISTEN) {
      const a = head(sekda, asisten.name, 'II.b', asisten.name, 'lainnya');
      for (const { name, subs, sector, jf: jfs, pengadaan } of asisten.bagian.map(inSample)) {
        const unit = `Bagian ${name}`;
        const kb = head(a, `Kepala ${unit}`, 'III.a', unit, pengadaan ? 'pengadaan' : 'bagian', sector);
        kb.forceUnitType = pengadaan === true;
        subunits(kb, 'subbagian', subs, 'IV.a');
        if (jfs) jf(kb, jfs);
      }
    }
  }

  // Sekretariat DPRD
  {
    const r = root('SETWAN', 'Sekretariat DPRD', 'Sekretaris DPRD', 'II.b', 'sekretariat_dprd', 'pemerintahan');
    for (const { name, subs } of SETWAN_BAGIAN.map(inSample)) {
      const unit = `Bagian ${name}`;
      const kb = head(r, `Kepala ${unit}`, 'III.a', unit, 'bagian');
      subunits(kb, 'subbagian', subs, 'IV.a');
    }
    jf(byId.get('SETWAN.03'), ['Pranata Hubungan Masyarakat Ahli Pertama']);
  }

  // Inspektorat
  {
    const r = root('INSP', 'Inspektorat', 'Inspektur', 'II.b', 'inspektorat', 'pengawasan');
    const sek = head(r, 'Sekretaris Inspektorat', 'III.a', 'Sekretariat', 'sekretariat');
    subunits(sek, 'subbagian', INSPEKTORAT_SUBBAGIAN, 'IV.a');
    const irbanJf = [
      ['Auditor Ahli Muda', 'Auditor Ahli Pertama', 'Pengawas Penyelenggaraan Urusan Pemerintahan Daerah Ahli Pertama'],
      ['Auditor Ahli Muda', 'Auditor Ahli Pertama', 'Auditor Terampil', 'Pengawas Penyelenggaraan Urusan Pemerintahan Daerah Ahli Muda'],
      ['Auditor Ahli Pertama', 'Pengawas Penyelenggaraan Urusan Pemerintahan Daerah Ahli Pertama'],
      ['Auditor Ahli Muda', 'Auditor Ahli Pertama', 'Pengawas Penyelenggaraan Urusan Pemerintahan Daerah Ahli Pertama'],
    ];
    ['I', 'II', 'III', 'IV'].forEach((w, i) => {
      const unit = `Inspektur Pembantu Wilayah ${w}`;
      const ir = head(r, unit, 'III.a', unit, 'lainnya');
      jf(ir, irbanJf[i]);
    });
    jf(r, ['Auditor Ahli Madya']);
  }

  dinas('BAPPEDA');
  dinas('BKPSDMD');
  dinas('BPKAD');
  dinas('DUKCAPIL');

  // Dinas Kesehatan, with two UPT Puskesmas and the RSUD (Kelas C) as a unit of the Dinas.
  {
    const r = dinas('DINKES');
    upt(r, 'UPT Puskesmas Kota Contoh', {
      jfs: ['Dokter Ahli Pertama', 'Perawat Ahli Pertama', 'Perawat Terampil', 'Bidan Terampil', 'Pranata Laboratorium Kesehatan Mahir'],
      pelTu: ['Pengadministrasi Umum', 'Bendahara'],
    });
    upt(r, 'UPT Puskesmas Sukamaju', {
      jfs: ['Dokter Ahli Pertama', 'Perawat Terampil', 'Bidan Terampil', 'Nutrisionis Terampil'],
      pelTu: ['Pengadministrasi Umum'],
    });
    const rsudName = 'Rumah Sakit Umum Daerah Kabupaten Contoh';
    const rs = head(r, `Direktur ${rsudName}`, 'III.a', rsudName, 'rsud');
    const sbu = head(rs, 'Kepala Subbagian Umum dan Kepegawaian RSUD', 'IV.a', 'Subbagian Umum dan Kepegawaian RSUD', 'subbagian');
    for (const x of ['Pengadministrasi Umum', 'Pengelola Keuangan', 'Bendahara']) addPost(sbu, { name: x, kind: 'pelaksana' });
    const med = head(rs, 'Kepala Seksi Pelayanan Medik', 'IV.a', 'Seksi Pelayanan Medik', 'seksi');
    jf(med, ['Dokter Ahli Muda', 'Dokter Ahli Pertama']);
    const kep = head(rs, 'Kepala Seksi Keperawatan', 'IV.a', 'Seksi Keperawatan', 'seksi');
    jf(kep, ['Perawat Ahli Pertama', 'Perawat Terampil', 'Perawat Penyelia', 'Bidan Terampil']);
    const pen = head(rs, 'Kepala Seksi Penunjang Medik dan Non Medik', 'IV.a', 'Seksi Penunjang Medik dan Non Medik', 'seksi');
    jf(pen, ['Apoteker Ahli Pertama', 'Pranata Laboratorium Kesehatan Terampil', 'Radiografer Terampil']);
    addPost(pen, { name: 'Pengelola Sarana dan Prasarana Kantor', kind: 'pelaksana' });
  }

  {
    const r = dinas('DPUPR');
    upt(r, 'UPT Peralatan dan Perbekalan', { pelTu: ['Pengadministrasi Umum'], pelHead: ['Operator Alat Berat', 'Mekanik Alat Berat'] });
  }

  {
    const r = dinas('DISTAN');
    upt(r, 'UPT Balai Penyuluhan Pertanian Sukamaju', {
      tu: false, jfs: ['Penyuluh Pertanian Ahli Muda', 'Penyuluh Pertanian Ahli Pertama', 'Penyuluh Pertanian Terampil'], pelHead: ['Pengadministrasi Umum'],
    });
    upt(r, 'UPT Balai Penyuluhan Pertanian Tanjung Harapan', {
      tu: false, jfs: ['Penyuluh Pertanian Ahli Pertama', 'Penyuluh Pertanian Terampil', 'Penyuluh Pertanian Mahir'],
    });
  }

  dinas('DLH');
  dinas('DINSOS');
  dinas('DISKOMINFO');

  // Kecamatan
  const kecamatan = [
    ['KECKOTA', 'Kota Contoh', ['Pasar Baru', 'Kampung Baru', 'Sidomulyo']],
    ['KECSUKAMAJU', 'Sukamaju', ['Sukamaju', 'Sukaraja']],
    ['KECTANJUNG', 'Tanjung Harapan', ['Tanjung Harapan', 'Air Mancur', 'Bukit Indah']],
  ];
  for (const [code, name, kelurahan] of kecamatan) {
    const r = root(code, `Kecamatan ${name}`, `Camat ${name}`, 'III.a', 'kecamatan', 'pemerintahan');
    const sek = head(r, 'Sekretaris Kecamatan', 'III.b', 'Sekretariat Kecamatan', 'sekretariat');
    subunits(sek, 'subbagian', KECAMATAN_SUBBAGIAN, 'IV.b', [], [[1, 100]]);
    subunits(r, 'seksi', KECAMATAN_SEKSI, 'IV.a',
      ['Pengadministrasi Umum', 'Pengolah Data', 'Pengelola Program dan Kegiatan'], [[1, 85], [2, 15]]);
    for (const k of kelurahan) {
      const unit = `Kelurahan ${k}`;
      const l = head(r, `Lurah ${k}`, 'IV.a', unit, 'kelurahan');
      addPost(l, { name: 'Pengadministrasi Umum', kind: 'pelaksana' });
      const ks = kelurahan.length === 2
        ? ['Pemerintahan dan Ketenteraman', 'Pemberdayaan Masyarakat', 'Kesejahteraan Sosial']
        : KELURAHAN_SEKSI;
      for (const s of ks) {
        const su = `Seksi ${s} Kelurahan ${k}`;
        const h = head(l, `Kepala ${su}`, 'IV.b', su, 'seksi');
        if (chance(0.4)) addPost(h, { name: pick(['Pengadministrasi Umum', 'Pengolah Data', 'Pengelola Program dan Kegiatan']), kind: 'pelaksana' });
      }
    }
  }

  // unit_type on ~70% of rows (the rest is left to inference from names)
  for (const p of posts) p.unit_type = p.forceUnitType || chance(0.7) ? p.unitType : '';
}

// ---------------------------------------------------------------------------------------------
// People

const BALI_MALE = ['I Made', 'I Wayan', 'I Ketut', 'I Nyoman', 'I Putu', 'I Gede'];
const BALI_FEMALE = ['Ni Made', 'Ni Wayan', 'Ni Ketut', 'Ni Nyoman', 'Ni Putu', 'Ni Luh'];
const BALI_MIDDLE_M = ['Agus', 'Adi', 'Budi', 'Eka', 'Dwi', 'Arya'];
const BALI_MIDDLE_F = ['Ayu', 'Sri', 'Eka', 'Dewi', 'Putri'];
const BALI_LAST_M = ['Suarjana', 'Sudarma', 'Wirawan', 'Artawan', 'Mahendra', 'Suardana', 'Widiana'];
const BALI_LAST_F = ['Lestari', 'Sukmawati', 'Widiastuti', 'Ariani', 'Sumartini', 'Juliantari'];

const usedNames = new Set();
function personName(sex) {
  for (let tries = 0; ; tries++) {
    let n;
    if (chance(0.08)) {
      n = sex === 1
        ? `${pick(BALI_MALE)} ${pick(BALI_MIDDLE_M)} ${pick(BALI_LAST_M)}`
        : `${pick(BALI_FEMALE)} ${pick(BALI_MIDDLE_F)} ${pick(BALI_LAST_F)}`;
    } else {
      const g = sex === 1 ? MALE_GIVEN : FEMALE_GIVEN;
      const f = sex === 1 ? MALE_FAMILY : FEMALE_FAMILY;
      const r = rng();
      if (r < 0.2) n = `${pick(g)} ${pick(g)} ${pick(f)}`;
      else if (r < 0.3) n = `${pick(g)} ${pick(g)}`;
      else n = `${pick(g)} ${pick(f)}`;
    }
    const parts = n.split(' ');
    if (new Set(parts).size !== parts.length) continue;
    if (tries > 50) n += ` ${pick(sex === 1 ? MALE_FAMILY : FEMALE_FAMILY)}`;
    if (!usedNames.has(n)) {
      usedNames.add(n);
      return n;
    }
  }
}

const SOCIAL_SECTORS = new Set(['umum', 'pemerintahan', 'sosial', 'kepegawaian', 'komunikasi', 'kependudukan']);

/** JF-specific sector and title conventions. */
function jfProfile(title) {
  if (/^Perawat/.test(title)) return { s1: 'S.Kep.', front: 'Ns.', d3: 'A.Md.Kep.', sector: 'kesehatan' };
  if (/^Bidan/.test(title)) return { s1: 'S.Tr.Keb.', d3: 'A.Md.Keb.', sector: 'kesehatan' };
  if (/^Dokter/.test(title)) return { front: 'dr.', s1: '', sector: 'kesehatan' };
  if (/^Apoteker/.test(title)) return { front: 'apt.', s1: 'S.Farm.', sector: 'kesehatan' };
  if (/^Nutrisionis/.test(title)) return { d3: 'A.Md.Gz.', s1: 'S.Gz.', sector: 'kesehatan' };
  if (/^Pranata Laboratorium/.test(title)) return { d3: 'A.Md.AK.', s1: 'S.Tr.Kes.', sector: 'kesehatan' };
  if (/^Radiografer/.test(title)) return { d3: 'A.Md.Rad.', sector: 'kesehatan' };
  if (/^Medik Veteriner/.test(title)) return { front: 'drh.', s1: '', sector: 'pertanian' };
  if (/^Paramedik Veteriner/.test(title)) return { d3: 'A.Md.Vet.', sector: 'pertanian' };
  if (/^Penyuluh Pertanian/.test(title)) return { s1: 'S.P.', d3: 'A.Md.P.', sector: 'pertanian' };
  if (/^Pranata Komputer/.test(title)) return { s1: 'S.Kom.', d3: 'A.Md.Kom.', sector: 'informatika' };
  if (/^Auditor/.test(title)) return { s1: pick(['S.E.', 'S.Ak.']), d3: 'A.Md.Ak.', sector: 'pengawasan' };
  if (/^Arsiparis/.test(title)) return { d3: 'A.Md.', sector: 'umum' };
  if (/^Perancang Peraturan|^Analis Hukum/.test(title)) return { s1: 'S.H.', sector: 'hukum' };
  return null;
}

function formatName(bare, sex, edu, sector, birthYear, profile) {
  const front = [];
  const back = [];
  const canon = EDU_CANON[edu];
  const s2 = pick(degreeTitles(S2_TITLES, sector));
  if (profile?.front && (canon === 'S1' || canon === 'S2' || canon === 'D4')) {
    front.push(profile.front);
    if (profile.s1) back.push(profile.s1);
    if (canon === 'S2') back.push(sector === 'kesehatan' ? pick(S2_TITLES.kesehatan) : s2);
  } else if (canon === 'S1' || canon === 'S2') {
    if (birthYear <= 1972 && SOCIAL_SECTORS.has(sector) && chance(0.45)) {
      front.push(sex === 1 ? 'Drs.' : 'Dra.');
    } else if (birthYear <= 1975 && (sector === 'teknik' || sector === 'pertanian') && chance(0.4)) {
      front.push('Ir.');
    } else {
      back.push(profile?.s1 || pick(degreeTitles(S1_TITLES, sector)));
    }
    if (canon === 'S2') back.push(s2);
  } else if (canon === 'D4') {
    back.push(sector === 'kesehatan' ? 'S.Tr.Kes.' : 'S.ST.');
  } else if (canon === 'D3') {
    back.push(profile?.d3 ?? pick(degreeTitles(D3_TITLES, sector)));
  }
  if (birthYear <= 1985 && chance(0.07)) front.push(sex === 1 ? 'H.' : 'Hj.'); // after academic titles: `Drs. H. ...`
  let n = [...front, bare].join(' ');
  if (back.length) n += ', ' + back.join(', ');
  return n;
}

// --- dates

const pad = (n, w = 2) => String(n).padStart(w, '0');
const iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
function epochDay(s) {
  const [y, m, d] = s.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86400000;
}
function fromEpochDay(n) {
  const dt = new Date(n * 86400000);
  return iso(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}
function ageOn(birth, ref = REF) {
  const [y, m, d] = birth.split('-').map(Number);
  let a = ref.y - y;
  if (ref.m < m || (ref.m === m && ref.d < d)) a--;
  return a;
}
/** A birth date such that the age on REF is in [amin, amax], clamped to the sample's global bounds. */
function birthForAge(amin, amax, lowest = EARLIEST_BIRTH_NOT57) {
  const lo = Math.max(epochDay(`${REF.y - amax - 1}-${pad(REF.m)}-${pad(REF.d)}`) + 1, epochDay(lowest));
  const hi = Math.min(epochDay(`${REF.y - amin}-${pad(REF.m)}-${pad(REF.d)}`), epochDay(LATEST_BIRTH));
  if (lo > hi) throw new Error(`empty birth range ${amin}-${amax}`);
  return fromEpochDay(rint(lo, hi));
}

// --- categories

function jenjangOf(title) {
  for (const j of Object.keys(JENJANG_GOL)) if (title.endsWith(` ${j}`)) return j;
  return null;
}
function roleOf(title) {
  const m = /^(Subkoordinator|Koordinator)\b/.exec(title);
  return m ? m[1] : null;
}

/** Golongan range allowed for a post (for PNS holders). */
function golRange(p) {
  if (p.eselon) return ESELON_GOL[p.eselon];
  if (p.kind === 'pelaksana') return PELAKSANA_GOL;
  const j = jenjangOf(p.name);
  if (j) return JENJANG_GOL[j];
  const r = roleOf(p.name);
  if (r) return ROLE_GOL[r];
  throw new Error(`no golongan range for ${p.id} ${p.name}`);
}

function ageRange(p) {
  switch (p.eselon) {
    case 'II.a': return [50, 56];
    case 'II.b': return [46, 56];
    case 'III.a': return [42, 56];
    case 'III.b': return [40, 56];
    case 'IV.a': return [34, 56];
    case 'IV.b': return [31, 54];
    default: break;
  }
  if (p.kind === 'pelaksana') return [25, 56];
  const j = jenjangOf(p.name) ?? { Subkoordinator: 'Ahli Muda', Koordinator: 'Ahli Madya' }[roleOf(p.name)];
  return {
    'Ahli Pertama': [25, 42], 'Ahli Muda': [34, 54], 'Ahli Madya': [44, 56], Terampil: [25, 48], Mahir: [30, 50],
    Penyelia: [38, 55], Pemula: [25, 35],
  }[j];
}

function educationFor(p) {
  const j = jenjangOf(p.name);
  if (p.kind === 'jpt_pratama') return weighted([['S2', 60], ['S-2', 25], ['S1', 10], ['S-1', 5]]);
  if (p.kind === 'administrator') return weighted([['S2', 35], ['S-2', 20], ['S1', 25], ['S-1', 15], ['D-IV', 5]]);
  if (p.kind === 'pengawas') return weighted([['S1', 40], ['S-1', 20], ['S2', 18], ['S-2', 7], ['D-IV', 10], ['D4', 5]]);
  if (p.kind === 'fungsional') {
    if (j && /Ahli/.test(j) || roleOf(p.name)) return weighted([['S1', 45], ['S-1', 25], ['S2', 15], ['S-2', 5], ['D-IV', 10]]);
    if (j === 'Mahir' || j === 'Penyelia') return weighted([['D3', 35], ['D-III', 15], ['S1', 30], ['D-IV', 20]]);
    return weighted([['D3', 60], ['D-III', 25], ['S1', 15]]);
  }
  return weighted([['SMA', 35], ['D3', 18], ['D-III', 7], ['S1', 28], ['S-1', 12]]);
}

function golInRange([lo, hi]) {
  return GOLONGANS[rint(GOL[lo], GOL[hi])];
}

const ENTRY_GOL = { SMA: 'II/a', D3: 'II/c', D4: 'III/a', S1: 'III/a', S2: 'III/b' };
const ENTRY_AGE = { SMA: 19, D3: 21, D4: 22, S1: 22, S2: 24 };
/** Highest rank a pelaksana reaches by regular promotion, by education. */
const PELAKSANA_CAP = { SMA: 'III/b', D3: 'III/c', D4: 'III/d', S1: 'III/d', S2: 'III/d' };

/** Pelaksana: entry rank by education, one step per ~4 years of service, capped by education and II/a-III/d. */
function pelaksanaGol(edu, tmtYear) {
  const c = EDU_CANON[edu];
  const steps = Math.floor((2026 - tmtYear) / 4) - rint(0, 1);
  const i = Math.min(GOL[PELAKSANA_CAP[c]], Math.max(GOL['II/a'], GOL[ENTRY_GOL[c]] + Math.max(0, steps)));
  return GOLONGANS[i];
}

/** Years of service needed (roughly one step per 3.5 years) to reach `gol` from the entry rank of `edu`. */
function minServiceFor(gol, edu) {
  return Math.ceil(Math.max(0, GOL[gol] - GOL[ENTRY_GOL[EDU_CANON[edu]]]) * 3.5);
}

const usedNip = new Set();
function makeNip(birth, tmtYear, tmtMonth, sex) {
  const prefix = birth.replaceAll('-', '') + String(tmtYear) + pad(tmtMonth) + String(sex);
  for (let seq = 1; seq <= 9; seq++) {
    const nip = prefix + pad(seq, 3);
    if (!usedNip.has(nip)) {
      usedNip.add(nip);
      return nip;
    }
  }
  throw new Error(`NIP sequence exhausted for ${prefix}`);
}
function makePppkNip(birth, year, sex) {
  // PPPK numbers: birth date, year of appointment, '21' (PPPK marker), sex, sequence.
  const prefix = birth.replaceAll('-', '') + String(year) + '21' + String(sex);
  for (let seq = 1; seq <= 999; seq++) {
    const nip = prefix + pad(seq, 3);
    if (!usedNip.has(nip)) {
      usedNip.add(nip);
      return nip;
    }
  }
  throw new Error('PPPK sequence exhausted');
}

/** TMT CPNS (year, month): 19-34 calendar years after birth, not after 2024, leaving `minService` years to 2026. */
function tmtFor(birth, edu, minService = 0) {
  const by = Number(birth.slice(0, 4));
  const c = EDU_CANON[edu];
  const lo = by + Math.max(19, ENTRY_AGE[c]);
  const hi = Math.min(2024, 2026 - minService, by + 34);
  let y;
  if (lo > hi) y = Math.max(by + 19, Math.min(hi, 2024));
  else y = Math.min(hi, lo + Math.floor(rng() * rng() * (hi - lo + 1))); // most people join young
  const m = pick([1, 3, 3, 4, 12, 12, rint(1, 12)]);
  return [y, m];
}

const people = [];

function buildPeople() {
  const structural = posts.filter((p) => STRUCTURAL.has(p.kind));
  const nonRootStructural = structural.filter((p) => p.parent_id);
  const vacant = new Set(sample(nonRootStructural, Math.round(structural.length * 0.03)).map((p) => p.id));
  const filledSenior = structural.filter((p) => !vacant.has(p.id) && (p.kind === 'administrator' || p.kind === 'pengawas'));
  const aged57 = new Set(sample(filledSenior, Math.round(filledSenior.length * 0.04)).map((p) => p.id));
  const dinasBidangPengawas = structural.filter((p) => p.inDinasBidang && !vacant.has(p.id) && !aged57.has(p.id));
  const lowEdu = new Set(sample(dinasBidangPengawas, Math.max(4, Math.ceil(dinasBidangPengawas.length * 0.05))).map((p) => p.id));

  for (const p of posts) {
    if (vacant.has(p.id)) continue;
    let n = 1;
    if (!STRUCTURAL.has(p.kind) && !roleOf(p.name) && p.name !== 'Bendahara') {
      n = weighted([[1, 55], [2, 33], [3, 12]]);
    }
    for (let i = 0; i < n; i++) {
      const sex = chance(p.kind === 'fungsional' && /Bidan|Perawat|Nutrisionis/.test(p.name) ? 0.25 : 0.55) ? 1 : 2;
      const [amin, amax] = ageRange(p);
      let edu = educationFor(p);
      if (lowEdu.has(p.id)) edu = pick(['D3', 'SMA']);
      const gol0 = p.kind === 'pelaksana' ? null : golInRange(golRange(p));
      const minService = gol0 ? minServiceFor(gol0, edu) : 0;
      const minAge = Math.min(amax, Math.max(amin, ENTRY_AGE[EDU_CANON[edu]] + minService + 1));
      const birth = aged57.has(p.id) ? birthForAge(57, 57, EARLIEST_BIRTH) : birthForAge(minAge, amax);
      const [ty, tm] = tmtFor(birth, edu, minService);
      const gol = gol0 ?? pelaksanaGol(edu, ty);
      const nip = makeNip(birth, ty, tm, sex);
      let profile = p.kind === 'fungsional' ? jfProfile(p.name) : null;
      if (STRUCTURAL.has(p.kind) && p.sector === 'kesehatan' && chance(0.35)) profile = { front: 'dr.', s1: '', sector: 'kesehatan' };
      const sector = profile?.sector ?? p.sector;
      people.push({
        nip, name: formatName(personName(sex), sex, edu, sector, Number(birth.slice(0, 4)), profile), post_id: p.id,
        golongan: gol, education: edu, birth_date: birth, status: chance(0.1) ? 'PNS' : 'pns',
        // internal
        sex, post: p,
      });
    }
  }

  // ~2% PPPK: JF Ahli Pertama / keterampilan and pelaksana holders become PPPK (appointed 2022-2024).
  const candidates = people.filter((x) => {
    const j = jenjangOf(x.post.name);
    return (x.post.kind === 'pelaksana' || j === 'Ahli Pertama' || j === 'Terampil') && ageOn(x.birth_date) <= 45;
  });
  for (const x of sample(candidates, Math.round(people.length * 0.02))) {
    usedNip.delete(x.nip);
    const j = jenjangOf(x.post.name);
    x.status = 'pppk';
    x.nip = makePppkNip(x.birth_date, rint(2022, 2024), x.sex);
    x.golongan = j === 'Ahli Pertama' ? 'IX' : j === 'Terampil' ? 'VII' : { SMA: 'V', D3: 'VII' }[EDU_CANON[x.education]] ?? 'IX';
  }
}

// ---------------------------------------------------------------------------------------------
// Writers

function postRow(p) {
  return { id: p.id, parent_id: p.parent_id, name: p.name, kind: p.kind, eselon: p.eselon, unit: p.unit, opd: p.opd, unit_type: p.unit_type };
}
function personRow(x) {
  return { nip: x.nip, name: x.name, post_id: x.post_id, golongan: x.golongan, education: x.education, birth_date: x.birth_date, status: x.status };
}


async function writeXlsx(file, sheetName, columns, rows) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'setara';
  wb.lastModifiedBy = 'setara';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(columns);
  for (const r of rows) {
    // empty values are left as empty cells; every written cell is a string
    const row = ws.addRow([]);
    columns.forEach((c, i) => {
      if (r[c] !== '') row.getCell(i + 1).value = String(r[c]);
    });
  }
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  writeFileSync(file, pinZipTimes(buf, FIXED_DATE));
}

function toCsv(columns, rows) {
  return stringify(rows, { header: true, columns, record_delimiter: 'unix' });
}

const guid = (id) => createHash('md5').update(`kabupaten-contoh:${id}`).digest('hex').toUpperCase();

function encodeCp1252(text) {
  if (!/^[\x00-\x7e]*$/.test(text)) throw new Error('non-ASCII text in the SIMPEG export');
  return Buffer.from(text, 'latin1');
}

function spacedNip(nip) {
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

function countsTable(rows) {
  const opds = [...new Set(rows.map((p) => p.opd))];
  const head = ['OPD', 'id prefix', ...KINDS, 'total'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`];
  const total = Object.fromEntries(KINDS.map((k) => [k, 0]));
  for (const o of opds) {
    const rs = rows.filter((p) => p.opd === o);
    const c = KINDS.map((k) => rs.filter((p) => p.kind === k).length);
    KINDS.forEach((k, i) => { total[k] += c[i]; });
    lines.push(`| ${o} | \`${opdCodes.get(o)}\` | ${c.join(' | ')} | ${rs.length} |`);
  }
  lines.push(`| **total** | | ${KINDS.map((k) => total[k]).join(' | ')} | ${rows.length} |`);
  return lines.join('\n');
}

function readme(stats) {
  return `# Kabupaten Contoh: synthetic sample regency

**All data in this folder is synthetic.** Kabupaten Contoh does not exist; every person is invented
(names are random combinations of common Indonesian name parts, NIPs are computed from the invented
birth dates). Any resemblance to a real person is coincidental. The structure is modelled on a typical
regency SOTK (PP 18/2016) before the 2021 simplification, so that \`setara\` has something to migrate.

Generated by \`node scripts/make-sample.mjs\` (seeded PRNG, no clock): re-running it rewrites every file
byte-for-byte identically, and then checks the invariants below (\`node scripts/make-sample.mjs --check\`
checks the files on disk without regenerating; it exits 1 on any failure). Do not edit the files by
hand: change the script and regenerate.

## Files

| file | content |
|---|---|
| \`posts.csv\` | ${stats.posts} posts (jabatan). UTF-8 without BOM, comma, LF. Header \`${POST_COLUMNS.join(',')}\` |
| \`people.csv\` | ${stats.people} people (pegawai). Same encoding. Header \`${PEOPLE_COLUMNS.join(',')}\` |
| \`posts.xlsx\` | \`posts.csv\` as a workbook: first sheet \`Jabatan\`, header in row 1, every cell a string, empty values as empty cells |
| \`people.xlsx\` | \`people.csv\` as a workbook: sheet \`Pegawai\` |

A SIASN-style export of a subset lives in \`../ekspor-simpeg/\`.

## Posts per OPD and kind

${stats.table}

## Conventions

* \`id\`: the OPD code (\`DINKES\`) for the head of the OPD, then two digits per level, numbered in order
  under the direct superior: \`DINKES.03\` (a Kepala Bidang), \`DINKES.03.02\` (a Kepala Seksi under it),
  \`DINKES.03.02.01\` (a pelaksana in that Seksi). So \`parent_id\` is always the id minus its last segment.
* \`parent_id\`: the direct superior post; empty only for the head of each OPD (exactly one per OPD). The
  Bupati is not in the file; the Sekretaris Daerah is the head of the OPD \`Sekretariat Daerah\`, and the
  three Asisten (II.b) sit under him, with the Bagian under the Asisten.
* \`eselon\`: II.a (Sekretaris Daerah only), II.b (Kepala Dinas/Badan, Inspektur, Sekretaris DPRD, Asisten),
  III.a (Sekretaris Dinas/Badan/Inspektorat, Kepala Bagian, Inspektur Pembantu, Camat, Direktur RSUD),
  III.b (Kepala Bidang of a Dinas/Badan, Sekretaris Kecamatan), IV.a (Kepala Seksi/Subbagian/Subbidang,
  Kepala UPT, Lurah, Kasubbag/Kasi of the RSUD), IV.b (Kasubbag TU of a UPT, Kasubbag in a Kecamatan
  secretariat, Kasi of a Kelurahan). Empty for pelaksana and fungsional. A child's eselon is always
  strictly below its parent's.
* \`unit\`: for a structural post, the unit it heads; for pelaksana/JF, the unit of their superior. Unit
  names are unique within an OPD (Kelurahan sections carry the Kelurahan name, RSUD and UPT subunits
  carry the RSUD/UPT name), so \`(opd, unit)\` identifies one unit.
* \`unit_type\`: filled on ${stats.unitTypeFilled} of ${stats.posts} rows (${stats.unitTypePct}%), chosen at random; empty on
  the rest, so the tool has to infer it from the unit name. The head of \`Bagian Pengadaan Barang dan Jasa\` always
  carries \`pengadaan\` (the name alone would read as \`bagian\`). Asisten and Inspektur Pembantu units
  are \`lainnya\`. The RSUD (Kelas C) is a unit of the Dinas Kesehatan (\`rsud\`, Direktur III.a).
* Transitional roles: exactly two posts still carry a koordinator/subkoordinator title (kind
  \`fungsional\`, no eselon, one holder each), kept for the sistem-kerja feature:
${stats.roles}

## People invariants

* Every structural post (jpt_pratama, administrator, pengawas) has at most one holder; ${stats.vacant} of them
  (${stats.vacantPct}%, never an OPD head) are vacant: ${stats.vacantIds}.
* Every pelaksana and fungsional post has one to three holders.
* PNS NIP (18 digits, Perka BKN 22/2007): digits 1-8 are \`birth_date\`, 9-14 the TMT CPNS (YYYYMM, between
  18 and 35 years after birth, not after 2024-12), digit 15 the sex (1/2), 16-18 a sequence 001-009.
  All NIPs are unique.
* ${stats.pppk} people (${stats.pppkPct}%) are PPPK (\`status\` \`pppk\`): their number is birth date, year of
  appointment (2022-2024), \`21\`, sex, sequence, so it must not be read as a PNS NIP (digits 13-14 are
  not a month). Their \`golongan\` is a PPPK grade (\`V\`, \`VII\`, \`IX\`). They hold only JF Ahli
  Pertama/Terampil or pelaksana posts.
* \`golongan\` (PNS) is within the eselon range of rules/data/eselon.yaml (II.a IV/c-IV/d, II.b IV/b-IV/c,
  III.a IV/a-IV/b, III.b III/d-IV/a, IV.a III/c-III/d, IV.b III/b-III/c), within the jenjang range for JF
  (rules/data/jenjang.yaml; a subkoordinator counts as Ahli Muda, a koordinator as Ahli Madya), and II/a-III/d for pelaksana.
* \`education\` uses mixed real-world spellings (\`S1\`, \`S-1\`, \`S2\`, \`S-2\`, \`D-IV\`, \`D4\`, \`D3\`,
  \`D-III\`, \`SMA\`). ${stats.lowEdu} pengawas heading a Seksi/Subbidang in a Dinas/Badan Bidang have only \`D3\`
  or \`SMA\` (${stats.lowEduIds}).
* \`status\` is \`pns\` (sometimes written \`PNS\`) or \`pppk\`.
* \`birth_date\` is ISO \`YYYY-MM-DD\`. Everybody is between 25 and 57 years old on 2026-12-01 and nobody
  reaches 58 before 2027-07-01 (all born on or after ${EARLIEST_BIRTH}). ${stats.aged57} administrators/pengawas
  (${stats.aged57Pct}% of the filled ones) are exactly 57 on 2026-12-01, i.e. within a year of BUP 58:
  ${stats.aged57Ids}.
`;
}

function readmeSimpeg(stats) {
  return `# ekspor-simpeg: a SIASN-style UNOR export (synthetic)

**Synthetic data.** This is a subset of \`../kabupaten-contoh/\` (OPD: ${stats.opds.join(', ')}; ${stats.posts} posts,
${stats.people} people) written the way a BKN SIASN / local SIMPEG export typically looks, to exercise column
aliases, codes and encodings. Generated by \`node scripts/make-sample.mjs\`; do not edit by hand.

Both files: Windows-1252 (all characters are ASCII in practice), no BOM, semicolon-delimited, CRLF line
ends, header in the first line.

## \`unor.csv\` (posts)

| column | meaning |
|---|---|
| \`ID\` | 32-character upper-case hex GUID; the MD5 of \`kabupaten-contoh:<sample id>\` |
| \`DIATASAN_ID\` | the superior's GUID (same scheme); empty for the head of an OPD |
| \`NAMA_JABATAN\` | post title in UPPER CASE |
| \`ESELON_ID\` | BKN eselon id: 21 = II.a, 22 = II.b, 31 = III.a, 32 = III.b, 41 = IV.a, 42 = IV.b, 99 = non-eselon |
| \`NAMA_UNOR\` | unit name (as in the sample) |
| \`UNOR_INDUK\` | OPD name |

There is no kind column: kind follows from \`ESELON_ID\` (2x = JPT Pratama, 3x = administrator,
4x = pengawas) and, for 99, from the title (a jenjang suffix such as \`AHLI PERTAMA\` / \`TERAMPIL\` means
fungsional, anything else pelaksana).

## \`pegawai.csv\` (people)

| column | meaning |
|---|---|
| \`NIP_BARU\` | 18-digit NIP; ${stats.spaced} rows are written with spaces (\`19721112 199302 1 001\`) |
| \`NAMA\` | name with academic titles |
| \`JABATAN_ID\` | GUID of the post (as \`ID\` in \`unor.csv\`) |
| \`GOL_AKHIR_ID\` | BKN golongan code: 21..24 = II/a..II/d, 31..34 = III/a..III/d, 41..45 = IV/a..IV/e |
| \`TINGKAT_PENDIDIKAN_ID\` | BKN education code: 15 = SLTA, 30 = D-III, 35 = D-IV, 40 = S-1, 45 = S-2 |
| \`TGL_LAHIR\` | birth date \`DD-MM-YYYY\` |

Only PNS are exported (as in a SIASN PNS export): the PPPK of these OPD are left out, so their posts look
vacant here. Vacant structural posts are vacant here too.
`;
}

async function generate() {
  buildStructure();
  buildPeople();
  mkdirSync(OUT, { recursive: true });
  mkdirSync(OUT_SIMPEG, { recursive: true });

  const postRows = posts.map(postRow);
  const peopleRows = people.map(personRow);
  writeFileSync(join(OUT, 'posts.csv'), toCsv(POST_COLUMNS, postRows));
  writeFileSync(join(OUT, 'people.csv'), toCsv(PEOPLE_COLUMNS, peopleRows));
  await writeXlsx(join(OUT, 'posts.xlsx'), 'Jabatan', POST_COLUMNS, postRows);
  await writeXlsx(join(OUT, 'people.xlsx'), 'Pegawai', PEOPLE_COLUMNS, peopleRows);

  const structural = posts.filter((p) => STRUCTURAL.has(p.kind));
  const held = new Set(people.map((x) => x.post_id));
  const vacant = structural.filter((p) => !held.has(p.id));
  const senior = people.filter((x) => x.post.kind === 'administrator' || x.post.kind === 'pengawas');
  const aged57 = senior.filter((x) => ageOn(x.birth_date) === 57);
  const lowEdu = people.filter((x) => x.post.inDinasBidang && ['D3', 'SMA'].includes(EDU_CANON[x.education]));
  const pppk = people.filter((x) => x.status === 'pppk');
  const filled = posts.filter((p) => p.unit_type).length;
  const pct = (a, b) => ((100 * a) / b).toFixed(1);
  const roles = posts.filter((p) => roleOf(p.name)).map((p) => `  * \`${p.id}\` ${p.name}, under ${byId.get(p.parent_id).name} (\`${p.parent_id}\`)`);
  writeFileSync(join(OUT, 'README.md'), readme({
    posts: posts.length, people: people.length, table: countsTable(posts),
    unitTypeFilled: filled, unitTypePct: pct(filled, posts.length), roles: roles.join('\n'),
    vacant: vacant.length, vacantPct: pct(vacant.length, structural.length), vacantIds: vacant.map((p) => `\`${p.id}\``).join(', '),
    pppk: pppk.length, pppkPct: pct(pppk.length, people.length),
    lowEdu: lowEdu.length, lowEduIds: lowEdu.map((x) => `\`${x.post_id}\``).join(', '),
    aged57: aged57.length, aged57Pct: pct(aged57.length, senior.length), aged57Ids: aged57.map((x) => `\`${x.post_id}\``).join(', '),
  }));

  // SIASN-style subset
  const subset = posts.filter((p) => SIMPEG_OPDS.includes(p.opdCode));
  const subsetIds = new Set(subset.map((p) => p.id));
  const unor = subset.map((p) => ({
    ID: guid(p.id), DIATASAN_ID: p.parent_id ? guid(p.parent_id) : '', NAMA_JABATAN: p.name.toUpperCase(),
    ESELON_ID: p.eselon ? BKN_ESELON[p.eselon] : '99', NAMA_UNOR: p.unit, UNOR_INDUK: p.opd,
  }));
  const peg = people.filter((x) => subsetIds.has(x.post_id) && x.status !== 'pppk');
  let spaced = 0;
  const pegRows = peg.map((x) => {
    const sp = chance(0.3);
    if (sp) spaced++;
    const [y, m, d] = x.birth_date.split('-');
    return {
      NIP_BARU: sp ? spacedNip(x.nip) : x.nip, NAMA: x.name, JABATAN_ID: guid(x.post_id), GOL_AKHIR_ID: BKN_GOL[x.golongan],
      TINGKAT_PENDIDIKAN_ID: BKN_EDU[EDU_CANON[x.education]], TGL_LAHIR: `${d}-${m}-${y}`,
    };
  });
  const semi = (columns, rows) => stringify(rows, { header: true, columns, delimiter: ';', record_delimiter: 'windows' });
  writeFileSync(join(OUT_SIMPEG, 'unor.csv'), encodeCp1252(semi(SIMPEG_POST_COLUMNS, unor)));
  writeFileSync(join(OUT_SIMPEG, 'pegawai.csv'), encodeCp1252(semi(SIMPEG_PEOPLE_COLUMNS, pegRows)));
  writeFileSync(join(OUT_SIMPEG, 'README.md'), readmeSimpeg({
    opds: [...new Set(subset.map((p) => p.opd))], posts: subset.length, people: pegRows.length, spaced,
  }));
}

// ---------------------------------------------------------------------------------------------
// Checks (on the files on disk)

async function check() {
  const errors = [];
  const fail = (msg) => errors.push(msg);
  const esIdx = (e) => ESELONS.indexOf(e);

  const raw = {};
  for (const f of ['posts.csv', 'people.csv']) {
    const buf = readFileSync(join(OUT, f));
    if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) fail(`${f}: has a BOM`);
    const text = buf.toString('utf8');
    if (text.includes('\r')) fail(`${f}: contains CR`);
    if (!text.endsWith('\n')) fail(`${f}: no final newline`);
    raw[f] = text;
  }
  if (raw['posts.csv'].split('\n')[0] !== POST_COLUMNS.join(',')) fail('posts.csv: wrong header');
  if (raw['people.csv'].split('\n')[0] !== PEOPLE_COLUMNS.join(',')) fail('people.csv: wrong header');
  const P = parse(raw['posts.csv'], { columns: true });
  const H = parse(raw['people.csv'], { columns: true });

  // --- posts
  const ids = new Map();
  for (const p of P) {
    if (ids.has(p.id)) fail(`duplicate post id ${p.id}`);
    ids.set(p.id, p);
  }
  const opds = new Map();
  for (const p of P) {
    if (!KINDS.includes(p.kind)) fail(`${p.id}: bad kind ${p.kind}`);
    if (p.unit_type && !UNIT_TYPES.includes(p.unit_type)) fail(`${p.id}: bad unit_type ${p.unit_type}`);
    if (!p.name || !p.unit || !p.opd) fail(`${p.id}: empty name/unit/opd`);
    if (STRUCTURAL.has(p.kind)) {
      if (!ESELONS.includes(p.eselon)) fail(`${p.id}: structural post without a valid eselon`);
      else if (kindOfEselon(p.eselon) !== p.kind) fail(`${p.id}: kind ${p.kind} does not match eselon ${p.eselon}`);
    } else if (p.eselon) fail(`${p.id}: ${p.kind} with eselon ${p.eselon}`);
    if (p.eselon === 'II.a' && p.name !== 'Sekretaris Daerah') fail(`${p.id}: II.a is for the Sekda only`);
    if (!opds.has(p.opd)) opds.set(p.opd, []);
    if (!p.parent_id) opds.get(p.opd).push(p.id);
    else {
      const par = ids.get(p.parent_id);
      if (!par) fail(`${p.id}: parent ${p.parent_id} missing`);
      else {
        if (par.opd !== p.opd) fail(`${p.id}: parent in another OPD`);
        if (!STRUCTURAL.has(par.kind)) fail(`${p.id}: parent ${par.id} is not structural`);
        if (p.eselon && par.eselon && esIdx(p.eselon) <= esIdx(par.eselon)) fail(`${p.id}: eselon ${p.eselon} not below parent's ${par.eselon}`);
        if (!STRUCTURAL.has(p.kind) && p.unit !== par.unit) fail(`${p.id}: staff unit differs from the superior's`);
      }
    }
  }
  for (const [o, roots] of opds) if (roots.length !== 1) fail(`OPD ${o}: ${roots.length} roots`);
  for (const p of P) { // no cycles: every chain ends at a root
    let cur = p;
    for (let i = 0; cur && cur.parent_id; i++) {
      if (i > 20) { fail(`${p.id}: parent cycle`); break; }
      cur = ids.get(cur.parent_id);
    }
  }
  const headUnits = new Set();
  for (const p of P.filter((q) => STRUCTURAL.has(q.kind))) {
    const key = `${p.opd}\u0000${p.unit}`;
    if (headUnits.has(key)) fail(`${p.id}: unit ${p.unit} headed twice in ${p.opd}`);
    headUnits.add(key);
  }
  if (P.length < 400) fail(`only ${P.length} posts`);
  if (opds.size < 14) fail(`only ${opds.size} OPD`);
  const utFilled = P.filter((p) => p.unit_type).length / P.length;
  if (utFilled < 0.6 || utFilled > 0.8) fail(`unit_type filled on ${(utFilled * 100).toFixed(1)}% of rows`);
  const roles = P.filter((p) => roleOf(p.name));
  if (roles.length !== 2 || roles.some((p) => p.kind !== 'fungsional' || p.eselon)) fail('need exactly 2 fungsional koordinator/subkoordinator posts');
  for (const p of P) for (const v of Object.values(p)) if (!/^[\x20-\x7e]*$/.test(v)) fail(`${p.id}: non-ASCII text`);

  // --- people
  const holders = new Map();
  const nips = new Set();
  const last58 = epochDay(EARLIEST_BIRTH);
  let pppk = 0;
  for (const x of H) {
    if (nips.has(x.nip)) fail(`duplicate nip ${x.nip}`);
    nips.add(x.nip);
    if (!/^\d{18}$/.test(x.nip)) fail(`${x.nip}: not 18 digits`);
    const p = ids.get(x.post_id);
    if (!p) { fail(`${x.nip}: post ${x.post_id} missing`); continue; }
    holders.set(p.id, (holders.get(p.id) ?? 0) + 1);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(x.birth_date) || fromEpochDay(epochDay(x.birth_date)) !== x.birth_date) fail(`${x.nip}: bad birth_date`);
    const age = ageOn(x.birth_date);
    if (age < 25 || age > 57) fail(`${x.nip}: age ${age} on 2026-12-01`);
    if (epochDay(x.birth_date) < last58) fail(`${x.nip}: reaches 58 before 2027-07-01`);
    if (!EDU_CANON[x.education]) fail(`${x.nip}: bad education ${x.education}`);
    if (!x.name) fail(`${x.nip}: no name`);
    const st = x.status.toLowerCase();
    if (st === 'pns') {
      if (x.nip.slice(0, 8) !== x.birth_date.replaceAll('-', '')) fail(`${x.nip}: NIP birth date != ${x.birth_date}`);
      const ty = Number(x.nip.slice(8, 12));
      const tm = Number(x.nip.slice(12, 14));
      const [by, bm] = x.birth_date.split('-').map(Number);
      if (tm < 1 || tm > 12) fail(`${x.nip}: TMT month`);
      const months = (ty - by) * 12 + (tm - bm);
      if (months <= 18 * 12 || months >= 35 * 12) fail(`${x.nip}: TMT CPNS not 18-35 years after birth`);
      if (ty * 100 + tm > MAX_TMT_CPNS) fail(`${x.nip}: TMT CPNS after 2024-12`);
      if (!['1', '2'].includes(x.nip[14])) fail(`${x.nip}: sex digit`);
      const seq = Number(x.nip.slice(15));
      if (seq < 1 || seq > 9) fail(`${x.nip}: sequence`);
      const [lo, hi] = golRange(p);
      if (!(x.golongan in GOL)) fail(`${x.nip}: bad golongan ${x.golongan}`);
      else if (GOL[x.golongan] < GOL[lo] || GOL[x.golongan] > GOL[hi]) fail(`${x.nip}: golongan ${x.golongan} outside ${lo}-${hi} for ${p.id}`);
    } else if (st === 'pppk') {
      pppk++;
      if (STRUCTURAL.has(p.kind)) fail(`${x.nip}: PPPK on a structural post`);
      if (!/^(V|VII|IX|X)$/.test(x.golongan)) fail(`${x.nip}: PPPK grade ${x.golongan}`);
      if (x.nip.slice(0, 8) !== x.birth_date.replaceAll('-', '')) fail(`${x.nip}: PPPK number birth date`);
    } else fail(`${x.nip}: bad status ${x.status}`);
  }
  let vacant = 0;
  let structural = 0;
  for (const p of P) {
    const n = holders.get(p.id) ?? 0;
    if (STRUCTURAL.has(p.kind)) {
      structural++;
      if (n > 1) fail(`${p.id}: ${n} holders on a structural post`);
      if (n === 0) vacant++;
      if (n === 0 && !p.parent_id) fail(`${p.id}: OPD head vacant`);
    } else if (n < 1 || n > 3) fail(`${p.id}: ${n} holders (want 1-3)`);
  }
  if (vacant / structural < 0.01 || vacant / structural > 0.05) fail(`vacancy ${vacant}/${structural}`);
  if (pppk / H.length < 0.01 || pppk / H.length > 0.04) fail(`PPPK ${pppk}/${H.length}`);
  const seniors = H.filter((x) => ['administrator', 'pengawas'].includes(ids.get(x.post_id)?.kind));
  const n57 = seniors.filter((x) => ageOn(x.birth_date) === 57).length;
  if (n57 < 1 || n57 / seniors.length > 0.06) fail(`aged-57 administrators/pengawas: ${n57}`);

  // --- xlsx
  for (const [f, sheet, csvText] of [['posts.xlsx', 'Jabatan', raw['posts.csv']], ['people.xlsx', 'Pegawai', raw['people.csv']]]) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(OUT, f)));
    const ws = wb.worksheets[0];
    if (ws.name !== sheet) fail(`${f}: first sheet is ${ws.name}`);
    const rows = parse(csvText);
    if (ws.rowCount !== rows.length) fail(`${f}: ${ws.rowCount} rows, csv has ${rows.length}`);
    rows.forEach((r, i) => {
      const row = ws.getRow(i + 1);
      r.forEach((v, j) => {
        const c = row.getCell(j + 1);
        const got = c.value === null || c.value === undefined ? '' : c.value;
        if (typeof got !== 'string' || got !== v) fail(`${f}: row ${i + 1} col ${j + 1}: ${JSON.stringify(got)} != ${JSON.stringify(v)}`);
      });
    });
  }

  // --- SIMPEG export
  const sim = {};
  for (const f of ['unor.csv', 'pegawai.csv']) {
    const buf = readFileSync(join(OUT_SIMPEG, f));
    if (buf[0] === 0xef) fail(`${f}: BOM`);
    if (buf.some((b) => b > 0x7e)) fail(`${f}: non-ASCII byte`);
    const text = buf.toString('latin1');
    if (/[^\r]\n/.test(text) || !text.endsWith('\r\n')) fail(`${f}: not CRLF`);
    sim[f] = parse(text, { columns: true, delimiter: ';', record_delimiter: '\r\n' });
    const head = text.split('\r\n')[0];
    const want = (f === 'unor.csv' ? SIMPEG_POST_COLUMNS : SIMPEG_PEOPLE_COLUMNS).join(';');
    if (head !== want) fail(`${f}: header ${head}`);
  }
  const gids = new Map(sim['unor.csv'].map((r) => [r.ID, r]));
  if (gids.size !== sim['unor.csv'].length) fail('unor.csv: duplicate ID');
  for (const r of sim['unor.csv']) {
    if (!/^[0-9A-F]{32}$/.test(r.ID)) fail(`unor.csv: bad ID ${r.ID}`);
    if (r.DIATASAN_ID && !gids.has(r.DIATASAN_ID)) fail(`unor.csv: ${r.ID} parent missing`);
    if (!['21', '22', '31', '32', '41', '42', '99'].includes(r.ESELON_ID)) fail(`unor.csv: eselon ${r.ESELON_ID}`);
    if (r.NAMA_JABATAN !== r.NAMA_JABATAN.toUpperCase()) fail('unor.csv: title not upper case');
  }
  if (sim['unor.csv'].length < 60 || sim['unor.csv'].length > 110) fail(`unor.csv: ${sim['unor.csv'].length} rows`);
  for (const r of sim['pegawai.csv']) {
    if (!gids.has(r.JABATAN_ID)) fail(`pegawai.csv: post ${r.JABATAN_ID} missing`);
    const nip = r.NIP_BARU.replaceAll(' ', '');
    if (!nips.has(nip)) fail(`pegawai.csv: NIP ${r.NIP_BARU} not in people.csv`);
    const [d, m, y] = r.TGL_LAHIR.split('-');
    if (nip.slice(0, 8) !== `${y}${m}${d}`) fail(`pegawai.csv: ${nip} TGL_LAHIR`);
  }

  if (errors.length) {
    for (const e of errors.slice(0, 50)) console.error(`FAIL ${e}`);
    console.error(`${errors.length} check(s) failed`);
    process.exit(1);
  }
  console.log(`ok: ${P.length} posts in ${opds.size} OPD, ${H.length} people, ${vacant} vacant structural posts, ${pppk} PPPK, ` +
    `${sim['unor.csv'].length} + ${sim['pegawai.csv'].length} rows in ekspor-simpeg`);
}

if (!process.argv.includes('--check')) await generate();
await check();
