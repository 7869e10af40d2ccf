/** The decision engine: rules in order, first match wins, every rule tried is traced with its reasons. */
import type { Text } from '../i18n/index.js';
import { unitBit } from '../model/placement.js';
import { titleLevelConflict } from '../model/title-level.js';
import type { Post, UnitType } from '../model/types.js';
import { localListHit, type PostFacts } from './facts.js';
import type { Condition, LocalUnit, Outcome, Rule, Ruleset } from './types.js';

export type { PostFacts } from './facts.js';

export interface TraceStep {
  ruleId: string;
  matched: boolean;
  /** Why it matched or the first condition that failed. */
  reason: Text;
}

/**
 * What a matched rule rests on besides the columns (BASIS bits; 0 = the columns alone): a unit or an OPD read from
 * titles, or a pattern on the title (a heuristic detection an analyst may overrule).
 */
export const BASIS = { unitFromTitle: 1, opdFromTitle: 2, titlePattern: 4, parentFromTitle: 8 } as const;

const BASIS_TOKENS = ['unit-from-title', 'opd-from-title', 'title-pattern', 'parent-from-title'] as const;

/** BASIS bits as mapping.csv writes them: `data`, or the inferences joined by `+` (e.g. `unit-from-title+title-pattern`). */
export function basisText(bits: number): string {
  return bits === 0 ? 'data' : BASIS_TOKENS.filter((_, k) => bits & (1 << k)).join('+');
}

/** What a basis means, for messages. */
export function basisReason(bits: number): Text {
  const id = ['unit dibaca dari nama jabatan', 'perangkat daerah dibaca dari nama jabatan kepalanya', 'pola pada nama jabatan', 'atasan disimpulkan dari nama jabatan'];
  const en = ['unit read from titles', 'OPD read from its head\'s title', 'a pattern on the title', 'superior inferred from titles'];
  const pick = (list: string[]) => list.filter((_, k) => bits & (1 << k)).join('; ');
  return { id: pick(id), en: pick(en) };
}

export interface Decision {
  outcome: Outcome;
  rule: Rule;
  /** The local-list entry that matched, if any (its reason becomes part of the criterion). */
  local?: LocalUnit;
  /** BASIS bits of the conditions that matched. */
  basis: number;
  trace: TraceStep[];
}

const regexCache = new Map<string, RegExp>();
function regex(src: string): RegExp {
  let re = regexCache.get(src);
  if (!re) regexCache.set(src, (re = new RegExp(src, 'i')));
  return re;
}

interface Eval {
  ok: boolean;
  reason: Text;
  local?: LocalUnit;
  basis: number;
}

const NO_TEXT: Text = Object.freeze({ id: '', en: '' });
const FAILED: Eval = Object.freeze({ ok: false, reason: NO_TEXT, basis: 0 });
/** A passed condition without explanation, one per basis value. */
const PASSED: readonly Eval[] = Array.from({ length: 16 }, (_, b) => Object.freeze({ ok: true, reason: NO_TEXT, basis: b }));
/**
 * What the name conditions look at, built once per post: the rules of one post are evaluated one
 * after another, so the last post's values are kept (not a map of every post's).
 */
let textFor: Post | undefined;
let text = '';

/** The post's title and unit, for name_matches. */
function textOf(f: PostFacts): string {
  if (textFor !== f.post) {
    textFor = f.post;
    text = `${f.post.name} | ${f.placement.unitName(f.index)}`;
  }
  return text;
}

/** The first type of `types` in the chain, preferring one given in the columns over one read from titles. */
function withinHit(types: readonly UnitType[], f: PostFacts): { type: UnitType; inferred: boolean } | undefined {
  let inferred: UnitType | undefined;
  for (const t of types) {
    const bit = unitBit(t);
    if (!(f.chainMask & bit)) continue;
    if (!(f.inferredMask & bit)) return { type: t, inferred: false };
    inferred ??= t;
  }
  return inferred && { type: inferred, inferred: true };
}

const FROM_TITLE: Text = { id: ' (dibaca dari nama jabatan)', en: ' (read from titles)' };

/**
 * Whether a condition holds for a post. With `why` (explain) every step says why it passed or failed; without it
 * (a batch run) no text is built and no object (not even a closure) is allocated for a failure: the same branches
 * decide either way.
 */
