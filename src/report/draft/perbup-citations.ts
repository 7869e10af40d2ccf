/**
 * The Mengingat of the Perbup: the national regulations of rules/data/perbup-citations.yaml (validated against its
 * schema on load) and the region's own forming law and Perda, in the order UU 12/2011 Lampiran II sets: by
 * hierarchy, then year, then number [P15]. A number no source gives (LN, TLN, BN) is a placeholder; a title whose
 * wording is unconfirmed is marked for the drafter.
 */
import { join } from 'node:path';
import { ConfigError } from '../../errors.js';
import { loadYaml } from '../../io/load-yaml.js';
import { DEFAULT_REFERENCE_DIR, REFERENCE_FILES } from '../../rules/reference.js';
import type { Line, Run } from './legal-doc.js';
import type { Citation } from './region.js';
import { unconfirmed, value, type PerbupContext } from './perbup-text.js';

type Kind = 'uud' | 'uu' | 'pp' | 'permen';

interface Register {
  year: number;
  number: string;
  unconfirmed?: string;
}

/** One regulation as written in the data file (snake_case; the schema guarantees the shape). */
export interface NationalRegulation {
  id?: string;
  kind: Kind;
  issuer?: string;
  number?: string;
  year: number;
  article?: string;
  about?: string;
  about_unconfirmed?: string;
  ln?: Register;
  tln?: { number: string; unconfirmed?: string };
  bn?: Register;
  source: string;
  confidence: 'confirmed' | 'unconfirmed';
  note?: string;
  amended?: { times: 'once' | 'several'; last: NationalRegulation };
}

export type NationalCitations = ReadonlyMap<string, NationalRegulation & { id: string }>;

/** The regulations the draft names in its own words (Menimbang), so the data file must hold them. */
const REQUIRED_CITATIONS = ['uud-1945', 'permenpanrb-7-2022'] as const;

let cached: NationalCitations | undefined;

/** Loads and checks rules/data/perbup-citations.yaml (or the file of that name in `dir`, uncached). */
export function loadPerbupCitations(dir?: string): NationalCitations {
  if (dir === undefined) return (cached ??= load(DEFAULT_REFERENCE_DIR, (n) => `rules/data/${n}`));
  return load(dir, (n) => join(dir, n));
}

