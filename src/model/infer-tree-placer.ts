/**
 * Where a post listed without a parent goes within its OPD (model/infer-tree.ts): per OPD, an index of the posts that
 * head units (by unit name, the sub-OPD units, the Sekretaris; by the words naming them only once a title must be
 * matched by its words), and the head listed nearest above each, for a list in hierarchical order. Scores live in
 * arrays shared by every post; nothing is allocated per post placed but the words of a title not seen before.
 */
import { LEAF_RANK, type OpdRef } from './head.js';
import { unitFromTitle } from './parse/unit-title.js';
import { UNIT_TYPES, type Post, type UnitType } from './types.js';
import { SUB_OPD, SUB_RE, type UnitWords } from './unit-words.js';

export interface Group extends OpdRef {
  /** The chosen head (index into the structure's posts), -1 before. */
  head: number;
  inferred: number;
  /** Whether the OPD has posts to place: only then is its index built. */
  work: boolean;
  index?: GroupIndex;
}

interface GroupIndex {
  /** Unit name as written → the post heading that unit (the first listed); by its key (opdKey), made on first use. */
  unitsAsWritten: Map<string, number>;
  units?: Map<string, number>;
  /** The posts heading a unit that may hold other heads (bidang, bagian, UPT, …), how many of each type, and by each word naming them (made on first use). */
  holders: number[];
  typeCount: Int32Array;
  words?: Map<string, number[]>;
  /** Each sub-OPD type (kelurahan, UPT, RSUD): how many, and the post heading it when there is one. */
  subCount: Int32Array;
  subOnly: Int32Array;
  /** The highest-ranked Sekretaris, -1 when none. */
  secretary: number;
  /** A JF's or pelaksana's title → the head of the unit it ends with (-1: none), once per distinct title. */
  titleUnits: Map<string, number>;
}

/** A unit type code for "an Asisten or Staf Ahli": a JPT that is not the head, over Kabag. */
const MID = UNIT_TYPES.length;
const NO_TYPE = 255;
/** Which units' heads a head of each type goes under when its words name them. */
const NAMED_PARENTS: Partial<Record<UnitType, readonly number[]>> = {
  seksi: [UNIT_TYPES.indexOf('bidang')],
  subbidang: [UNIT_TYPES.indexOf('bidang')],
  subbagian: [UNIT_TYPES.indexOf('bagian'), UNIT_TYPES.indexOf('pengadaan')],
  bagian: [MID],
  pengadaan: [MID],
};
const HOLDS_HEADS: ReadonlySet<UnitType> = new Set<UnitType>(['bidang', 'bagian', 'pengadaan', 'sekretariat', 'kelurahan', 'upt', 'rsud']);
const NAMES_SUB_OPD: ReadonlySet<UnitType> = new Set<UnitType>(['seksi', 'subbagian', 'subbidang', 'sekretariat']);
const T = (...types: Array<UnitType | typeof MID>): readonly number[] => types.map((t) => (t === MID ? MID : UNIT_TYPES.indexOf(t)));
/** Which heads listed above a head of each type may hold it, in a list in hierarchical order. */
const ORDER_HOLDERS: Partial<Record<UnitType, readonly number[]>> = {
  seksi: T('bidang', 'upt', 'rsud', 'kelurahan'),
  subbidang: T('bidang'),
  subbagian: T('bagian', 'pengadaan', 'upt', 'rsud', 'kelurahan', 'sekretariat'),
  sekretariat: T('kelurahan'),
  bagian: T(MID, 'rsud'),
  pengadaan: T(MID),
};
/** A word shared by more units than this says nothing about which one. */
const COMMON = 50;
const ORDER_SAMPLE = 2000;

/** The unit type a post heads: its unit column's, else its title's; an Asisten or Staf Ahli (a JPT below the head, of no unit type) is MID. */
function headsType(p: Post, isHead: boolean): number {
  const t = p.unitType ?? unitFromTitle(p.name)?.type ?? null;
  if ((t === null || t === 'lainnya') && !isHead && (p.kind === 'jpt_pratama' || p.kind === 'jpt_madya')) return MID;
  return t === null ? NO_TYPE : UNIT_TYPES.indexOf(t);
}

/** Indexes the heads of units per OPD and picks parents from them; the score arrays are shared by every post. */
export class Placer {
  /** Unit type each indexed post heads (UNIT_TYPES index, MID or NO_TYPE), and how many words name it. */
  private readonly types: Uint8Array;
  private readonly need: Uint16Array;
  /** The head listed nearest above (readOrder). */
  private readonly above: Int32Array;
  private readonly score: Float64Array;
  private readonly hits: Int32Array;
  private readonly touched: number[] = [];
  private readonly wordsOfPost: Array<readonly string[] | undefined>;

