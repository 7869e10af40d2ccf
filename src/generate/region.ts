/**
 * One synthetic regency: Setda, Sekretariat DPRD, Inspektorat, Dinas/Badan and Kecamatan/Kelurahan, as posts in
 * depth-first order (every parent before its children), ids prefixed with the region code.
 */
import type { Kind } from '../model/types.js';
import { PELAKSANA, placeName } from './catalog.js';
import {
  INSPEKTORAT_SUBBAGIAN, KECAMATAN_SEKSI, KECAMATAN_SUBBAGIAN, KELURAHAN_SEKSI, national, OPD_TEMPLATES, SEKRETARIAT_SUBBAGIAN,
  SETDA_ASISTEN, SETWAN_BAGIAN, type OpdTemplate,
} from './opd-templates.js';
import type { Rng } from './prng.js';

export interface GenPost {
  id: string;
  parentId: string;
  name: string;
  kind: Kind;
  eselon: string;
  unit: string;
  opd: string;
  /** Written on ~70% of the rows; the rest is left to the tool's inference from the names (as in real exports). */
  unitType: string;
  /** The unit type the post really has (internal). */
  trueUnitType: string;
  /** The field its holders' degrees come from (internal; the OPD's or the Bagian's, see S1_TITLES). */
  sector: string;
}

export interface Region {
  code: string;
  name: string;
  posts: GenPost[];
}

const KIND_OF: Record<string, Kind> = { II: 'jpt_pratama', III: 'administrator', IV: 'pengawas' };
const kindOfEselon = (e: string): Kind => KIND_OF[e.split('.')[0]!]!;

class Builder {
  readonly posts: GenPost[] = [];
  private readonly childCount = new Map<string, number>();
  private place = 0;

  constructor(private readonly rng: Rng, private readonly placeOffset: number) {}

  /** A place name unique within the region (kecamatan, kelurahan, UPT sites). */
  nextPlace(): string {
    return placeName(this.placeOffset + 7919 * this.place++);
  }

  add(parent: GenPost | null, f: { id?: string; name: string; kind: Kind; eselon?: string; unit?: string; opd?: string; unitType?: string; forceType?: boolean; sector?: string }): GenPost {
    let id: string;
    if (parent) {
      const n = (this.childCount.get(parent.id) ?? 0) + 1;
      this.childCount.set(parent.id, n);
      id = `${parent.id}.${String(n).padStart(2, '0')}`;
    } else id = f.id!;
    const trueUnitType = f.unitType ?? parent!.trueUnitType;
    const p: GenPost = {
      id, parentId: parent ? parent.id : '', name: f.name, kind: f.kind, eselon: f.eselon ?? '',
      unit: f.unit ?? parent!.unit, opd: parent ? parent.opd : f.opd!, trueUnitType, sector: f.sector ?? parent!.sector,
      unitType: f.forceType || this.rng.chance(0.7) ? trueUnitType : '',
    };
    this.posts.push(p);
    return p;
  }

  head(parent: GenPost, name: string, eselon: string, unit: string, unitType: string, forceType = false, sector?: string): GenPost {
    return this.add(parent, { name, kind: kindOfEselon(eselon), eselon, unit, unitType, forceType, sector });
  }

  root(id: string, opd: string, name: string, eselon: string, unitType: string, sector: string): GenPost {
    return this.add(null, { id, opd, name, kind: kindOfEselon(eselon), eselon, unit: opd, unitType, forceType: true, sector });
  }

  jf(parent: GenPost, titles: readonly string[]): void {
    for (const t of titles) this.add(parent, { name: t, kind: 'fungsional' });
  }

  /** 1–3 pelaksana posts under a head, from the unit's theme and the sector's own titles. */
  pel(parent: GenPost, extra: readonly string[] = [], counts: ReadonlyArray<readonly [number, number]> = [[1, 70], [2, 24], [3, 6]]): void {
    const n = this.rng.weighted(counts);
    const pool = [...new Set([...extra, ...PELAKSANA[themeOf(parent.unit)]])];
    for (const t of this.rng.sample(pool, n)) this.add(parent, { name: t, kind: 'pelaksana' });
  }

