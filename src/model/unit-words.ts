/**
 * The words of titles and unit names that tell units apart, for the tree builder (model/infer-tree.ts): lower case,
 * joining and head words dropped, "Rumah Sakit Umum Daerah" read as "rsud" and "UPTD" as "upt"; memoised per text.
 */
import { opdKeyOf } from './head.js';
import type { Post, UnitType } from './types.js';

/** Units inside an OPD whose head is named in the titles of its posts ("Kasi Pemerintahan Kelurahan X"). */
export const SUB_OPD: readonly UnitType[] = ['kelurahan', 'upt', 'rsud'];
/** The words that name each sub-OPD type in a title (as UnitWords reads it), and a test of the text as written. */
export const SUB_WORDS: Readonly<Record<string, readonly string[]>> = { kelurahan: ['kelurahan'], upt: ['upt', 'puskesmas'], rsud: ['rsud'] };
export const SUB_RE: Readonly<Record<string, RegExp>> = {
  kelurahan: /\bkelurahan\b/i,
  upt: /\b(?:uptd?|puskesmas|unit pelaksana teknis)\b/i,
  rsud: /\b(?:rsu?d|rumah sakit)\b/i,
};

/** Types a post's title or unit can start an OPD with (a kelurahan, UPT or RSUD within an OPD is a unit of it). */
export const OPD_TYPES: ReadonlySet<UnitType> = new Set<UnitType>(['sekretariat_daerah', 'sekretariat_dprd', 'inspektorat', 'dinas', 'badan', 'kecamatan', 'rsud']);

/**
 * The name of an office of a vertical agency, which no regional unit type covers: "BPS Kabupaten Simeulue", "BPS",
 * "Kantor Pertanahan …", "Balai Besar …", "Loka …": a unit, so a list of them is a list of units (posts-evidence.ts).
 */
export const OFFICE_RE = /^(?:bps|badan pusat statistik|kantor|balai|loka|kanwil)\b/i;

const WORD_SPLIT_RE = /[^\p{L}\p{N}]+/u;
const ALIAS_RE = /rumah sakit|\brsd\b|pelaksana teknis|\buptd\b/;
const ALIASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\brumah sakit(?: umum)?(?: daerah)?\b|\brsd\b/g, ' rsud '],
  [/\bunit pelaksana teknis(?: daerah)?\b|\buptd\b/g, ' upt '],
];
/** Words that name no particular unit: joining words, head words, unit-type words, the region's level. */
const STOP: ReadonlySet<string> = new Set([
  'dan', 'pada', 'di', 'serta', 'atau', 'yang', 'untuk', 'dari', 'ke', 'kepala', 'ka', 'plt', 'plh', 'kasi', 'kasie',
  'kasubbag', 'kasubag', 'kasubbid', 'kasubid', 'kabid', 'kabag', 'sekretaris', 'sekretariat', 'asisten', 'camat', 'lurah',
  'direktur', 'inspektur', 'wakil', 'sub', 'bidang', 'bagian', 'seksi', 'subbagian', 'subbag', 'subbidang', 'subbid',
  'unit', 'daerah', 'kabupaten', 'kab', 'provinsi', 'prov',
]);

/**
 * The words of titles and unit names, memoised for one run (a million posts carry some 300 000 distinct titles and
 * unit names: a bounded module-wide memo would be cleared and filled again many times over).
 */
export class UnitWords {
  private readonly memo = new Map<string, readonly string[]>();
  private readonly keys = new Map<string, string>();

  /** opdKey, memoised for the run. */
  key(text: string): string {
    let k = this.keys.get(text);
    if (k === undefined) this.keys.set(text, (k = opdKeyOf(text)));
    return k;
  }

  /** The words of a title or unit name that may tell units apart (lower case, aliases joined). */
  of(text: string): readonly string[] {
    let w = this.memo.get(text);
    if (w === undefined) {
      let t = text.toLowerCase();
      if (ALIAS_RE.test(t)) for (const [re, to] of ALIASES) t = t.replace(re, to);
      const out: string[] = [];
      for (const x of t.split(WORD_SPLIT_RE)) if (x !== '' && !STOP.has(x) && !out.includes(x)) out.push(x);
      this.memo.set(text, (w = out));
    }
    return w;
  }

  /** The words of a head's title and unit: the title's alone when they hold the unit's ("Kepala Seksi X", "Seksi X"). */
  ofPost(p: Post): readonly string[] {
    const title = this.of(p.name);
    if (!p.unit) return title;
    const unit = this.of(p.unit);
    return unit.every((w) => title.includes(w)) ? title : [...new Set([...title, ...unit])];
  }

  /** The words of a head's unit and title that name it, without the words of its type ("kelurahan", "upt"). */
  distinct(p: Post, type: UnitType | null): string[] {
    const skip = type ? SUB_WORDS[type] ?? [] : [];
    return this.ofPost(p).filter((w) => !skip.includes(w));
  }
}
