/**
 * Loads the shipped reference data (rules/data/*.yaml): the JF catalog, the JF keyword table, and the golongan,
 * jenjang, eselon, BUP, education and 17/2021 mapping tables. Each file is parsed with `yaml`, validated against its
 * JSON Schema in rules/schemas/ (ajv, allErrors, strict) and cross-checked; any problem throws a ConfigError naming
 * the file and, where possible, the line.
 */
import { join } from 'node:path';
import { ConfigError } from '../errors.js';
import type { Text } from '../i18n/index.js';
import type { Citation } from '../model/finding.js';
import type { TypicalEselon } from '../model/infer-eselon.js';
import { kindForEselon } from '../model/parse/eselon.js';
import { EDUCATIONS, ESELONS, GOLONGANS, JENJANGS, type Education, type Eselon, type Golongan, type Jenjang, type Kind, type UnitType } from '../model/types.js';
import { loadYaml } from '../io/load-yaml.js';
import { RULES_DIR } from '../io/package-paths.js';
import {
  BUP_CLASSES,
  type BupClass,
  type BupClassInfo,
  type EducationLevelInfo,
  type EselonInfo,
  type ExcludedBknRow,
  type ExcludedReason,
  type FactConfidence,
  type GolonganInfo,
  type JenjangInfo,
  type JfEntry,
  type JfGroup,
  type JfKategori,
  type KeywordEntry,
  type KeywordHit,
  type MappingRule,
  type MappingSource,
  type ReferenceData,
} from './reference-types.js';

export const DEFAULT_REFERENCE_DIR = join(RULES_DIR, 'data');

/** The data files and the schema each is validated against. */
export const REFERENCE_FILES = {
  jfCatalog: ['jf-catalog.yaml', 'jf-catalog.schema.json'],
  jfKeywords: ['jf-keywords.yaml', 'jf-keywords.schema.json'],
  golongan: ['golongan.yaml', 'golongan.schema.json'],
  jenjang: ['jenjang.yaml', 'jenjang.schema.json'],
  eselon: ['eselon.yaml', 'eselon.schema.json'],
  bup: ['bup.yaml', 'bup.schema.json'],
  education: ['education.yaml', 'education.schema.json'],
  mapping: ['mapping-17-2021.yaml', 'mapping-17-2021.schema.json'],
  eselonTypical: ['eselon-typical.yaml', 'eselon-typical.schema.json'],
  // Loaded by the Perbup draft (src/report/draft/perbup-citations.ts), listed here so the build caches it too.
  perbupCitations: ['perbup-citations.yaml', 'perbup-citations.schema.json'],
} as const;

let cachedDefault: ReferenceData | undefined;

/**
 * Loads and validates the reference data. Without `dir`, reads the package's rules/data and memoises the result;
 * with `dir`, reads that directory afresh (no cache).
 */
export function loadReferenceData(dir?: string): ReferenceData {
  if (dir === undefined) {
    cachedDefault ??= load(DEFAULT_REFERENCE_DIR, (name) => `rules/data/${name}`, true);
    return cachedDefault;
  }
  return load(dir, (name) => join(dir, name));
}

