/**
 * Whether a table given as the posts table holds posts at all. A row is a post when it has an id and a title that is
 * not a code, and its kind is known (from a column, the eselon or the title) or its title names a koordinator role.
 * Measured (issue 15) on public real exports and on the BKN reference tables given as posts:
 * - posts tables: the sample regency's titles alone leave 10 of 600 rows (2%) without a kind; a BPS district office's
 *   flat list 22 of 39 (56%: "KSK Kec. …", "Kepala BPS"), yet 15% of its rows are structural (its Kasi); a Dinas's
 *   staff list 13%;
 * - reference tables: eselon, golongan, education and post-kind codes: 100% codes; JF groups (kelompok jabatan
 *   fungsional): 65% without a kind, 1% of a structural kind; a pelaksana nomenclature: every row a pelaksana name, none
 *   heading a unit, no parent.
 * - a regency's SIMPEG post-name table (data_jabatan, Kabupaten Wakatobi): 60 titles, each once, no parent, unit or OPD;
 *   10 structural (17%), of several OPDs (Sekretaris Daerah, Sekretaris Dewan, Inspektur Pembantu) and none of their
 *   heads; a flat list of one OPD names one OPD (a Dinas's: "Kepala Dinas" and its units), and a regency's flat list
 *   repeats its titles ("Sekretaris", "Kepala Subbagian Keuangan" in every OPD) or carries an OPD column.
 * So a table is refused when at least half its rows are codes; or at least half are not posts and fewer than 5% head a
 * unit; or (20 rows or more, none with a parent) none heads a unit, or every title is listed once, no row names its
 * unit or OPD, most rows head nothing and the structural titles name two OPD types or more: a list of post names, not a
 * structure.
 */
import { InputError } from '../errors.js';
import type { Text } from '../i18n/index.js';
import { jenjangFromTitle } from './jenjang-title.js';
import { parseEducation } from './parse/education.js';
import { parseEselon, parseEselonLevel } from './parse/eselon.js';
import { parseGolongan } from './parse/golongan.js';
import { kindIsStructural, parseKind } from './parse/kind.js';
import { inferUnitType } from './parse/unit-type.js';
import { unitFromTitle } from './parse/unit-title.js';
import type { Eselon, Kind, UnitType } from './types.js';
import { OFFICE_RE, OPD_TYPES } from './unit-words.js';

/** What the rows that are not posts look like (the codes first: they alone refuse a table). */
const CODES = ['eselon', 'golongan', 'education', 'kind', 'number'] as const;
type Look = (typeof CODES)[number] | 'unit' | 'missing';
const LOOKS: readonly Look[] = [...CODES, 'unit', 'missing'];

const LOOK_TEXT: Readonly<Record<Look | 'jf' | 'names' | 'nomenclature' | 'other', Text>> = {
  eselon: { id: 'tabel referensi kode eselon', en: 'a reference table of eselon codes' },
  golongan: { id: 'tabel referensi golongan/pangkat', en: 'a reference table of golongan (ranks)' },
  education: { id: 'tabel referensi tingkat pendidikan', en: 'a reference table of education levels' },
  kind: { id: 'tabel referensi jenis jabatan', en: 'a reference table of post kinds' },
  number: { id: 'tabel kode (nama jabatan berupa angka)', en: 'a table of codes (the titles are numbers)' },
  unit: { id: 'daftar unit organisasi (nama unit, bukan jabatan)', en: 'a list of units (unit names, not posts)' },
  missing: { id: 'tabel tanpa ID atau nama jabatan pada kolom yang dipetakan', en: 'a table without ids or titles in the mapped columns' },
  jf: { id: 'daftar kelompok jabatan fungsional (nama JF tanpa jenjang)', en: 'a list of jabatan fungsional groups (JF names without a jenjang)' },
  names: { id: 'daftar nama jabatan (nomenklatur), bukan struktur: tidak ada jabatan yang memimpin unit dan tidak ada atasan', en: 'a list of post names (a nomenclature), not a structure: no post heads a unit and none has a parent' },
  nomenclature: {
    id: 'daftar nama jabatan (nomenklatur), bukan struktur: setiap nama sekali, dari beberapa perangkat daerah, tanpa atasan, unit atau OPD',
    en: 'a list of post names (a nomenclature), not a structure: each title once, of several OPDs, with no parent, unit or OPD',
  },
  other: { id: 'tabel lain: nama jabatannya tidak dikenali sebagai jabatan', en: 'another kind of table: its titles are not recognised as posts' },
};

const DIGITS_RE = /^[\d\s.,-]+$/;
const KOORDINATOR_RE = /\b(?:sub\s?)?koordinator\b/i;

export class PostsEvidence {
  private rows = 0;
  private notPosts = 0;
  private codes = 0;
  /** Rows that head a unit (a structural kind or an eselon), and rows with a parent. */
  private heads = 0;
  private parents = 0;
  private readonly looks = new Map<Look, number>();
  /** Rows of a known kind, and of those the fungsional ones without a jenjang in the title (a JF name, not a JF post). */
  private known = 0;
  private jfNames = 0;
  /** The titles seen while every one is new and no row has a parent, unit or OPD (null after). */
  private titles: Set<string> | null = new Set();
  /** OPD types the structural titles name ("Sekretaris Dewan": sekretariat_dprd), with the first title naming each. */
  private readonly opdTypes = new Map<UnitType, string>();

