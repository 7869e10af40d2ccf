/** Typed, indexed reference data loaded from rules/data/*.yaml (see src/rules/reference.ts). */
import type { Citation } from '../model/finding.js';
import type { TypicalEselon } from '../model/infer-eselon.js';
import type { Education, Eselon, Golongan, Jenjang, Kind } from '../model/types.js';

/** Confidence of a fact in the data files: `confirmed` only where a source in docs/sources.md states it. */
export type FactConfidence = 'confirmed' | 'unconfirmed';

export const JF_KATEGORIS = ['keahlian', 'keterampilan', 'keahlian-keterampilan', 'unknown'] as const;
export type JfKategori = (typeof JF_KATEGORIS)[number];

/** BKN `jenis_jabatan_umum`: 1 guru, 2 tenaga medis, 3 tenaga teknis. */
export type JfGroup = 'guru' | 'tenaga-medis' | 'tenaga-teknis';

/** One JF of rules/data/jf-catalog.yaml. */
export interface JfEntry {
  /** Stable kebab-case id, e.g. `analis-sdm-aparatur`. */
  id: string;
  /** Current official name, e.g. `Analis Sumber Daya Manusia Aparatur`. */
  name: string;
  /** Old names, abbreviations, spelling variants and raw BKN spellings. */
  aliases: string[];
  /** Instansi pembina (supervising agency). */
  pembina: string;
  /** Successor or alternative agency names (unconfirmed; for recognising a name only). */
  pembinaAliases: string[];
  pembinaConfidence: FactConfidence;
  /** BKN kelompok jabatan ids (SIASN `kel_jabatan`); empty for JF added from the domain documents. */
  bknIds: string[];
  kategori: JfKategori;
  /** Jenjang known to exist (may be incomplete, see the entry note); null when not known. */
  jenjang: Jenjang[] | null;
  /** Confidence of the kategori/jenjang facts. */
  confidence: FactConfidence;
  group: JfGroup;
  source: 'bkn' | 'domain';
  /** The JF's own regulation, only where a source in docs/sources.md states it. */
  citation?: Citation;
  note?: string;
  /** Line of the entry in the catalog file. */
  line?: number;
}

export type ExcludedReason = 'structural' | 'pelaksana' | 'ambiguous' | 'unidentified' | 'not-jf';

/** A BKN row that is not a JF (or cannot be tied to one). */
export interface ExcludedBknRow {
  bknId: string;
  name: string;
  reason: ExcludedReason;
  note: string;
  /** A JF it may correspond to, for an analyst to check. */
  candidate?: string;
}

/** One entry of rules/data/jf-keywords.yaml: words found in unit/post names that point to a JF. */
export interface KeywordEntry {
  jf: string;
  /** Lower-case words or short phrases. */
  words: string[];
  /** 1..3; more specific phrases weigh more. */
  weight: number;
  note?: string;
  line?: number;
}

export interface KeywordHit {
  jf: string;
  weight: number;
}

export interface GolonganInfo {
  golongan: Golongan;
  pangkat: string;
  bknId: number;
  /** 1 (I/a) … 17 (IV/e). */
  order: number;
  citation: Citation;
}

export interface GolonganRange {
  min: Golongan;
  max: Golongan;
}

export interface JenjangInfo {
  jenjang: Jenjang;
  /** Indonesian label, e.g. `Ahli Muda`. */
  label: string;
  kategori: 'keahlian' | 'keterampilan';
  /** Rank within the kategori, 1 = lowest. */
  order: number;
  golongan: GolonganRange;
  bup: number;
  /** Citation of the golongan range. */
  citation: Citation;
  /** Citation of the kategori/jenjang names (UU 5/2014 Pasal 18). */
  kategoriCitation: Citation;
  bupCitation: Citation;
  note?: string;
}

export interface EselonInfo {
  eselon: Eselon;
  /** 1 (I.a) … 10 (V.b). */
  order: number;
  /** Every ASN kind the eselon may equal; the first is the default. */
  kinds: Kind[];
  defaultKind: Kind;
  /** BKN eselon ids, each with the kind it stands for. */
  bkn: Array<{ id: number; kind: Kind }>;
  golongan: { lowest: Golongan; highest: Golongan };
  kindCitation: Citation;
  golonganCitation: Citation;
}