export function evaluate(c: Condition, f: PostFacts, set: Ruleset, why = true): Eval {
  // `reasons?.push(…)` skips building its argument when there is no explanation to give.
  const reasons: Text[] | null = why ? [] : null;
  let local: LocalUnit | undefined;
  let basis = 0;
  if (c.kind) {
    const k = f.post.kind;
    if (!k || !c.kind.includes(k)) return why ? { ok: false, reason: { id: `jenis jabatan ${k ?? '(kosong)'} ∉ [${c.kind!.join(', ')}]`, en: `kind ${k ?? '(empty)'} ∉ [${c.kind!.join(', ')}]` }, basis: 0 } : FAILED;
    reasons?.push({ id: `jenis ${k}`, en: `kind ${k}` });
  }
  if (c.eselon) {
    const e = f.post.eselon;
    if (!e || !c.eselon.includes(e)) return why ? { ok: false, reason: { id: `eselon ${e ?? '(kosong)'} ∉ [${c.eselon!.join(', ')}]`, en: `eselon ${e ?? '(empty)'} ∉ [${c.eselon!.join(', ')}]` }, basis: 0 } : FAILED;
    reasons?.push({ id: `eselon ${e}`, en: `eselon ${e}` });
  }
  if (c.unit_type) {
    const t = f.unitType;
    if (!t || !c.unit_type.includes(t)) return why ? { ok: false, reason: { id: `jenis unit ${t ?? '(tidak diketahui)'} ∉ [${c.unit_type!.join(', ')}]`, en: `unit type ${t ?? '(unknown)'} ∉ [${c.unit_type!.join(', ')}]` }, basis: 0 } : FAILED;
    if (f.unitTypeInferred) basis |= BASIS.unitFromTitle;
    if (f.parentInferred) basis |= BASIS.parentFromTitle;
    reasons?.push({ id: `unit ${t}${f.unitTypeInferred ? FROM_TITLE.id : ''}`, en: `unit ${t}${f.unitTypeInferred ? FROM_TITLE.en : ''}` });
  }
  if (c.within) {
    const hit = withinHit(c.within, f);
    if (!hit) return why ? { ok: false, reason: { id: `tidak berada dalam unit [${c.within!.join(', ')}]`, en: `not within a unit of type [${c.within!.join(', ')}]` }, basis: 0 } : FAILED;
    if (hit.inferred) basis |= BASIS.unitFromTitle;
    if (f.parentInferred) basis |= BASIS.parentFromTitle;
    reasons?.push({ id: `dalam unit ${hit.type}${hit.inferred ? FROM_TITLE.id : ''}`, en: `within ${hit.type}${hit.inferred ? FROM_TITLE.en : ''}` });
  }
  if (c.opd_head !== undefined) {
    const head = f.post.parentId === null;
    if (f.parentInferred || (head && f.structure.treeInferred.posts > 0)) basis |= BASIS.parentFromTitle;
    if (head !== c.opd_head) return why ? { ok: false, reason: head ? { id: 'kepala perangkat daerah', en: 'head of the OPD' } : { id: 'bukan kepala perangkat daerah', en: 'not the head of the OPD' }, basis: 0 } : FAILED;
    reasons?.push(head ? { id: 'kepala perangkat daerah', en: 'head of the OPD' } : { id: 'bukan kepala perangkat daerah', en: 'not the head of the OPD' });
  }
  if (c.opd_type) {
    const t = f.opdType;
    if (!t || !c.opd_type.includes(t)) return why ? { ok: false, reason: { id: `jenis perangkat daerah ${t ?? '(tidak diketahui)'} ∉ [${c.opd_type!.join(', ')}]`, en: `OPD type ${t ?? '(unknown)'} ∉ [${c.opd_type!.join(', ')}]` }, basis: 0 } : FAILED;
    if (f.opdInferred) basis |= BASIS.opdFromTitle;
    reasons?.push({ id: `perangkat daerah ${t}${f.opdInferred ? FROM_TITLE.id : ''}`, en: `OPD ${t}${f.opdInferred ? FROM_TITLE.en : ''}` });
  }
  if (c.name_matches) {
    const hay = textOf(f);
    let hit: string | undefined;
    for (const src of c.name_matches) if (regex(src).test(hay)) {
      hit = src;
      break;
    }
    if (!hit) return why ? { ok: false, reason: { id: `nama tidak cocok dengan /${c.name_matches!.join('|')}/`, en: `name does not match /${c.name_matches!.join('|')}/` }, basis: 0 } : FAILED;
    basis |= BASIS.titlePattern;
    reasons?.push({ id: `nama cocok /${hit}/`, en: `name matches /${hit}/` });
  }
  if (c.title_matches) {
    let hit: string | undefined;
    for (const src of c.title_matches) if (regex(src).test(f.post.name)) {
      hit = src;
      break;
    }
    if (!hit) return why ? { ok: false, reason: { id: `nama jabatan tidak cocok dengan /${c.title_matches!.join('|')}/`, en: `title does not match /${c.title_matches!.join('|')}/` }, basis: 0 } : FAILED;
    reasons?.push({ id: `nama jabatan cocok /${hit}/`, en: `title matches /${hit}/` });
  }
  if (c.title_eselon_conflict !== undefined) {
    const conflict = titleLevelConflict(f.post);
    if (!!conflict !== c.title_eselon_conflict)
      return why ? { ok: false, reason: conflict ? { id: 'nama jabatan dan eselon bertentangan', en: 'title and eselon conflict' } : { id: 'nama jabatan sesuai eselon', en: 'title fits the eselon' }, basis: 0 } : FAILED;
    reasons?.push(conflict
      ? { id: `nama jabatan memimpin ${conflict.unit} (${conflict.titled}), eselon ${f.post.eselon} (${conflict.byEselon})`, en: `title heads a ${conflict.unit} (${conflict.titled}), eselon ${f.post.eselon} (${conflict.byEselon})` }
      : { id: 'nama jabatan sesuai eselon', en: 'title fits the eselon' });
  }
  if (c.local_list) {
    const list = set.local[c.local_list];
    // Most regions list nothing: then nothing is computed.
    if (list.length) local = localListHit(f, list);
    if (!local) return why ? { ok: false, reason: { id: `tidak ada dalam daftar lokal ${c.local_list}`, en: `not in local list ${c.local_list}` }, basis: 0 } : FAILED;
    const l = local;
    reasons?.push({ id: `daftar lokal ${c.local_list}: ${l.match} (${l.reason})`, en: `local list ${c.local_list}: ${l.match} (${l.reason})` });
  }
  if (c.any) {
    const tried: Eval[] = [];
    let hit: Eval | undefined;
    for (const sub of c.any) {
      const r = evaluate(sub, f, set, why);
      if (r.ok) {
        hit = r;
        break;
      }
      if (why) tried.push(r);
    }
    if (!hit) return why ? { ok: false, reason: { id: `tidak ada alternatif yang cocok (${tried.map((r) => r.reason.id).join('; ')})`, en: `no alternative matched (${tried.map((r) => r.reason.en).join('; ')})` }, basis: 0 } : FAILED;
    reasons?.push(hit.reason);
    local ??= hit.local;
    basis |= hit.basis;
  }
  if (c.not) {
    const r = evaluate(c.not, f, set, why);
    if (r.ok) return why ? { ok: false, reason: { id: `pengecualian berlaku: ${r.reason.id}`, en: `exception applies: ${r.reason.en}` }, basis: 0 } : FAILED;
    reasons?.push(r.reason); // why the exception does not apply
  }
  if (!reasons) return local ? { ok: true, reason: NO_TEXT, local, basis } : PASSED[basis]!;
  return {
    ok: true,
    reason: { id: reasons.map((r) => r.id).join(', '), en: reasons.map((r) => r.en).join(', ') },
    ...(local ? { local } : {}),
    basis,
  };
}