  /**
   * Counts one row; `place` is its unit or OPD cell. The titles of rows that are posts are read no further once the
   * table has a parent, a unit or a repeated title (one test per row of a million).
   */
  add(id: string, title: string, kind: Kind | null, eselon: Eselon | null, parent: string, place: string): void {
    this.rows++;
    if (parent !== '') this.parents++;
    const head = eselon !== null || (kind !== null && kindIsStructural(kind));
    if (head) this.heads++;
    if (this.titles !== null) this.listed(title, head, parent !== '' || place !== '');
    const named = id !== '' && title !== '';
    if (named && kind !== null) {
      this.known++;
      // Only while the table may yet be refused (few heads so far): a posts table of a million rows skips the test.
      if (kind === 'fungsional' && this.heads * 20 < this.rows && jenjangFromTitle(title) === null) this.jfNames++;
      return;
    }
    if (named && KOORDINATOR_RE.test(title)) return;
    this.notPosts++;
    const look = named ? lookOf(title) : 'missing';
    if (look === null) return;
    this.looks.set(look, (this.looks.get(look) ?? 0) + 1);
    if ((CODES as readonly string[]).includes(look)) this.codes++;
  }

  /** Throws the one-line refusal when the table is not a posts table (see the file comment); tables under 3 rows pass. */
  check(file: string, headerLine: number): void {
    const { rows } = this;
    if (rows < 3) return;
    const flat = rows >= 20 && this.parents === 0;
    const names = flat && this.heads === 0;
    const nomenclature = flat && !names && this.titles !== null && this.heads * 2 < rows && this.opdTypes.size >= 2;
    const notPosts = this.codes * 2 >= rows || (this.notPosts * 2 >= rows && this.heads * 20 < rows);
    if (!notPosts && !names && !nomenclature) return;
    const look = nomenclature && !notPosts ? LOOK_TEXT.nomenclature : this.look(names);
    const opds = [...this.opdTypes.values()].slice(0, 3).join(', ');
    // What made the table fail: rows that are not posts, or (a list of names) rows that are but form no structure.
    const why: Text = notPosts
      ? {
        id: `${this.notPosts} dari ${rows} baris bukan jabatan (tanpa ID, nama jabatan yang dapat dibaca, atau jenis jabatan), ${this.heads} memimpin unit`,
        en: `${this.notPosts} of ${rows} rows are not posts (no id, readable title or post kind), ${this.heads} head a unit`,
      }
      : names
        ? { id: `tidak satu pun dari ${rows} baris memimpin unit atau mempunyai atasan`, en: `none of its ${rows} rows heads a unit or has a parent` }
        : {
          id: `${rows} baris, setiap nama jabatan sekali, tanpa atasan, unit atau OPD; ${this.heads} jabatan struktural dari beberapa perangkat daerah (${opds})`,
          en: `${rows} rows, each title once, with no parent, unit or OPD; ${this.heads} structural titles of several OPDs (${opds})`,
        };
    throw new InputError({
      id: `bukan tabel jabatan: ${why.id}; tampaknya ${look.id}`,
      en: `not a posts table: ${why.en}; it looks like ${look.en}`,
    }, file, headerLine);
  }

  /** Tracks the titles of a table with no parent or unit so far: whether each is new, and the OPD types its heads name. */
  private listed(title: string, head: boolean, placed: boolean): void {
    const key = title.toLowerCase().replace(/\s+/g, ' ').trim();
    if (placed || this.titles!.has(key)) {
      this.titles = null;
      return;
    }
    this.titles!.add(key);
    const type = head ? unitFromTitle(title)?.type : null;
    if (type && OPD_TYPES.has(type) && !this.opdTypes.has(type)) this.opdTypes.set(type, title);
  }

  /** The look most of the rows that are not posts share; else a list of JF names, or of post names with no head. */
  private look(names: boolean): Text {
    let best: Look | undefined;
    for (const l of LOOKS) if ((this.looks.get(l) ?? 0) > (best ? this.looks.get(best)! : 0)) best = l;
    if (best && this.looks.get(best)! * 2 >= this.notPosts) return LOOK_TEXT[best];
    if (this.known > 0 && this.jfNames * 2 >= this.known) return LOOK_TEXT.jf;
    return names ? LOOK_TEXT.names : LOOK_TEXT.other;
  }
}

/** What a title that is not a post's looks like: a code, a unit's name; null for other words. */
function lookOf(title: string): Look | null {
  if (DIGITS_RE.test(title)) return 'number';
  // "I/a" … "IV/e" is a golongan; an eselon reads "I.a", "IV", so a golongan with a or b only when written with "/".
  const golongan = parseGolongan(title);
  if (golongan.ok && golongan.value !== null && (title.includes('/') || !/[ab]$/i.test(title))) return 'golongan';
  const eselon = parseEselon(title);
  if ((eselon.ok && eselon.value !== null) || parseEselonLevel(title) !== null) return 'eselon';
  if (golongan.ok && golongan.value !== null) return 'golongan';
  const education = parseEducation(title);
  if (education.ok && education.value !== null) return 'education';
  const kind = parseKind(title);
  if ((kind.ok && kind.value !== null) || (!kind.ok && kind.code !== 'unknown')) return 'kind';
  return inferUnitType(title) !== null || OFFICE_RE.test(title.trim()) ? 'unit' : null;
}