export const BUP_CLASSES = ['administrasi', 'ahli_pertama', 'ahli_muda', 'keterampilan', 'ahli_madya', 'jpt', 'ahli_utama'] as const;
export type BupClass = (typeof BUP_CLASSES)[number];

export interface BupClassInfo {
  bup: number;
  description: string;
  citation: Citation;
}

export interface BupTable {
  byClass: Map<BupClass, BupClassInfo>;
  citation: Citation;
  /** E.g. JF whose BUP is set by a specific law (PP 11/2017 Pasal 240). */
  exceptions: Array<{ id: string; description: string; citation: Citation }>;
  /** The ages of those JF, each with its own citation and confidence (bup.yaml `jf_ages`). */
  jfAges: JfAge[];
  notes: string[];
}

/** A JF whose own rules set its BUP: found by JF id (an equalised post) or by a title starting with one of `titles`. */
export interface JfAge {
  id: string;
  jf: string;
  titles: string[];
  bup: number;
  description: string;
  citation: Citation;
}

export interface EducationLevelInfo {
  level: Education;
  label: string;
  /** 1 (SD) … 10 (S3); D4 (7) sits below S1 (8) only for sorting. */
  order: number;
  bknIds: number[];
  /** Typical entry golongan for the level (unconfirmed hint). */
  entryGolongan?: Golongan;
}

export interface EducationTable {
  levels: Map<Education, EducationLevelInfo>;
  byBknId: Map<number, Education>;
  entryGolonganCitation: Citation;
  /** Minimum for a JF keahlian: S1/D4; `minOrder` is the lowest order among `levels`. */
  keahlianMinimum: { levels: Education[]; minOrder: number; description: string; citation: Citation };
  catchUp: { years: number; consequence: 'jabatan_pelaksana'; description: string; citation: Citation };
  ujiKompetensiIfMismatch: { description: string; citation: Citation };
  /** D-III handling: not stated by any source; a documented, overridable default. */
  d3: { default: 'below_minimum' | 'meets_minimum'; description: string; citation: Citation };
}

export type MappingSource = 'administrator' | 'pengawas' | 'pelaksana_eselon_v';

export interface MappingRule {
  from: MappingSource;
  eselon: Eselon[];
  to: Jenjang;
  citation: Citation;
}

export interface PenyetaraanMapping {
  regulation: string;
  rules: MappingRule[];
  byFrom: Map<MappingSource, MappingRule>;
  byEselon: Map<Eselon, MappingRule>;
  ignoreGolongan: { value: boolean; description: string; citation: Citation };
  outOfScope: Array<{ what: 'pelaksana_non_eselon' | 'jpt'; description: string; citation: Citation }>;
}

export interface ReferenceData {
  /** The directory the files were read from. */
  dir: string;
  /** JF by id, in catalog order. */
  jf: Map<string, JfEntry>;
  /** Normalised name or alias (see normaliseJfName) → JF id. */
  jfByName: Map<string, string>;
  /** BKN kelompok jabatan id → JF id. */
  jfByBknId: Map<string, string>;
  /** BKN rows that are not JF. */
  excluded: ExcludedBknRow[];
  /** Catalog provenance: the BKN CSV's public source line. */
  jfSource: string;
  keywords: KeywordEntry[];
  /** Word → the JF it points to, with weights. */
  keywordIndex: Map<string, KeywordHit[]>;
  golongan: Map<Golongan, GolonganInfo>;
  golonganByBknId: Map<number, Golongan>;
  jenjang: Map<Jenjang, JenjangInfo>;
  eselon: Map<Eselon, EselonInfo>;
  eselonByBknId: Map<number, { eselon: Eselon; kind: Kind }>;
  bup: BupTable;
  education: EducationTable;
  mapping: PenyetaraanMapping;
  /** Typical eselon of a post by the unit it heads and where it sits (rules/data/eselon-typical.yaml, unconfirmed). */
  eselonTypical: TypicalEselon[];
}