  subunits(parent: GenPost, type: 'subbagian' | 'seksi' | 'subbidang', names: readonly string[], eselon: string, extra: readonly string[] = [], suffix = ''): GenPost[] {
    const word = { subbagian: 'Subbagian', seksi: 'Seksi', subbidang: 'Subbidang' }[type];
    return names.map((n) => {
      const unit = `${word} ${n}${suffix}`;
      const h = this.head(parent, `Kepala ${unit}`, eselon, unit, type);
      this.pel(h, extra);
      return h;
    });
  }
}

function themeOf(unit: string): keyof typeof PELAKSANA {
  if (/Keuangan|Perbendaharaan|Kas Daerah/.test(unit)) return 'keuangan';
  if (/Perencanaan|Program|Evaluasi dan Pelaporan/.test(unit)) return 'perencanaan';
  if (/Umum|Kepegawaian|Tata Usaha|Rumah Tangga|Perlengkapan/.test(unit)) return 'umum';
  return 'teknis';
}

/** Builds region number `index` (0-based); `code` prefixes every id, `name` ends every OPD name. */
export function buildRegion(rng: Rng, index: number, code: string, name: string): Region {
  const b = new Builder(rng, index * 131);
  const kab = `Kabupaten ${name}`;

  // Sekretariat Daerah
  {
    const opd = `Sekretariat Daerah ${kab}`;
    const sekda = b.root(`${code}.SETDA`, opd, `Sekretaris Daerah ${kab}`, 'II.a', 'sekretariat_daerah', 'pemerintahan');
    for (const a of SETDA_ASISTEN) {
      const asisten = b.head(sekda, a.name, 'II.b', a.name, 'lainnya');
      for (const bag of national(a.bagian)) {
        const unit = `Bagian ${bag.name}`;
        const kb = b.head(asisten, `Kepala ${unit}`, 'III.a', unit, bag.pengadaan ? 'pengadaan' : 'bagian', bag.pengadaan, bag.sector);
        b.subunits(kb, 'subbagian', bag.subs, 'IV.a');
        if (bag.jf) b.jf(kb, bag.jf);
      }
    }
  }

  // Sekretariat DPRD
  {
    const opd = `Sekretariat DPRD ${kab}`;
    const r = b.root(`${code}.SETWAN`, opd, `Sekretaris DPRD ${kab}`, 'II.b', 'sekretariat_dprd', 'pemerintahan');
    for (const bag of national(SETWAN_BAGIAN)) {
      const unit = `Bagian ${bag.name}`;
      const kb = b.head(r, `Kepala ${unit}`, 'III.a', unit, 'bagian');
      b.subunits(kb, 'subbagian', bag.subs, 'IV.a');
    }
    b.jf(r, ['Pranata Hubungan Masyarakat Ahli Pertama']);
  }

  // Inspektorat
  {
    const opd = `Inspektorat ${kab}`;
    const r = b.root(`${code}.INSP`, opd, `Inspektur ${kab}`, 'II.b', 'inspektorat', 'pengawasan');
    const sek = b.head(r, 'Sekretaris Inspektorat', 'III.a', 'Sekretariat Inspektorat', 'sekretariat');
    b.subunits(sek, 'subbagian', INSPEKTORAT_SUBBAGIAN, 'IV.a');
    for (const w of ['I', 'II', 'III', 'IV']) {
      const unit = `Inspektur Pembantu Wilayah ${w}`;
      const ir = b.head(r, unit, 'III.a', unit, 'lainnya');
      b.jf(ir, rng.sample(['Auditor Ahli Muda', 'Auditor Ahli Pertama', 'Auditor Terampil', 'Pengawas Penyelenggaraan Urusan Pemerintahan Daerah Ahli Pertama', 'Pengawas Penyelenggaraan Urusan Pemerintahan Daerah Ahli Muda'], rng.int(2, 4)));
    }
    b.jf(r, ['Auditor Ahli Madya']);
  }

  // Dinas and Badan: every core OPD, and most of the others.
  for (const t of OPD_TEMPLATES) if (t.core || rng.chance(0.7)) dinas(b, rng, t, code, kab);

  // Kecamatan and Kelurahan
  const nKec = rng.int(5, 14);
  for (let k = 1; k <= nKec; k++) {
    const kec = b.nextPlace();
    const opd = `Kecamatan ${kec} ${kab}`;
    const r = b.root(`${code}.KEC${String(k).padStart(2, '0')}`, opd, `Camat ${kec}`, 'III.a', 'kecamatan', 'pemerintahan');
    const sek = b.head(r, `Sekretaris Kecamatan ${kec}`, 'III.b', `Sekretariat Kecamatan ${kec}`, 'sekretariat');
    b.subunits(sek, 'subbagian', KECAMATAN_SUBBAGIAN, 'IV.b', [], ` Kecamatan ${kec}`);
    b.subunits(r, 'seksi', KECAMATAN_SEKSI, 'IV.a', ['Pengadministrasi Umum', 'Pengolah Data'], ` Kecamatan ${kec}`);
    const nKel = rng.weighted([[0, 30], [1, 20], [2, 25], [3, 25]] as const);
    for (let l = 0; l < nKel; l++) {
      const kel = b.nextPlace();
      const unit = `Kelurahan ${kel}`;
      const lurah = b.head(r, `Lurah ${kel}`, 'IV.a', unit, 'kelurahan');
      b.add(lurah, { name: 'Pengadministrasi Umum', kind: 'pelaksana' });
      for (const s of KELURAHAN_SEKSI) {
        const su = `Seksi ${s} Kelurahan ${kel}`;
        const h = b.head(lurah, `Kepala ${su}`, 'IV.b', su, 'seksi');
        if (rng.chance(0.5)) b.add(h, { name: rng.pick(['Pengadministrasi Umum', 'Pengolah Data', 'Pengelola Program dan Kegiatan']), kind: 'pelaksana' });
      }
    }
  }
  return { code, name, posts: b.posts };
}

