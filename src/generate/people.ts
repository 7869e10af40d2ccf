/**
 * Synthetic holders of a post: valid PNS NIPs (birth date, TMT CPNS, sex, sequence; unique over the whole dataset),
 * golongan within the eselon or jenjang range, ages that keep everybody below the retirement age until 2029.
 */
import { D3_TITLES, degreeTitles, FEMALE_FAMILY, FEMALE_GIVEN, MALE_FAMILY, MALE_GIVEN, S1_TITLES, S2_TITLES } from './catalog.js';
import type { Rng } from './prng.js';
import type { GenPost } from './region.js';

export interface GenPerson {
  nip: string;
  name: string;
  postId: string;
  golongan: string;
  education: string;
  birthDate: string;
  status: 'pns' | 'pppk';
}

const GOLONGANS = ['I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e'] as const;
const GOL = new Map<string, number>(GOLONGANS.map((g, i) => [g, i]));
/** rules/data/eselon.yaml (rank ranges per eselon [S40]). */
const ESELON_GOL: Record<string, readonly [string, string]> = {
  'II.a': ['IV/c', 'IV/d'], 'II.b': ['IV/b', 'IV/c'], 'III.a': ['IV/a', 'IV/b'], 'III.b': ['III/d', 'IV/a'],
  'IV.a': ['III/c', 'III/d'], 'IV.b': ['III/b', 'III/c'],
};
/** rules/data/jenjang.yaml (golongan ranges per jenjang [S41][S44]). */
const JENJANG_GOL: Record<string, readonly [string, string]> = {
  'Ahli Pertama': ['III/a', 'III/b'], 'Ahli Muda': ['III/c', 'III/d'], 'Ahli Madya': ['IV/a', 'IV/c'], 'Ahli Utama': ['IV/d', 'IV/e'],
  Pemula: ['II/a', 'II/a'], Terampil: ['II/b', 'II/d'], Mahir: ['III/a', 'III/b'], Penyelia: ['III/c', 'III/d'],
};
const AGE: Record<string, readonly [number, number]> = {
  'II.a': [48, 54], 'II.b': [45, 54], 'III.a': [41, 54], 'III.b': [39, 54], 'IV.a': [33, 54], 'IV.b': [30, 52],
  'Ahli Pertama': [25, 42], 'Ahli Muda': [33, 52], 'Ahli Madya': [42, 54], 'Ahli Utama': [48, 54],
  Pemula: [25, 35], Terampil: [25, 48], Mahir: [30, 50], Penyelia: [36, 54], pelaksana: [25, 54],
};
const ENTRY_AGE: Record<string, number> = { SMA: 19, D3: 21, D4: 22, S1: 22, S2: 24 };
/** Ages are counted at this year; the latest TMT CPNS is December of LAST_TMT_YEAR. */
const REF_YEAR = 2026;
const LAST_TMT_YEAR = 2024;

const FIRST_BIRTH_YEAR = REF_YEAR - 55;
const BIRTH_DAYS = Math.ceil((Date.UTC(REF_YEAR - 24, 0, 1) - Date.UTC(FIRST_BIRTH_YEAR, 0, 1)) / 86_400_000);
const FIRST_TMT_YEAR = FIRST_BIRTH_YEAR + 18;
const TMT_MONTHS = (LAST_TMT_YEAR - FIRST_TMT_YEAR + 1) * 12;