/**
 * Tries the enabled decision rules in order; returns the first match with its trace, or null. With `explain` false
 * (a batch run) the trace stays empty and no reason text is built: the same rule fires.
 */
export function decide(f: PostFacts, set: Ruleset, rules: readonly Rule[] = decisionRules(set), explain = true): Decision | null {
  const trace: TraceStep[] = explain ? [] : NO_TRACE;
  for (const rule of rules) {
    const r = evaluate(rule.when!, f, set, explain);
    if (explain) trace.push({ ruleId: rule.id, matched: r.ok, reason: r.reason });
    if (r.ok) {
      // An equalise is what is left when no keep criterion held: it rests on every reading those criteria looked at.
      const basis = rule.outcome!.decision === 'equalise' ? r.basis | inferencesOf(f) : r.basis;
      return { outcome: rule.outcome!, rule, trace, basis, ...(r.local ? { local: r.local } : {}) };
    }
  }
  return null;
}

/** BASIS bits of everything read from titles about where the post sits. */
function inferencesOf(f: PostFacts): number {
  return (f.inferredMask || f.unitTypeInferred ? BASIS.unitFromTitle : 0) | (f.opdInferred ? BASIS.opdFromTitle : 0)
    | (f.parentInferred ? BASIS.parentFromTitle : 0);
}

/** The (shared, frozen) trace of a decision taken without explanation. */
const NO_TRACE = Object.freeze([]) as unknown as TraceStep[];

/** Enabled decision rules, highest priority first; Array.prototype.sort is stable, so file order breaks ties. */
export function decisionRules(set: Ruleset): Rule[] {
  return set.rules
    .filter((r) => r.type === 'decision' && r.enabled)
    .sort((a, b) => (b.priority ?? DEFAULT_PRIORITY) - (a.priority ?? DEFAULT_PRIORITY));
}

export const DEFAULT_PRIORITY = 50;

/**
 * The rules whose own kind and eselon conditions admit a post, in order: a batch run tries those few instead of every
 * rule for each of a million posts. A rule left out fails on its first condition for that post, so the same rule fires.
 */
export function rulesForPost(rules: readonly Rule[]): (p: Post) => readonly Rule[] {
  const byKind = new Map<Post['kind'], Map<Post['eselon'], Rule[]>>();
  return (p) => {
    let byEselon = byKind.get(p.kind);
    if (!byEselon) byKind.set(p.kind, (byEselon = new Map()));
    let list = byEselon.get(p.eselon);
    if (!list) {
      const admits = (allowed: readonly string[] | undefined, v: string | null) => !allowed || (v !== null && allowed.includes(v));
      byEselon.set(p.eselon, (list = rules.filter((r) => admits(r.when!.kind, p.kind) && admits(r.when!.eselon, p.eselon))));
    }
    return list;
  };
}
