/**
 * The second step of column mapping: the first records' values. They give each column its sample values and settle
 * the columns whose name is ambiguous (AMBIGUOUS in columns.ts: `level`, `tingkat`, `depth` …): such a column is the
 * eselon only when its values look like eselon (`II.a`, `III`, `31`, `IV/a`, `Eselon IV`, `JPT Pratama`); plain
 * numbers are a depth in the tree; anything else is left out. A posts table whose header names no title column gets the
 * one column whose values read as post titles ("Kepala Seksi …", "Sekretaris", JF and pelaksana names: the model's
 * title parsers, handed in as a {@link TitleTest}). The reader hands over a sample of records and then streams the
 * rest, so a file of a million rows is still read once.
 */
import type { Text } from '../i18n/index.js';
import { AMBIGUOUS, BY_VALUES, type ColumnDecision, type ColumnMapping, type Confidence } from './columns.js';

/** Records the evidence is taken from (a reader buffers this many before mapping). */
export const EVIDENCE_RECORDS = 200;
/** Distinct sample values kept per column. */
export const SAMPLE_VALUES = 5;
/** Columns given sample values (a 100k-column header gets them for its first columns only). */
const SAMPLED_COLUMNS = 512;

/** An eselon written with its letter (`II.a`, `IV/b`, `3a`, `Eselon III.a`), a roman level, or a level label. */
const ESELON_FORM = /^(?:(?:eselon|enselon|es)\.?\s*)?(?:(?:i{1,3}|iv|v|[1-5])\s*[.\/-]?\s*[ab]|i{1,3}|iv|v)$/i;
const ESELON_WORD = /^(?:eselon|enselon|es\.)\s*[1-5]$/i;
const ESELON_LABEL = /\b(?:jpt|pimpinan tinggi|administrator|pengawas)\b/i;
/** BKN `eselonId`: 10–12, 21, 22 … 52. A depth never reaches these (and plain 1–9 are not taken for them). */
const BKN_ID = /^(?:1[0-2]|[2-5][12])$/;
/** "No eselon" markers an eselon column holds and a depth column does not (`-` says nothing either way). */
const NON_ESELON = /^(?:99|non|non[\s-]?eselon|tanpa eselon|bukan eselon|jf[tu]?)$/i;
const PLAIN_INT = /^\d{1,2}$/;

/** Whether a cell reads as a post title. The model's parsers decide (io cannot import them): the caller hands them in. */
export type TitleTest = (value: string) => boolean;

/** A title column by its values: at least this many of its sampled cells read as titles … */
const TITLE_MIN = 3;
/** … and at least this share of them (a BPS office's list: 18 of 39, its "KSK Kec. …" rows are no known title). */
const TITLE_SHARE = 0.3;

function isEselonLike(v: string): boolean {
  return ESELON_FORM.test(v) || ESELON_WORD.test(v) || BKN_ID.test(v) || ESELON_LABEL.test(v);
}

/**
 * Settles a by-name mapping (mapColumns) with the values of the first records: sample values for each column, the
 * ambiguous columns decided, and (with `isTitle`) a posts table's title column found by its values when no header names
 * it. Returns a new mapping; `cells` are the sampled records' cells.
 */
export function inferMapping(byName: ColumnMapping, cells: readonly (readonly string[])[], isTitle?: TitleTest): ColumnMapping {
  const index = new Map(byName.index);
  const source = new Map(byName.source);
  const columns = byName.columns.map((c) => ({ ...c, samples: c.position < SAMPLED_COLUMNS ? samplesOf(cells, c.position) : [] }));
  const ambiguous = AMBIGUOUS[byName.kind];
  if (ambiguous) {
    for (const c of columns) {
      if (!c.ambiguous || c.basis !== null) continue;
      const d = decide(c, cells, index, source, ambiguous.fields);
      Object.assign(c, d);
      if (d.field !== null) {
        index.set(d.field, c.position);
        source.set(d.field, c.header);
      }
    }
  }
  if (isTitle && BY_VALUES[byName.kind]?.includes('name') && !index.has('name')) {
    const at = titleColumn(columns, cells, isTitle);
    if (at >= 0) {
      index.set('name', at);
      source.set('name', columns[at]!.header);
    }
  }
  return {
    kind: byName.kind, headerLine: byName.headerLine, index, source, columns, sampled: cells.length,
    unused: columns.filter((c) => c.field === null).map((c) => c.header),
  };
}