function load(dir: string, display: (name: string) => string): NationalCitations {
  const [name, schema] = REFERENCE_FILES.perbupCitations;
  const file = display(name);
  const { data, lineOf } = loadYaml<{ citations: Array<NationalRegulation & { id: string }> }>(join(dir, name), file, schema);
  const out = new Map<string, NationalRegulation & { id: string }>();
  data.citations.forEach((c, i) => {
    const fail = (id: string, en: string, key = 'id') => {
      throw new ConfigError({ id, en }, file, lineOf(`/citations/${i}/${key}`));
    };
    if (out.has(c.id)) fail(`id '${c.id}' ganda`, `duplicate id '${c.id}'`);
    // Pasal 17 ayat (3) is the basis of a ministerial regulation; copying it into a Perkada is a known error [P1].
    if (c.kind === 'uud' && /^Pasal 17 ayat \(3\)/.test(c.article ?? ''))
      fail('Pasal 17 ayat (3) UUD 1945 adalah dasar peraturan menteri, bukan peraturan kepala daerah', 'Pasal 17 ayat (3) UUD 1945 is the basis of a ministerial regulation, not of a regional head regulation', 'article');
    out.set(c.id, c);
  });
  for (const id of REQUIRED_CITATIONS)
    if (!out.has(id)) throw new ConfigError({ id: `kutipan '${id}' tidak ada`, en: `citation '${id}' is missing` }, file, lineOf('/citations'));
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing a citation

const ISSUER: Record<'uu' | 'pp', string> = { uu: 'Undang-Undang', pp: 'Peraturan Pemerintah' };
const SHORT: Record<Exclude<Kind, 'uud'>, string> = { uu: 'UU', pp: 'PP', permen: 'Permen' };

/** The placeholder key and the short name ("UU 6/2023") of a regulation, for what the drafter must fill in. */
function label(r: NationalRegulation): { key: string; short: string } {
  const kind = r.kind as Exclude<Kind, 'uud'>;
  return { key: `citation.${kind}-${r.number}-${r.year}`, short: `${SHORT[kind]} ${r.number}/${r.year}` };
}

/** "Peraturan Menteri … Nomor 7 Tahun 2022 tentang …" (no register), for the Menimbang and the body. */
export function regulationName(r: NationalRegulation): Line {
  if (r.kind === 'uud') return [`${r.article ?? ''} Undang-Undang Dasar Negara Republik Indonesia Tahun ${r.year}`.trim()];
  const { key, short } = label(r);
  const about: Run =
    r.about === undefined
      ? { placeholder: `${key}.about`, hint: `judul ${short} sesuai Lembaran Negara` }
      : r.about_unconfirmed
        ? unconfirmed(r.about, r.about_unconfirmed)
        : r.about;
  return [`${r.kind === 'permen' ? r.issuer ?? '' : ISSUER[r.kind]} Nomor ${r.number} Tahun ${r.year} tentang `, about];
}

/** The full Mengingat entry: name, register "(Lembaran Negara … )" and "sebagaimana telah … diubah …". */
export function regulationLine(r: NationalRegulation): Line {
  const runs: Run[] = [...regulationName(r), ...register(r)];
  if (r.amended) {
    const how = r.amended.times === 'once' ? 'sebagaimana telah diubah dengan ' : 'sebagaimana telah beberapa kali diubah terakhir dengan ';
    runs.push(` ${how}`, ...regulationLine(r.amended.last));
  }
  if (r.confidence === 'confirmed') return merge(runs);
  const why = `kutipan belum terkonfirmasi ${r.source}`;
  return merge(runs.map((x) => (typeof x === 'string' ? unconfirmed(x, why) : x)));
}

function register(r: NationalRegulation): Run[] {
  if (r.kind === 'uud') return [];
  const { key, short } = label(r);
  const reg = (x: Register | undefined, what: string, part: string): Run =>
    x === undefined
      ? { placeholder: `${key}.${part}`, hint: `Tahun … Nomor … ${what} ${short}` }
      : x.unconfirmed
        ? unconfirmed(`Tahun ${x.year} Nomor ${x.number}`, x.unconfirmed)
        : `Tahun ${x.year} Nomor ${x.number}`;
  if (r.kind === 'permen') return [' (Berita Negara Republik Indonesia ', reg(r.bn, 'Berita Negara', 'bn'), ')'];
  const tln: Run =
    r.tln === undefined
      ? { placeholder: `${key}.tln`, hint: `nomor Tambahan Lembaran Negara ${short}` }
      : r.tln.unconfirmed
        ? unconfirmed(r.tln.number, r.tln.unconfirmed)
        : r.tln.number;
  return [' (Lembaran Negara Republik Indonesia ', reg(r.ln, 'Lembaran Negara', 'ln'), ', Tambahan Lembaran Negara Republik Indonesia Nomor ', tln, ')'];
}

/** Adjacent plain strings as one run. */
function merge(runs: readonly Run[]): Line {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (typeof r === 'string' && typeof last === 'string') out[out.length - 1] = last + r;
    else out.push(r);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The region's own citations

/** A law of the region file (its forming law): placeholders for the parts it leaves out. */
function regionLaw(c: Citation, key: string): Line {
  const ln: Run = c.ln ? `Tahun ${c.ln.year} Nomor ${c.ln.number}` : { placeholder: `${key}.ln`, hint: 'Tahun … Nomor … Lembaran Negara' };
  return merge([
    `Undang-Undang Nomor ${c.number} Tahun ${c.year} tentang ${c.about} (Lembaran Negara Republik Indonesia `, ln,
    ', Tambahan Lembaran Negara Republik Indonesia Nomor ', value(c.tln, `${key}.tln`, 'nomor Tambahan Lembaran Negara'), ')',
    ...(c.amended ? [` ${c.amended}`] : []),
  ]);
}

function regionPerda(ctx: PerbupContext, c: Citation): Line {
  const ld: Run = c.ld ? `Tahun ${c.ld.year} Nomor ${c.ld.number}` : { placeholder: 'region.perdaPerangkatDaerah.ld', hint: 'Tahun … Nomor … Lembaran Daerah' };
  return merge(['Peraturan Daerah ', ctx.name, ` Nomor ${c.number} Tahun ${c.year} tentang ${c.about} (Lembaran Daerah `, ctx.name, ' ', ld, ')', ...(c.amended ? [` ${c.amended}`] : [])]);
}

const RANK: Record<Kind | 'perda', number> = { uud: 0, uu: 1, pp: 2, permen: 3, perda: 4 };

interface Entry {
  rank: number;
  year: number;
  number: number;
  line: Line;
}

/**
 * The Mengingat items in order: hierarchy, year, number [P15]. The region's forming law sits among the laws by its
 * year; when the region file has none, its placeholder comes first among them, where a forming law usually stands.
 */
export function mengingat(ctx: PerbupContext, national: NationalCitations): Line[] {
  const entries: Entry[] = [...national.values()].map((r) => ({ rank: RANK[r.kind], year: r.year, number: Number(r.number ?? 0), line: regulationLine(r) }));
  const forming = ctx.region.formingLaw ?? [];
  if (forming.length === 0)
    entries.push({ rank: RANK.uu, year: -Infinity, number: 0, line: [{ placeholder: 'region.formingLaw', hint: `Undang-Undang pembentukan ${ctx.region.name.trim() || 'daerah'}, dengan Lembaran Negara dan Tambahan Lembaran Negara` }] });
  forming.forEach((c, i) => entries.push({ rank: RANK.uu, year: c.year, number: Number(c.number) || 0, line: regionLaw(c, `region.formingLaw.${i}`) }));
  const perda = ctx.region.perdaPerangkatDaerah;
  entries.push(
    perda
      ? { rank: RANK.perda, year: perda.year, number: Number(perda.number) || 0, line: regionPerda(ctx, perda) }
      : { rank: RANK.perda, year: 0, number: 0, line: [{ placeholder: 'region.perdaPerangkatDaerah', hint: `Peraturan Daerah ${ctx.region.name.trim() || 'daerah'} tentang Pembentukan dan Susunan Perangkat Daerah, dengan Lembaran Daerah` }] },
  );
  // Array#sort is stable: equal keys keep the data file's order.
  return entries.sort((a, b) => a.rank - b.rank || a.year - b.year || a.number - b.number).map((e) => e.line);
}
