/**
 * The region file (region.yaml): who enacts the drafts and the facts of the region a Perbup cites. Only `type` and
 * `name` are required; everything else left out becomes a highlighted placeholder in the drafts and a line of the
 * checklist. Numbers and dates of the drafts themselves are blank by default: the bureau fills them at enactment.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../../errors.js';
import { loadYaml } from '../../io/load-yaml.js';
import { schemaText } from '../../io/schemas.js';
import type { Line, Run } from './legal-doc.js';

export type RegionType = 'kabupaten' | 'kota' | 'provinsi';

/** A law or regulation as cited in Mengingat: "Undang-Undang Nomor 5 Tahun 2003 tentang … (LN … TLN …)". */
export interface Citation {
  number: string;
  year: number;
  about: string;
  /** Lembaran Negara: year and number. */
  ln?: { year: number; number: string };
  tln?: string;
  /** Lembaran Daerah (for a Perda): year and number. */
  ld?: { year: number; number: string };
  /** "sebagaimana telah diubah …" text, as the drafter wants it cited. */
  amended?: string;
}

export interface Region {
  type: RegionType;
  /** "Kabupaten Bangka Barat", "Kota Bogor", "Provinsi Jawa Barat". */
  name: string;
  /** The province a kabupaten/kota lies in (the header line under BUPATI …). */
  province?: string;
  head?: { title?: string; name?: string };
  /** Where the head enacts (ibu kota): "Mentok". */
  place?: string;
  sekda?: { name?: string };
  /** The law (or laws) that formed the region. */
  formingLaw?: Citation[];
  /** The region's Perda on the formation and composition of perangkat daerah. */
  perdaPerangkatDaerah?: Citation;
  /** Numbers and dates of the drafts; blank by default. */
  perbup?: { number?: string; year?: number; enacted?: string; promulgated?: string; beritaDaerahNumber?: string };
  keputusan?: {
    number?: string;
    year?: number;
    enacted?: string;
    /** The Minister of Home Affairs' letter approving the region's penyetaraan (cited under Memperhatikan). */
    approval?: { number?: string; date?: string };
  };
}

/** The words a region type puts into its instruments: BUPATI / WALI KOTA / GUBERNUR and what follows from it. */
export interface RegionWords {
  /** "BUPATI", "WALI KOTA", "GUBERNUR" (capitals, as in the judul and the enacting office). */
  HEAD: string;
  /** "Bupati", "Wali Kota", "Gubernur". */
  head: string;
  /** "Peraturan Bupati", "Peraturan Wali Kota", "Peraturan Gubernur". */
  regulation: string;
  /** "Keputusan Bupati", … */
  decree: string;
  /** The name without its type: "BANGKA BARAT" from "Kabupaten Bangka Barat". */
  PLACE: string;
  /** "Daerah Kabupaten Bangka Barat" as in Berita Daerah / Pemerintah Daerah. */
  berita: string;
}

const HEADS: Record<RegionType, { HEAD: string; head: string }> = {
  kabupaten: { HEAD: 'BUPATI', head: 'Bupati' },
  kota: { HEAD: 'WALI KOTA', head: 'Wali Kota' },
  provinsi: { HEAD: 'GUBERNUR', head: 'Gubernur' },
};