function samplesOf(cells: readonly (readonly string[])[], i: number): string[] {
  const out: string[] = [];
  for (const rec of cells) {
    const v = (rec[i] ?? '').trim();
    if (v !== '' && !out.includes(v)) out.push(v);
    if (out.length === SAMPLE_VALUES) break;
  }
  return out;
}

type Decision = Pick<ColumnDecision, 'field' | 'basis' | 'confidence' | 'reason'>;

function decide(
  c: ColumnDecision, cells: readonly (readonly string[])[], index: Map<string, number>, source: ReadonlyMap<string, string>, fields: readonly string[],
): Decision {
  let eselon = 0; // eselon forms
  let marker = 0; // "no eselon" markers
  let plain = 0;
  let other = 0;
  let min = Infinity;
  let max = -Infinity;
  const odd: string[] = [];
  for (const rec of cells) {
    const v = (rec[c.position] ?? '').trim();
    if (v === '' || /^-+$/.test(v)) continue;
    if (NON_ESELON.test(v)) marker++;
    else if (PLAIN_INT.test(v) && !BKN_ID.test(v)) {
      plain++;
      const n = Number(v);
      if (n < min) min = n;
      if (n > max) max = n;
    } else if (isEselonLike(v)) eselon++;
    else {
      other++;
      if (odd.length < 3 && !odd.includes(v)) odd.push(v);
    }
  }
  const n = eselon + marker + plain + other;
  const none = (reason: Text): Decision => ({ field: null, basis: null, confidence: null, reason });
  if (n === 0) return none({ id: 'nama ambigu dan kosong di rekaman awal: tidak dipakai', en: 'ambiguous name and empty in the first records: not used' });
  if (other > n * 0.1)
    return none({
      id: `nama ambigu; nilainya bukan eselon maupun kedalaman (${odd.join(', ')}): tidak dipakai`,
      en: `ambiguous name; its values are neither an eselon nor a depth (${odd.join(', ')}): not used`,
    });
  const free = (field: string) => fields.includes(field) && !index.has(field);
  if (eselon + marker > 0) {
    if (!free('eselon')) return none(taken('eselon', source));
    const share = `${eselon + marker}/${n}`;
    return {
      // Markers alone ("99", "non eselon") say less than eselon forms.
      field: 'eselon', basis: 'values', confidence: eselon > 0 && eselon + marker >= n * 0.8 ? 'high' : 'medium',
      reason: { id: `nama ambigu; nilainya berbentuk eselon (${share})`, en: `ambiguous name; its values look like eselon (${share})` },
    };
  }
  // Plain numbers only: a depth. Surest when a child's number is its parent's plus one, or 0 or 6+ appear
  // (no eselon is written so); with 1–5 alone an eselon coded 1–5 cannot be ruled out, and the reason says how to map it.
  if (!free('depth')) return none(taken('depth', source));
  const chain = parentChain(cells, index, c.position);
  const sure: Confidence = chain === 'consistent' || min === 0 || max >= 6 ? 'high' : chain === 'broken' ? 'low' : 'medium';
  const range = min === max ? `${min}` : `${min}–${max}`;
  const why = chain === 'consistent'
    ? { id: '; angka anak = angka atasan + 1', en: "; a child's number is its parent's plus one" }
    : chain === 'broken' ? { id: '; angka anak tidak selalu angka atasan + 1', en: "; a child's number is not always its parent's plus one" } : { id: '', en: '' };
  return {
    field: 'depth', basis: 'values', confidence: sure,
    reason: {
      id: `nama ambigu; angka biasa ${range}, bukan bentuk eselon (II.a, III, 31): kedalaman hierarki${why.id}. Bila ini eselon, petakan di setara.config.yaml (columns.posts.eselon: ${c.header})`,
      en: `ambiguous name; plain numbers ${range}, not an eselon form (II.a, III, 31): depth in the tree${why.en}. If it is the eselon, map it in setara.config.yaml (columns.posts.eselon: ${c.header})`,
    },
  };
}