  constructor(private readonly posts: readonly Post[], private readonly rank: Uint8Array, private readonly words: UnitWords) {
    const n = posts.length;
    this.types = new Uint8Array(n).fill(NO_TYPE);
    this.need = new Uint16Array(n);
    this.above = new Int32Array(n).fill(-1);
    this.score = new Float64Array(n);
    this.hits = new Int32Array(n);
    this.wordsOfPost = new Array(n).fill(undefined);
  }

  /** Adds a post that heads a unit (or may) to its OPD's index. */
  add(g: Group, i: number): void {
    const p = this.posts[i]!;
    const x = indexOf(g);
    // The unit it heads: its unit column, else the one its title names.
    const unit = p.unit || unitFromTitle(p.name)?.name;
    if (unit && !x.unitsAsWritten.has(unit)) x.unitsAsWritten.set(unit, i);
    const t = headsType(p, g.head === i);
    this.types[i] = t;
    const type = t < MID ? UNIT_TYPES[t]! : null;
    if (t !== MID && (type === null || !HOLDS_HEADS.has(type))) return;
    const sub = type ? SUB_OPD.indexOf(type) : -1;
    if (sub >= 0) {
      x.subCount[sub]!++;
      x.subOnly[sub] = i;
    }
    if (type === 'sekretariat' && !SUB_RE.kelurahan!.test(p.name) && (x.secretary < 0 || this.rank[i]! < this.rank[x.secretary]!)) x.secretary = i;
    x.holders.push(i);
    x.typeCount[t]!++;
  }

  /** The OPD's holders by the words naming them; `need` their number per holder. Built when a title is first matched. */
  private wordIndex(x: GroupIndex): Map<string, number[]> {
    if (x.words) return x.words;
    const index = new Map<string, number[]>();
    for (const h of x.holders) {
      const t = this.types[h]!;
      const words = this.words.distinct(this.posts[h]!, t < MID ? UNIT_TYPES[t]! : null);
      this.need[h] = words.length;
      for (const w of words) {
        let list = index.get(w);
        if (!list) index.set(w, (list = []));
        list.push(h);
      }
    }
    return (x.words = index);
  }

  /** The head listed nearest above each head of a unit in its OPD that ranks above it and may hold it (-1: none). */
  readOrder(groups: readonly Group[], groupOf: Int32Array): void {
    const stacks: number[][] = [];
    for (let i = 0; i < this.posts.length; i++) {
      if (this.rank[i]! >= LEAF_RANK || !groups[groupOf[i]!]!.work) continue;
      const stack = (stacks[groupOf[i]!] ??= []);
      while (stack.length && this.rank[stack[stack.length - 1]!]! >= this.rank[i]!) stack.pop();
      const t = this.types[i]!;
      const holders = t < MID ? ORDER_HOLDERS[UNIT_TYPES[t]!] : undefined;
      if (holders) {
        for (let k = stack.length - 1; k >= 0; k--) if (holders.includes(this.types[stack[k]!]!)) {
          this.above[i] = stack[k]!;
          break;
        }
      }
      stack.push(i);
    }
  }

  /**
   * Whether the row order agrees with what the titles name: at least three of four heads, of three or more named
   * (the first ORDER_SAMPLE are enough to tell a list in hierarchical order from one sorted otherwise).
   */
  orderAgrees(buckets: ReadonlyArray<readonly number[] | undefined>, groups: readonly Group[], groupOf: Int32Array): boolean {
    let checks = 0;
    let agree = 0;
    sample: for (const bucket of buckets) for (const i of bucket ?? []) {
      if (checks >= ORDER_SAMPLE) break sample;
      if (this.rank[i]! >= LEAF_RANK || this.above[i]! < 0) continue;
      const named = this.named(i, indexOf(groups[groupOf[i]!]!));
      if (named < 0) continue;
      checks++;
      if (named === this.above[i]) agree++;
    }
    return checks >= 3 && agree * 4 >= checks * 3;
  }

  parentFor(i: number, g: Group, useOrder: boolean): number {
    const x = indexOf(g);
    if (this.rank[i]! >= LEAF_RANK) {
      const u = this.unitNamed(i, x);
      return u >= 0 ? u : g.head;
    }
    const t = this.types[i]!;
    const type = t < MID ? UNIT_TYPES[t]! : null;
    const sub = type && NAMES_SUB_OPD.has(type) ? this.subOpdNamed(i, x) : -1;
    if (sub >= 0) return sub;
    if (useOrder && this.above[i]! >= 0) return this.above[i]!;
    const named = this.named(i, x);
    if (named >= 0) return named;
    if (type === 'subbagian' && x.secretary >= 0 && this.rank[x.secretary]! < this.rank[i]!) return x.secretary;
    return g.head;
  }