function jenjangOf(title: string): string | null {
  for (const j of Object.keys(JENJANG_GOL)) if (title.endsWith(` ${j}`)) return j;
  return null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export class PeopleFactory {
  /** Holders per NIP prefix (birth day × TMT month × sex): the sequence digits 16–18 keep NIPs unique. */
  private readonly pnsSeq = new Uint8Array(BIRTH_DAYS * TMT_MONTHS * 2);
  private readonly pppkSeq = new Uint8Array(BIRTH_DAYS * 3 * 2);

  constructor(private readonly rng: Rng) {}

  /** One holder per structural post, 1–3 per pelaksana/JF post. */
  holdersFor(post: GenPost): GenPerson[] {
    const n = post.eselon ? 1 : this.rng.weighted([[1, 55], [2, 33], [3, 12]] as const);
    const out: GenPerson[] = [];
    for (let i = 0; i < n; i++) out.push(this.person(post));
    return out;
  }

  private person(post: GenPost): GenPerson {
    const rng = this.rng;
    const jenjang = post.kind === 'fungsional' ? jenjangOf(post.name) : null;
    const sex = rng.chance(0.52) ? 1 : 2;
    const education = this.education(post, jenjang);
    const [amin, amax] = AGE[post.eselon || jenjang || 'pelaksana'] ?? AGE.pelaksana!;
    const minAge = Math.min(amax, Math.max(amin, ENTRY_AGE[education]! + 2));
    const pppk = !post.eselon && (post.kind === 'pelaksana' || jenjang === 'Ahli Pertama' || jenjang === 'Terampil') && rng.chance(0.03);
    for (;;) {
      const age = rng.int(minAge, pppk ? Math.min(amax, 45) : amax);
      const birthYear = REF_YEAR - 1 - age;
      const dayOfYear = rng.int(0, 364);
      const birthMs = Date.UTC(birthYear, 0, 1) + dayOfYear * 86_400_000;
      const birth = new Date(birthMs);
      const birthDate = `${birth.getUTCFullYear()}-${pad(birth.getUTCMonth() + 1)}-${pad(birth.getUTCDate())}`;
      const dayIdx = Math.round((birthMs - Date.UTC(FIRST_BIRTH_YEAR, 0, 1)) / 86_400_000);
      const digits = birthDate.replaceAll('-', '');
      const name = this.name(sex, education, post.sector);
      if (pppk) {
        const yearIdx = rng.int(0, 2);
        const k = (dayIdx * 3 + yearIdx) * 2 + (sex - 1);
        if (this.pppkSeq[k]! >= 250) continue;
        const seq = ++this.pppkSeq[k]!;
        const grade = jenjang === 'Ahli Pertama' ? 'IX' : jenjang === 'Terampil' ? 'VII' : education === 'SMA' ? 'V' : education === 'D3' ? 'VII' : 'IX';
        return { nip: `${digits}${2022 + yearIdx}21${sex}${pad(seq, 3)}`, name, postId: post.id, golongan: grade, education, birthDate, status: 'pppk' };
      }
      const lo = birthYear + Math.max(19, ENTRY_AGE[education]!);
      const hi = Math.min(LAST_TMT_YEAR, birthYear + 34);
      const tmtYear = lo > hi ? hi : Math.min(hi, lo + Math.floor(rng.next() * rng.next() * (hi - lo + 1)));
      const tmtMonth = rng.pick([1, 3, 3, 4, 12, 12, rng.int(1, 12)]);
      const tmtIdx = (tmtYear - FIRST_TMT_YEAR) * 12 + (tmtMonth - 1);
      const k = (dayIdx * TMT_MONTHS + tmtIdx) * 2 + (sex - 1);
      if (tmtIdx < 0 || this.pnsSeq[k]! >= 250) continue;
      const seq = ++this.pnsSeq[k]!;
      const golongan = this.golongan(post, jenjang, education, tmtYear);
      return { nip: `${digits}${tmtYear}${pad(tmtMonth)}${sex}${pad(seq, 3)}`, name, postId: post.id, golongan, education, birthDate, status: 'pns' };
    }
  }

  private education(post: GenPost, jenjang: string | null): string {
    const w = this.rng.weighted.bind(this.rng);
    if (post.kind === 'jpt_pratama') return w([['S2', 85], ['S1', 15]] as const);
    if (post.kind === 'administrator') return w([['S2', 55], ['S1', 40], ['D4', 5]] as const);
    if (post.kind === 'pengawas') return w([['S1', 60], ['S2', 25], ['D4', 15]] as const);
    if (post.kind === 'fungsional') {
      if (jenjang?.startsWith('Ahli')) return w([['S1', 70], ['S2', 20], ['D4', 10]] as const);
      if (jenjang === 'Mahir' || jenjang === 'Penyelia') return w([['D3', 50], ['S1', 30], ['D4', 20]] as const);
      return w([['D3', 85], ['S1', 15]] as const);
    }
    return w([['SMA', 35], ['D3', 25], ['S1', 40]] as const);
  }

  private golongan(post: GenPost, jenjang: string | null, education: string, tmtYear: number): string {
    const range = post.eselon ? ESELON_GOL[post.eselon] : jenjang ? JENJANG_GOL[jenjang] : undefined;
    if (range) return GOLONGANS[this.rng.int(GOL.get(range[0])!, GOL.get(range[1])!)]!;
    // Pelaksana: entry rank by education, one step per ~4 years of service, within II/a–III/d.
    const entry = { SMA: 'II/a', D3: 'II/c', D4: 'III/a', S1: 'III/a', S2: 'III/b' }[education] ?? 'II/a';
    const steps = Math.max(0, Math.floor((REF_YEAR - tmtYear) / 4) - this.rng.int(0, 1));
    return GOLONGANS[Math.min(GOL.get('III/d')!, GOL.get(entry)! + steps)]!;
  }

  /** A name with the degree titles of the post's sector (else the general ones). */
  private name(sex: number, education: string, sector: string): string {
    const rng = this.rng;
    const given = sex === 1 ? MALE_GIVEN : FEMALE_GIVEN;
    const family = sex === 1 ? MALE_FAMILY : FEMALE_FAMILY;
    let n = rng.chance(0.2) ? `${rng.pick(given)} ${rng.pick(given)} ${rng.pick(family)}` : `${rng.pick(given)} ${rng.pick(family)}`;
    if (education === 'S1' || education === 'D4' || education === 'S2') n += `, ${rng.pick(degreeTitles(S1_TITLES, sector))}`;
    if (education === 'S2') n += `, ${rng.pick(degreeTitles(S2_TITLES, sector))}`;
    else if (education === 'D3') n += `, ${rng.pick(degreeTitles(D3_TITLES, sector))}`;
    return n;
  }
}