/**
 * The one unused column whose values read as post titles (TITLE_MIN, TITLE_SHARE), decided on it (basis `values`, how
 * sure by the share); -1 when none or several do (a conversion table's three title columns: the user chooses, and each
 * says why).
 */
function titleColumn(columns: ColumnDecision[], cells: readonly (readonly string[])[], isTitle: TitleTest): number {
  const found: Array<{ c: ColumnDecision; titles: number; filled: number }> = [];
  for (const c of columns) {
    if (c.field !== null || c.position >= SAMPLED_COLUMNS) continue;
    let titles = 0;
    let filled = 0;
    for (const rec of cells) {
      const v = (rec[c.position] ?? '').trim();
      if (v === '') continue;
      filled++;
      if (isTitle(v)) titles++;
    }
    if (titles >= TITLE_MIN && titles >= filled * TITLE_SHARE) found.push({ c, titles, filled });
  }
  for (const { c, titles, filled } of found) {
    const share = `${titles}/${filled}`;
    if (found.length > 1) {
      const others = found.filter((f) => f.c !== c).map((f) => `'${f.c.header}'`).join(', ');
      c.reason = {
        id: `nilainya terbaca sebagai nama jabatan (${share}), seperti kolom ${others}: petakan kolom nama jabatan di setara.config.yaml (columns.posts.name)`,
        en: `its values read as post titles (${share}), as do those of ${others}: map the title column in setara.config.yaml (columns.posts.name)`,
      };
      continue;
    }
    Object.assign(c, {
      field: 'name', basis: 'values', confidence: titles >= filled * 0.8 ? 'high' : titles >= filled * 0.4 ? 'medium' : 'low',
      reason: {
        id: `tidak ada kolom bernama nama jabatan; nilainya terbaca sebagai nama jabatan (${share})`,
        en: `no column is named as the title; its values read as post titles (${share})`,
      },
    } satisfies Decision);
  }
  return found.length === 1 ? found[0]!.c.position : -1;
}

function taken(field: string, source: ReadonlyMap<string, string>): Text {
  const from = source.get(field) ?? '';
  return { id: `nama ambigu; '${field}' sudah diambil dari kolom '${from}': tidak dipakai`, en: `ambiguous name; '${field}' already comes from column '${from}': not used` };
}

/**
 * Whether the numbers follow the parent chain of the sample: `consistent` when every row whose parent is in the sample
 * has its parent's number plus one (at least two such rows), `broken` when some do not, `unknown` without parent ids.
 */
function parentChain(cells: readonly (readonly string[])[], index: Map<string, number>, at: number): 'consistent' | 'broken' | 'unknown' {
  const idAt = index.get('id');
  const parentAt = index.get('parent_id');
  if (idAt === undefined || parentAt === undefined) return 'unknown';
  const value = new Map<string, number>();
  for (const rec of cells) {
    const v = (rec[at] ?? '').trim();
    if (PLAIN_INT.test(v)) value.set((rec[idAt] ?? '').trim(), Number(v));
  }
  let pairs = 0;
  for (const rec of cells) {
    const own = value.get((rec[idAt] ?? '').trim());
    const up = value.get((rec[parentAt] ?? '').trim());
    if (own === undefined || up === undefined) continue;
    if (own !== up + 1) return 'broken';
    pairs++;
  }
  return pairs >= 2 ? 'consistent' : 'unknown';
}