function dinas(b: Builder, rng: Rng, t: OpdTemplate, code: string, kab: string): void {
  const opd = `${t.name} ${kab}`;
  const r = b.root(`${code}.${t.code}`, opd, `Kepala ${opd}`, 'II.b', t.type, t.sector);
  const sekUnit = `Sekretariat ${t.name}`;
  const sek = b.head(r, `Sekretaris ${t.name}`, 'III.a', sekUnit, 'sekretariat');
  b.subunits(sek, 'subbagian', t.subbagian ?? SEKRETARIAT_SUBBAGIAN, 'IV.a');
  if (rng.chance(0.3)) b.jf(sek, [rng.pick(['Arsiparis Terampil', 'Perencana Ahli Pertama', 'Analis Keuangan Pusat dan Daerah Ahli Pertama'])]);
  for (const bid of national(t.bidang)) {
    const unit = `Bidang ${bid.name}`;
    const kb = b.head(r, `Kepala ${unit}`, 'III.b', unit, 'bidang');
    b.subunits(kb, t.type === 'dinas' ? 'seksi' : 'subbidang', bid.subs, 'IV.a', t.pel ?? []);
    if (bid.jf) b.jf(kb, bid.jf);
  }
  if (t.upt) {
    const n = rng.int(t.upt.count[0], t.upt.count[1]);
    for (let i = 0; i < n; i++) {
      const unit = t.upt.count[1] === 1 ? t.upt.name : `${t.upt.name} ${b.nextPlace()}`;
      const h = b.head(r, `Kepala ${unit}`, 'IV.a', unit, 'upt');
      if (t.upt.tu) {
        const tu = `Subbagian Tata Usaha ${unit}`;
        const k = b.head(h, `Kepala ${tu}`, 'IV.b', tu, 'subbagian');
        b.pel(k);
      }
      if (t.upt.jf.length) b.jf(h, rng.sample(t.upt.jf, rng.int(Math.min(2, t.upt.jf.length), t.upt.jf.length)));
      else b.pel(h, t.pel ?? []);
    }
  }
}