/** Lower case, apostrophes dropped, punctuation as spaces, spaces collapsed: the key of `jfByName`. */
export function normaliseJfName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['`’‘]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const JENJANG_WORDS = /\b(ahli (pertama|muda|madya|utama)|pemula|terampil|mahir|penyelia)\b/g;

/** Finds a JF by name or alias, also when the name carries a jenjang (`Perencana Ahli Muda`). */
export function findJf(data: ReferenceData, name: string): JfEntry | undefined {
  const key = normaliseJfName(name);
  const id = data.jfByName.get(key) ?? data.jfByName.get(key.replace(JENJANG_WORDS, ' ').replace(/\s+/g, ' ').trim());
  return id === undefined ? undefined : data.jf.get(id);
}

/** The BUP class of a post: administrasi for administrator/pengawas/pelaksana, jpt for JPT, else by JF jenjang. */
export function bupClassOf(kind: Kind, jenjang: Jenjang | null): BupClass | null {
  switch (kind) {
    case 'administrator':
    case 'pengawas':
    case 'pelaksana':
      return 'administrasi';
    case 'jpt_utama':
    case 'jpt_madya':
    case 'jpt_pratama':
      return 'jpt';
    case 'fungsional':
      if (jenjang === null) return null;
      return jenjang.startsWith('ahli_') ? (jenjang as BupClass) : 'keterampilan';
  }
}

/** Whether golongan `g` lies in the jenjang's range (rules/data/jenjang.yaml, cited there). */
export function golonganInJenjangRange(data: ReferenceData, g: Golongan, j: Jenjang): boolean {
  const info = data.jenjang.get(j);
  if (!info) return false;
  const o = GOLONGANS.indexOf(g);
  return o >= GOLONGANS.indexOf(info.golongan.min) && o <= GOLONGANS.indexOf(info.golongan.max);
}

/** Whether an education level meets the keahlian minimum (S1/D4). */
export function meetsKeahlianMinimum(data: ReferenceData, edu: Education): boolean {
  const info = data.education.levels.get(edu);
  return info !== undefined && info.order >= data.education.keahlianMinimum.minOrder;
}

// --------------------------------------------------------------------------------------------------------------
// Raw file shapes (snake_case, as written; guaranteed by the schemas).

type FileKey = keyof typeof REFERENCE_FILES;

interface RawJf {
  id: string; name: string; aliases: string[]; pembina: string; pembina_aliases?: string[];
  pembina_confidence: FactConfidence; bkn_ids: string[]; kategori: JfKategori; jenjang?: Jenjang[];
  confidence: FactConfidence; group: JfGroup; source: 'bkn' | 'domain'; citation?: Citation; note?: string;
}
interface RawCatalog {
  version: 1; source: string; notes: string[]; jf: RawJf[];
  excluded: Array<{ bkn_id: string; name: string; reason: ExcludedReason; note: string; candidate?: string }>;
}
interface RawKeywords { version: 1; keywords: Array<{ jf: string; words: string[]; weight: number; note?: string }> }
interface RawGolongan { version: 1; citation: Citation; golongan: Array<{ golongan: Golongan; pangkat: string; bkn_id: number; order: number; citation?: Citation }> }
interface RawJenjang {
  version: 1; kategori_citation: Citation; bup_citation: Citation;
  jenjang: Array<{ jenjang: Jenjang; label: string; kategori: 'keahlian' | 'keterampilan'; order: number; golongan: { min: Golongan; max: Golongan }; bup: number; citation: Citation; note?: string }>;
}
interface RawEselon {
  version: 1; kind_citation: Citation; golongan_citation: Citation;
  eselon: Array<{ eselon: Eselon; order: number; kinds: Kind[]; bkn: Array<{ id: number; kind: Kind }>; golongan: { lowest: Golongan; highest: Golongan } }>;
}
interface RawBup {
  version: 1; citation: Citation; notes?: string[];
  classes: Array<{ class: BupClass; bup: number; description: string; citation?: Citation }>;
  exceptions: Array<{ id: string; description: string; citation: Citation }>;
  jf_ages?: Array<{ id: string; jf: string; titles: string[]; bup: number; description: string; citation: Citation }>;
}
interface RawEducation {
  version: 1;
  levels: Array<{ level: Education; label: string; order: number; bkn_ids: number[]; entry_golongan?: Golongan }>;
  entry_golongan_citation: Citation;
  keahlian_minimum: { levels: Education[]; description: string; citation: Citation };
  catch_up: { years: number; consequence: 'jabatan_pelaksana'; description: string; citation: Citation };
  uji_kompetensi_if_mismatch: { description: string; citation: Citation };
  d3: { default: 'below_minimum' | 'meets_minimum'; description: string; citation: Citation };
}
interface RawMapping {
  version: 1; regulation: string;
  mapping: Array<{ from: MappingSource; eselon: Eselon[]; to: Jenjang; citation: Citation }>;
  ignore_golongan: { value: boolean; description: string; citation: Citation };
  out_of_scope: Array<{ what: 'pelaksana_non_eselon' | 'jpt'; description: string; citation: Citation }>;
}

interface RawTypical {
  version: 1; citation: Citation; notes?: string[];
  posts: Array<{ post: string; heads: UnitType; within?: UnitType[]; eselon: Eselon; citation?: Citation; note?: string }>;
}

interface Parsed<T> {
  data: T;
  file: string;
  /** Line of a JSON pointer in the file. */
  lineOf(pointer: string): number | undefined;
}

// --------------------------------------------------------------------------------------------------------------

function readFile<T>(dir: string, key: FileKey, display: (name: string) => string): Parsed<T> {
  const [name, schemaFile] = REFERENCE_FILES[key];
  const file = display(name);
  const { data, lineOf } = loadYaml<T>(join(dir, name), file, schemaFile);
  return { data, file, lineOf };
}

function fail<T>(parsed: Parsed<T>, pointer: string, text: Text): never {
  throw new ConfigError(text, parsed.file, parsed.lineOf(pointer));
}

// --------------------------------------------------------------------------------------------------------------

/**
 * With `lazyJf` (the shipped data only), the JF catalog and keyword table (most of the bytes, ~0.5 s of YAML) are
 * read on first use of a JF field: validate never needs them. A problem in them then surfaces on that first use.
 */
function load(dir: string, display: (name: string) => string, lazyJf = false): ReferenceData {
  const jfPart = () => {
    const catalog = readFile<RawCatalog>(dir, 'jfCatalog', display);
    const keywordsFile = readFile<RawKeywords>(dir, 'jfKeywords', display);
    const { jf, jfByName, jfByBknId, excluded } = buildCatalog(catalog);
    const { keywords, keywordIndex } = buildKeywords(keywordsFile, jf);
    return { jf, jfByName, jfByBknId, excluded, jfSource: catalog.data.source, keywords, keywordIndex };
  };
  const eager = lazyJf ? undefined : jfPart();
  const golonganFile = readFile<RawGolongan>(dir, 'golongan', display);
  const jenjangFile = readFile<RawJenjang>(dir, 'jenjang', display);
  const eselonFile = readFile<RawEselon>(dir, 'eselon', display);
  const bupFile = readFile<RawBup>(dir, 'bup', display);
  const educationFile = readFile<RawEducation>(dir, 'education', display);
  const mappingFile = readFile<RawMapping>(dir, 'mapping', display);
  const typicalFile = readFile<RawTypical>(dir, 'eselonTypical', display);

  const { golongan, golonganByBknId } = buildGolongan(golonganFile);
  const bup = buildBup(bupFile);
  const jenjang = buildJenjang(jenjangFile, bup.byClass);
  const { eselon, eselonByBknId } = buildEselon(eselonFile);
  const education = buildEducation(educationFile);
  const mapping = buildMapping(mappingFile);
  const eselonTypical = buildTypical(typicalFile);

  const rest = { dir, golongan, golonganByBknId, jenjang, eselon, eselonByBknId, bup, education, mapping, eselonTypical };
  if (eager) return { ...eager, ...rest };
  let jfData: ReturnType<typeof jfPart> | undefined;
  const data = { ...rest } as ReferenceData;
  for (const key of ['jf', 'jfByName', 'jfByBknId', 'excluded', 'jfSource', 'keywords', 'keywordIndex'] as const) {
    Object.defineProperty(data, key, { enumerable: true, get: () => (jfData ??= jfPart())[key] });
  }
  return data;
}

function buildCatalog(f: Parsed<RawCatalog>): Pick<ReferenceData, 'jf' | 'jfByName' | 'jfByBknId' | 'excluded'> {
  const jf = new Map<string, JfEntry>();
  const jfByName = new Map<string, string>();
  const jfByBknId = new Map<string, string>();
  const bknSeen = new Map<string, string>();
  f.data.jf.forEach((raw, i) => {
    const at = `/jf/${i}`;
    if (jf.has(raw.id)) fail(f, `${at}/id`, { id: `id JF '${raw.id}' ganda`, en: `duplicate JF id '${raw.id}'` });
    [raw.name, ...raw.aliases].forEach((n, k) => {
      const key = normaliseJfName(n);
      const other = jfByName.get(key);
      if (other !== undefined) {
        const ptr = k === 0 ? `${at}/name` : `${at}/aliases/${k - 1}`;
        fail(f, ptr, { id: `nama '${n}' sudah dipakai oleh '${other}'`, en: `name '${n}' is already used by '${other}'` });
      }
      jfByName.set(key, raw.id);
    });
    raw.bkn_ids.forEach((b, k) => {
      const other = bknSeen.get(b.toUpperCase());
      if (other !== undefined) fail(f, `${at}/bkn_ids/${k}`, { id: `bkn_id ${b} sudah dipakai oleh '${other}'`, en: `bkn_id ${b} is already used by '${other}'` });
      bknSeen.set(b.toUpperCase(), raw.id);
      jfByBknId.set(b, raw.id);
    });
    if (raw.source === 'bkn' && raw.bkn_ids.length === 0)
      fail(f, `${at}/bkn_ids`, { id: 'entri source: bkn tanpa bkn_ids', en: 'entry with source: bkn has no bkn_ids' });
    if (raw.source === 'domain' && raw.bkn_ids.length > 0)
      fail(f, `${at}/bkn_ids`, { id: 'entri source: domain harus bkn_ids: []', en: 'entry with source: domain must have bkn_ids: []' });
    checkKategori(f, at, raw.kategori, raw.jenjang);
    const entry: JfEntry = {
      id: raw.id,
      name: raw.name,
      aliases: raw.aliases,
      pembina: raw.pembina,
      pembinaAliases: raw.pembina_aliases ?? [],
      pembinaConfidence: raw.pembina_confidence,
      bknIds: raw.bkn_ids,
      kategori: raw.kategori,
      jenjang: raw.jenjang ?? null,
      confidence: raw.confidence,
      group: raw.group,
      source: raw.source,
    };
    if (raw.citation) entry.citation = raw.citation;
    if (raw.note !== undefined) entry.note = raw.note;
    const line = f.lineOf(at);
    if (line !== undefined) entry.line = line;
    jf.set(raw.id, entry);
  });
  const excluded: ExcludedBknRow[] = f.data.excluded.map((raw, i) => {
    const other = bknSeen.get(raw.bkn_id.toUpperCase());
    if (other !== undefined)
      fail(f, `/excluded/${i}/bkn_id`, { id: `bkn_id ${raw.bkn_id} sudah dipakai oleh '${other}'`, en: `bkn_id ${raw.bkn_id} is already used by '${other}'` });
    bknSeen.set(raw.bkn_id.toUpperCase(), 'excluded');
    if (raw.candidate !== undefined && !jf.has(raw.candidate))
      fail(f, `/excluded/${i}/candidate`, { id: `JF '${raw.candidate}' tidak ada di katalog`, en: `JF '${raw.candidate}' is not in the catalog` });
    const row: ExcludedBknRow = { bknId: raw.bkn_id, name: raw.name, reason: raw.reason, note: raw.note };
    if (raw.candidate !== undefined) row.candidate = raw.candidate;
    return row;
  });
  return { jf, jfByName, jfByBknId, excluded };
}

function checkKategori(f: Parsed<RawCatalog>, at: string, kategori: JfKategori, jenjang: Jenjang[] | undefined): void {
  if (!jenjang) return;
  const bad = (text: Text): never => fail(f, `${at}/jenjang`, text);
  const ahli = jenjang.filter((j) => j.startsWith('ahli_'));
  const terampil = jenjang.filter((j) => !j.startsWith('ahli_'));
  if (kategori === 'unknown') bad({ id: 'kategori unknown tidak boleh punya jenjang', en: 'kategori unknown cannot list jenjang' });
  if (kategori === 'keahlian' && terampil.length > 0)
    bad({ id: `kategori keahlian dengan jenjang keterampilan (${terampil.join(', ')})`, en: `kategori keahlian with keterampilan jenjang (${terampil.join(', ')})` });
  if (kategori === 'keterampilan' && ahli.length > 0)
    bad({ id: `kategori keterampilan dengan jenjang keahlian (${ahli.join(', ')})`, en: `kategori keterampilan with keahlian jenjang (${ahli.join(', ')})` });
  if (kategori === 'keahlian-keterampilan' && (ahli.length === 0 || terampil.length === 0))
    bad({ id: 'kategori keahlian-keterampilan perlu jenjang dari keduanya', en: 'kategori keahlian-keterampilan needs jenjang of both kinds' });
}

function buildKeywords(f: Parsed<RawKeywords>, jf: Map<string, JfEntry>): Pick<ReferenceData, 'keywords' | 'keywordIndex'> {
  const keywords: KeywordEntry[] = [];
  const keywordIndex = new Map<string, KeywordHit[]>();
  f.data.keywords.forEach((raw, i) => {
    if (!jf.has(raw.jf))
      fail(f, `/keywords/${i}/jf`, { id: `JF '${raw.jf}' tidak ada di katalog`, en: `JF '${raw.jf}' is not in the catalog` });
    raw.words.forEach((w, k) => {
      if (/\s{2}/.test(w)) fail(f, `/keywords/${i}/words/${k}`, { id: `spasi ganda dalam '${w}'`, en: `double space in '${w}'` });
      const hits = keywordIndex.get(w) ?? [];
      if (hits.some((h) => h.jf === raw.jf))
        fail(f, `/keywords/${i}/words/${k}`, { id: `kata '${w}' sudah ada untuk '${raw.jf}'`, en: `word '${w}' is already listed for '${raw.jf}'` });
      hits.push({ jf: raw.jf, weight: raw.weight });
      keywordIndex.set(w, hits);
    });
    const entry: KeywordEntry = { jf: raw.jf, words: raw.words, weight: raw.weight };
    if (raw.note !== undefined) entry.note = raw.note;
    const line = f.lineOf(`/keywords/${i}`);
    if (line !== undefined) entry.line = line;
    keywords.push(entry);
  });
  return { keywords, keywordIndex };
}

/** Checks that `rows` hold each value of `all` exactly once; fails at the duplicate or at the list. */
function checkComplete<T, V extends string>(f: Parsed<T>, listPtr: string, all: readonly V[], values: V[], what: string): void {
  const seen = new Set<V>();
  values.forEach((v, i) => {
    if (seen.has(v)) fail(f, `${listPtr}/${i}`, { id: `${what} '${v}' ganda`, en: `duplicate ${what} '${v}'` });
    seen.add(v);
  });
  const missing = all.filter((v) => !seen.has(v));
  if (missing.length) fail(f, listPtr, { id: `${what} tidak lengkap: ${missing.join(', ')} tidak ada`, en: `incomplete ${what} list: missing ${missing.join(', ')}` });
}

/** Checks that `rows` (order and index in the list) have distinct orders. */
function checkOrders<T>(f: Parsed<T>, listPtr: string, rows: Array<{ order: number; index: number }>): void {
  const seen = new Set<number>();
  for (const { order, index } of rows) {
    if (seen.has(order)) fail(f, `${listPtr}/${index}/order`, { id: `order ${order} ganda`, en: `duplicate order ${order}` });
    seen.add(order);
  }
}

function rangeOk(min: Golongan, max: Golongan): boolean {
  return GOLONGANS.indexOf(min) <= GOLONGANS.indexOf(max);
}

function buildGolongan(f: Parsed<RawGolongan>): Pick<ReferenceData, 'golongan' | 'golonganByBknId'> {
  const rows = f.data.golongan;
  checkComplete(f, '/golongan', GOLONGANS, rows.map((r) => r.golongan), 'golongan');
  checkOrders(f, '/golongan', rows.map((r, index) => ({ order: r.order, index })));
  const golongan = new Map<Golongan, GolonganInfo>();
  const golonganByBknId = new Map<number, Golongan>();
  rows.forEach((r, i) => {
    if (golonganByBknId.has(r.bkn_id)) fail(f, `/golongan/${i}/bkn_id`, { id: `bkn_id ${r.bkn_id} ganda`, en: `duplicate bkn_id ${r.bkn_id}` });
    golonganByBknId.set(r.bkn_id, r.golongan);
    golongan.set(r.golongan, { golongan: r.golongan, pangkat: r.pangkat, bknId: r.bkn_id, order: r.order, citation: r.citation ?? f.data.citation });
  });
  return { golongan: sortBy(golongan, GOLONGANS), golonganByBknId };
}

function buildBup(f: Parsed<RawBup>): ReferenceData['bup'] {
  const rows = f.data.classes;
  checkComplete(f, '/classes', BUP_CLASSES, rows.map((r) => r.class), 'class');
  const byClass = new Map<BupClass, BupClassInfo>();
  for (const r of rows) byClass.set(r.class, { bup: r.bup, description: r.description, citation: r.citation ?? f.data.citation });
  return { byClass, citation: f.data.citation, exceptions: f.data.exceptions, jfAges: f.data.jf_ages ?? [], notes: f.data.notes ?? [] };
}

function buildJenjang(f: Parsed<RawJenjang>, bup: Map<BupClass, BupClassInfo>): ReferenceData['jenjang'] {
  const rows = f.data.jenjang;
  checkComplete(f, '/jenjang', JENJANGS, rows.map((r) => r.jenjang), 'jenjang');
  const jenjang = new Map<Jenjang, JenjangInfo>();
  rows.forEach((r, i) => {
    const at = `/jenjang/${i}`;
    const expectedKategori = r.jenjang.startsWith('ahli_') ? 'keahlian' : 'keterampilan';
    if (r.kategori !== expectedKategori)
      fail(f, `${at}/kategori`, { id: `kategori ${r.jenjang} harus ${expectedKategori}`, en: `kategori of ${r.jenjang} must be ${expectedKategori}` });
    if (!rangeOk(r.golongan.min, r.golongan.max))
      fail(f, `${at}/golongan`, { id: `rentang golongan terbalik (${r.golongan.min} > ${r.golongan.max})`, en: `golongan range reversed (${r.golongan.min} > ${r.golongan.max})` });
    const cls: BupClass = r.jenjang.startsWith('ahli_') ? (r.jenjang as BupClass) : 'keterampilan';
    const expected = bup.get(cls)?.bup;
    if (expected !== r.bup)
      fail(f, `${at}/bup`, { id: `BUP ${r.bup} berbeda dengan bup.yaml (${cls}: ${expected})`, en: `BUP ${r.bup} differs from bup.yaml (${cls}: ${expected})` });
    const info: JenjangInfo = {
      jenjang: r.jenjang, label: r.label, kategori: r.kategori, order: r.order, golongan: r.golongan, bup: r.bup,
      citation: r.citation, kategoriCitation: f.data.kategori_citation, bupCitation: f.data.bup_citation,
    };
    if (r.note !== undefined) info.note = r.note;
    jenjang.set(r.jenjang, info);
  });
  for (const k of ['keahlian', 'keterampilan'] as const)
    checkOrders(f, '/jenjang', rows.flatMap((r, index) => (r.kategori === k ? [{ order: r.order, index }] : [])));
  return sortBy(jenjang, JENJANGS);
}

function buildEselon(f: Parsed<RawEselon>): Pick<ReferenceData, 'eselon' | 'eselonByBknId'> {
  const rows = f.data.eselon;
  checkComplete(f, '/eselon', ESELONS, rows.map((r) => r.eselon), 'eselon');
  checkOrders(f, '/eselon', rows.map((r, index) => ({ order: r.order, index })));
  const eselon = new Map<Eselon, EselonInfo>();
  const eselonByBknId = new Map<number, { eselon: Eselon; kind: Kind }>();
  rows.forEach((r, i) => {
    const at = `/eselon/${i}`;
    if (!rangeOk(r.golongan.lowest, r.golongan.highest))
      fail(f, `${at}/golongan`, { id: 'rentang golongan terbalik', en: 'golongan range reversed' });
    r.bkn.forEach((b, k) => {
      if (eselonByBknId.has(b.id)) fail(f, `${at}/bkn/${k}/id`, { id: `bkn id ${b.id} ganda`, en: `duplicate bkn id ${b.id}` });
      if (!r.kinds.includes(b.kind))
        fail(f, `${at}/bkn/${k}/kind`, { id: `jenis ${b.kind} tidak ada di kinds`, en: `kind ${b.kind} is not in kinds` });
      eselonByBknId.set(b.id, { eselon: r.eselon, kind: b.kind });
    });
    const defaultKind = r.kinds[0] as Kind; // schema: minItems 1
    eselon.set(r.eselon, {
      eselon: r.eselon, order: r.order, kinds: r.kinds, defaultKind, bkn: r.bkn, golongan: r.golongan,
      kindCitation: f.data.kind_citation, golonganCitation: f.data.golongan_citation,
    });
  });
  return { eselon: sortBy(eselon, ESELONS), eselonByBknId };
}

function buildEducation(f: Parsed<RawEducation>): ReferenceData['education'] {
  const d = f.data;
  checkComplete(f, '/levels', EDUCATIONS, d.levels.map((r) => r.level), 'level');
  checkOrders(f, '/levels', d.levels.map((r, index) => ({ order: r.order, index })));
  const levels = new Map<Education, EducationLevelInfo>();
  const byBknId = new Map<number, Education>();
  d.levels.forEach((r, i) => {
    r.bkn_ids.forEach((b, k) => {
      if (byBknId.has(b)) fail(f, `/levels/${i}/bkn_ids/${k}`, { id: `bkn id ${b} ganda`, en: `duplicate bkn id ${b}` });
      byBknId.set(b, r.level);
    });
    const info: EducationLevelInfo = { level: r.level, label: r.label, order: r.order, bknIds: r.bkn_ids };
    if (r.entry_golongan !== undefined) info.entryGolongan = r.entry_golongan;
    levels.set(r.level, info);
  });
  const minOrder = Math.min(...d.keahlian_minimum.levels.map((l) => levels.get(l)?.order ?? Infinity));
  return {
    levels: sortBy(levels, EDUCATIONS),
    byBknId,
    entryGolonganCitation: d.entry_golongan_citation,
    keahlianMinimum: { ...d.keahlian_minimum, minOrder },
    catchUp: d.catch_up,
    ujiKompetensiIfMismatch: d.uji_kompetensi_if_mismatch,
    d3: d.d3,
  };
}

function buildMapping(f: Parsed<RawMapping>): ReferenceData['mapping'] {
  const d = f.data;
  const byFrom = new Map<MappingSource, MappingRule>();
  const byEselon = new Map<Eselon, MappingRule>();
  d.mapping.forEach((r, i) => {
    if (byFrom.has(r.from)) fail(f, `/mapping/${i}/from`, { id: `'${r.from}' ganda`, en: `duplicate '${r.from}'` });
    byFrom.set(r.from, r);
    r.eselon.forEach((e, k) => {
      if (byEselon.has(e)) fail(f, `/mapping/${i}/eselon/${k}`, { id: `eselon ${e} dipetakan dua kali`, en: `eselon ${e} is mapped twice` });
      byEselon.set(e, r);
    });
    if (!r.to.startsWith('ahli_'))
      fail(f, `/mapping/${i}/to`, { id: 'penyetaraan selalu ke jenjang keahlian', en: 'penyetaraan always targets a keahlian jenjang' });
  });
  return { regulation: d.regulation, rules: d.mapping, byFrom, byEselon, ignoreGolongan: d.ignore_golongan, outOfScope: d.out_of_scope };
}

/** The typical-eselon rows in file order; a row that an earlier one always wins over (same unit and kind, no narrower place) is an error. */
function buildTypical(f: Parsed<RawTypical>): ReferenceData['eselonTypical'] {
  return f.data.posts.map((r, i) => {
    const kind = kindForEselon(r.eselon);
    const earlier = f.data.posts.findIndex((e, k) => k < i && e.heads === r.heads && kindForEselon(e.eselon) === kind && (!e.within || (!!r.within && r.within.every((t) => e.within!.includes(t)))));
    if (earlier >= 0)
      fail(f, `/posts/${i}`, { id: `baris tidak pernah dipakai: baris '${f.data.posts[earlier]!.post}' di atasnya selalu cocok lebih dulu`, en: `row is never used: the row '${f.data.posts[earlier]!.post}' above it always fits first` });
    const row: TypicalEselon = { post: r.post, heads: r.heads, within: r.within ?? null, eselon: r.eselon, citation: r.citation ?? f.data.citation };
    const line = f.lineOf(`/posts/${i}`);
    if (line !== undefined) row.line = line;
    return row;
  });
}

/** A copy of `m` in the canonical order of `order`. */
function sortBy<K, V>(m: Map<K, V>, order: readonly K[]): Map<K, V> {
  const out = new Map<K, V>();
  for (const k of order) {
    const v = m.get(k);
    if (v !== undefined) out.set(k, v);
  }
  return out;
}