export function regionWords(region: Pick<Region, 'type' | 'name'>): RegionWords {
  const { HEAD, head } = HEADS[region.type];
  // No name (no region file): "…", the mark the drafts use for a blank; builders print placeRun() instead.
  const bare = region.name.replace(/^(kabupaten|kota|provinsi)\s+/i, '').trim() || '…';
  return {
    HEAD,
    head,
    regulation: `Peraturan ${head}`,
    decree: `Keputusan ${head}`,
    PLACE: bare.toUpperCase(),
    berita: `Berita Daerah ${region.name}`,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Loading region.yaml

/** region.yaml as written: snake_case keys (as setara.config.yaml and rule files), turned into a Region. */
interface CitationFile {
  number: string;
  year: number;
  about: string;
  ln?: { year: number; number: string };
  tln?: string;
  ld?: { year: number; number: string };
  amended?: string;
}

interface RegionFile {
  type: RegionType;
  name: string;
  province?: string;
  head?: { title?: string; name?: string };
  place?: string;
  sekda?: { name?: string };
  forming_law?: CitationFile[];
  perda_perangkat_daerah?: CitationFile;
  perbup?: { number?: string; year?: number; enacted?: string; promulgated?: string; berita_daerah_number?: string };
  keputusan?: { number?: string; year?: number; enacted?: string; approval?: { number?: string; date?: string } };
}

/**
 * Reads and validates a region file (rules/schemas/region.schema.json). A wrong key or value is a one-line error
 * naming the file and the line (exit 2), as for rule files.
 */
export function loadRegion(path: string, cwd: string): Region {
  const abs = resolve(cwd, path);
  if (!existsSync(abs)) throw new ConfigError({ id: 'berkas wilayah tidak ditemukan', en: 'region file not found' }, path);
  const { data } = loadYaml<RegionFile>(abs, path, 'region.schema.json');
  const { forming_law, perda_perangkat_daerah, perbup, ...rest } = data;
  const region: Region = { ...rest };
  if (forming_law) region.formingLaw = forming_law;
  if (perda_perangkat_daerah) region.perdaPerangkatDaerah = perda_perangkat_daerah;
  if (perbup) {
    const { berita_daerah_number, ...p } = perbup;
    region.perbup = { ...p, ...(berita_daerah_number !== undefined ? { beritaDaerahNumber: berita_daerah_number } : {}) };
  }
  return region;
}

/**
 * The region when no --region is given: a kabupaten with no name. Every value becomes a placeholder, the name
 * included (`regionRun(region, 'name')`); regionWords() then gives "…" for the place.
 */
export function defaultRegion(): Region {
  return { type: 'kabupaten', name: '' };
}

// ---------------------------------------------------------------------------------------------------------------
// Values as runs: the value, or a placeholder the checklist lists under its region.yaml key

/** The values of region.yaml a draft prints, by their keys in the file. */
export type RegionSlot =
  | 'name' | 'province' | 'head.name' | 'place' | 'sekda.name'
  | 'perbup.number' | 'perbup.year' | 'perbup.enacted' | 'perbup.promulgated' | 'perbup.berita_daerah_number'
  | 'keputusan.number' | 'keputusan.year' | 'keputusan.enacted' | 'keputusan.approval.number' | 'keputusan.approval.date';

/**
 * The region.yaml key a placeholder's key stands for, or undefined when the value is not the region file's (a gazette
 * number of a national law). Builders may write keys as in the file (`perbup.berita_daerah_number`) or as the
 * Region type names them (`region.formingLaw.0.ln`): both give the file's key (`forming_law`).
 */
export function regionFileKey(key: string): string | undefined {
  const parts = key.replace(/^region\./, '').split('.').filter((p) => !/^\d+$/.test(p)).map((p) => p.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
  const top = new Set(Object.keys((JSON.parse(schemaText('region.schema.json')) as { properties: object }).properties));
  if (!top.has(parts[0]!)) return undefined;
  // A citation's parts (ln, tln, ld) are filled in with the citation.
  return ['forming_law', 'perda_perangkat_daerah'].includes(parts[0]!) ? parts[0] : parts.join('.');
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** `2027-01-05` as the drafts write a date: "5 Januari 2027". */
export function dateWords(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

function slotValue(region: Region, slot: RegionSlot): string | undefined {
  const dates = (v: string | undefined) => (v ? dateWords(v) : undefined);
  const str = (v: string | number | undefined) => (v === undefined || v === '' ? undefined : String(v));
  switch (slot) {
    case 'name': return str(region.name);
    case 'province': return str(region.province);
    case 'head.name': return str(region.head?.name);
    case 'place': return str(region.place);
    case 'sekda.name': return str(region.sekda?.name);
    case 'perbup.number': return str(region.perbup?.number);
    case 'perbup.year': return str(region.perbup?.year);
    case 'perbup.enacted': return dates(region.perbup?.enacted);
    case 'perbup.promulgated': return dates(region.perbup?.promulgated);
    case 'perbup.berita_daerah_number': return str(region.perbup?.beritaDaerahNumber);
    case 'keputusan.number': return str(region.keputusan?.number);
    case 'keputusan.year': return str(region.keputusan?.year);
    case 'keputusan.enacted': return dates(region.keputusan?.enacted);
    case 'keputusan.approval.number': return str(region.keputusan?.approval?.number);
    case 'keputusan.approval.date': return dates(region.keputusan?.approval?.date);
  }
}

/** What the drafter fills in where region.yaml left a value out, in the region's own words. */
export function slotHint(region: Pick<Region, 'type'>, slot: RegionSlot): string {
  const { head } = HEADS[region.type];
  const hints: Record<RegionSlot, string> = {
    name: 'nama daerah',
    province: 'nama provinsi',
    'head.name': `nama lengkap ${head} tanpa gelar dan pangkat`,
    place: 'tempat penetapan (ibu kota)',
    'sekda.name': 'nama lengkap Sekretaris Daerah tanpa gelar dan pangkat',
    'perbup.number': `nomor Peraturan ${head}`,
    'perbup.year': `tahun Peraturan ${head}`,
    'perbup.enacted': 'tanggal penetapan',
    'perbup.promulgated': 'tanggal pengundangan',
    'perbup.berita_daerah_number': 'nomor Berita Daerah',
    'keputusan.number': `nomor Keputusan ${head}`,
    'keputusan.year': `tahun Keputusan ${head}`,
    'keputusan.enacted': 'tanggal penetapan',
    'keputusan.approval.number': 'nomor surat persetujuan penyetaraan Menteri Dalam Negeri',
    'keputusan.approval.date': 'tanggal surat persetujuan penyetaraan Menteri Dalam Negeri',
  };
  return hints[slot];
}

/** The value (in capitals when `upper`), or a placeholder keyed by the region.yaml key. */
export function regionRun(region: Region, slot: RegionSlot, opts: { upper?: boolean } = {}): Run {
  const v = slotValue(region, slot);
  if (v === undefined) return { placeholder: slot, hint: slotHint(region, slot) };
  return opts.upper ? v.toUpperCase() : v;
}

/** The region's place in capitals ("CONTOH" of "Kabupaten Contoh"), or the name placeholder. */
export function placeRun(region: Region): Run {
  return region.name ? regionWords(region).PLACE : regionRun(region, 'name');
}

/** The office as it signs, in capitals: head.title when given ("Penjabat Bupati"), else BUPATI/WALI KOTA/GUBERNUR; then the place. */
export function signingOffice(region: Region): Line {
  const title = region.head?.title ? region.head.title.toUpperCase() : HEADS[region.type].HEAD;
  return [`${title} `, placeRun(region)];
}