  /** The head whose unit a head's title names: a kelurahan, UPT or RSUD it names in full, else a bidang, bagian or Asisten by its words. */
  private named(i: number, x: GroupIndex): number {
    const t = this.types[i]!;
    const type = t < MID ? UNIT_TYPES[t]! : null;
    if (!type) return -1;
    const sub = NAMES_SUB_OPD.has(type) ? this.subOpdNamed(i, x) : -1;
    if (sub >= 0) return sub;
    const allowed = NAMED_PARENTS[type];
    return allowed && allowed.some((t) => x.typeCount[t]! > 0) ? this.bestNamed(i, this.postWords(i), x, allowed) : -1;
  }

  /** The words of head i's title and unit, once per post. */
  private postWords(i: number): readonly string[] {
    return (this.wordsOfPost[i] ??= this.words.ofPost(this.posts[i]!));
  }

  /** The head of the unit a JF's or pelaksana's unit column names, or that ends its title ("Staf Seksi Tata Usaha"); -1 when none. */
  private unitNamed(i: number, x: GroupIndex): number {
    const p = this.posts[i]!;
    // The unit as written first: the unit cells of a unit's posts are the same text (and the same string: rows.ts pools them).
    const u = p.unit ? x.unitsAsWritten.get(p.unit) ?? this.unitKeys(x).get(this.words.key(p.unit)) : undefined;
    if (u !== undefined && u !== i) return u;
    let hit = x.titleUnits.get(p.name);
    if (hit === undefined) {
      hit = -1;
      const units = this.unitKeys(x);
      const words = this.words.key(p.name).split(' ');
      for (let k = 1; k < words.length - 1 && hit < 0; k++) hit = units.get(words.slice(k).join(' ')) ?? -1;
      x.titleUnits.set(p.name, hit);
    }
    return hit;
  }

  /** The OPD's units by key, the first listed for each. */
  private unitKeys(x: GroupIndex): Map<string, number> {
    if (!x.units) {
      x.units = new Map();
      for (const [name, i] of x.unitsAsWritten) {
        const key = this.words.key(name);
        if (!x.units.has(key)) x.units.set(key, i);
      }
    }
    return x.units;
  }

  /** The head of the kelurahan, UPT or RSUD the words name: its type's word and all its own words, or its type's word when the OPD has one. */
  private subOpdNamed(i: number, x: GroupIndex): number {
    for (let s = 0; s < SUB_OPD.length; s++) {
      if (x.subCount[s] === 0) continue;
      const type = SUB_OPD[s]!;
      const p = this.posts[i]!;
      if (!SUB_RE[type]!.test(p.name) && !SUB_RE[type]!.test(p.unit)) continue;
      let best = x.subCount[s] === 1 ? x.subOnly[s]! : -1;
      if (best < 0) {
        this.count(i, this.postWords(i), x, [UNIT_TYPES.indexOf(type)]);
        for (const c of this.touched) if (this.hits[c] === this.need[c] && (best < 0 || this.need[c]! > this.need[best]!)) best = c;
        this.reset();
      }
      if (best >= 0 && best !== i && this.rank[best]! < this.rank[i]!) return best;
    }
    return -1;
  }

  /** The head of an allowed type whose words the post shares most (each word weighs 1 / how many heads have it), if clearly best. */
  private bestNamed(i: number, words: readonly string[], x: GroupIndex, allowed: readonly number[]): number {
    this.count(i, words, x, allowed);
    let best = -1;
    let bestScore = 0;
    let second = 0;
    for (const c of this.touched) {
      const sc = this.score[c]!;
      if (sc > bestScore) {
        second = bestScore;
        bestScore = sc;
        best = c;
      } else if (sc > second) second = sc;
    }
    this.reset();
    return bestScore >= 0.5 && bestScore > second ? best : -1;
  }

  /** Fills hits and score for the heads of the types allowed, ranked above post i, sharing the words. */
  private count(i: number, words: readonly string[], x: GroupIndex, allowed: readonly number[]): void {
    const index = this.wordIndex(x);
    for (const w of words) {
      const list = index.get(w);
      if (!list || list.length > COMMON) continue;
      for (const c of list) {
        if (c === i || this.rank[c]! >= this.rank[i]! || !allowed.includes(this.types[c]!)) continue;
        if (this.hits[c] === 0) this.touched.push(c);
        this.hits[c]!++;
        this.score[c]! += 1 / list.length;
      }
    }
  }

  private reset(): void {
    for (const c of this.touched) {
      this.hits[c] = 0;
      this.score[c] = 0;
    }
    this.touched.length = 0;
  }
}

/** The OPD's index, made on first use. */
function indexOf(g: Group): GroupIndex {
  return (g.index ??= { unitsAsWritten: new Map(), holders: [], typeCount: new Int32Array(MID + 1), subCount: new Int32Array(SUB_OPD.length), subOnly: new Int32Array(SUB_OPD.length).fill(-1), secretary: -1, titleUnits: new Map() });
}
