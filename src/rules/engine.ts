/** The decision engine: rules in order, first match wins, every rule tried is traced with its reasons. */
import type { Text } from '../i18n/index.js';
import type { Post, UnitType } from '../model/types.js';
import type { Condition, LocalUnit, Outcome, Rule, Ruleset } from './types.js';

/** What the conditions may look at for one post, computed once per post by the caller. */
export interface PostFacts {
  post: Post;
  /** Unit types of the post's own unit and of every unit above it in the OPD, nearest first. */
  chainTypes: UnitType[];
  /** The post and every post above it, nearest first (their ids and unit names are what local lists match). */
  chain: readonly Post[];
  opdType: UnitType | null;
}

export interface TraceStep {
  ruleId: string;
  matched: boolean;
  /** Why it matched or the first condition that failed. */
  reason: Text;
}

export interface Decision {
  outcome: Outcome;
  rule: Rule;
  /** The local-list entry that matched, if any (its reason becomes part of the criterion). */
  local?: LocalUnit;
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
}

const NO_TEXT: Text = Object.freeze({ id: '', en: '' });
const FAILED: Eval = Object.freeze({ ok: false, reason: NO_TEXT });
const PASSED: Eval = Object.freeze({ ok: true, reason: NO_TEXT });
/**
 * What the name and local-list conditions look at, built once per post: the rules of one post are evaluated one
 * after another, so the last post's values are kept (not a map of every post's).
 */
let textFor: PostFacts | undefined;
let text = '';
let keysFor: PostFacts | undefined;
let keys: string[] = [];

/** The post's title and unit, for name_matches. */
function textOf(f: PostFacts): string {
  if (textFor !== f) {
    textFor = f;
    text = `${f.post.name} | ${f.post.unit}`;
  }
  return text;
}

/** The ids and unit names along the post's chain, lower case, for local lists. */
function keysOf(f: PostFacts): string[] {
  if (keysFor !== f) {
    keysFor = f;
    keys = f.chain.flatMap((q) => (q.unit ? [q.id, q.unit] : [q.id])).map((k) => k.toLowerCase());
  }
  return keys;
}

/**
 * Whether a condition holds for a post. With `why` (explain) every step says why it passed or failed; without it
 * (a batch run) no text is built and no object (not even a closure) is allocated for a failure: the same branches
 * decide either way.
 */
export function evaluate(c: Condition, f: PostFacts, set: Ruleset, why = true): Eval {
  // `reasons?.push(…)` skips building its argument when there is no explanation to give.
  const reasons: Text[] | null = why ? [] : null;
  let local: LocalUnit | undefined;
  if (c.kind) {
    const k = f.post.kind;
    if (!k || !c.kind.includes(k)) return why ? { ok: false, reason: { id: `jenis jabatan ${k ?? '(kosong)'} ∉ [${c.kind!.join(', ')}]`, en: `kind ${k ?? '(empty)'} ∉ [${c.kind!.join(', ')}]` } } : FAILED;
    reasons?.push({ id: `jenis ${k}`, en: `kind ${k}` });
  }
  if (c.eselon) {
    const e = f.post.eselon;
    if (!e || !c.eselon.includes(e)) return why ? { ok: false, reason: { id: `eselon ${e ?? '(kosong)'} ∉ [${c.eselon!.join(', ')}]`, en: `eselon ${e ?? '(empty)'} ∉ [${c.eselon!.join(', ')}]` } } : FAILED;
    reasons?.push({ id: `eselon ${e}`, en: `eselon ${e}` });
  }
  if (c.unit_type) {
    const t = f.chainTypes[0] ?? null;
    if (!t || !c.unit_type.includes(t)) return why ? { ok: false, reason: { id: `jenis unit ${t ?? '(tidak diketahui)'} ∉ [${c.unit_type!.join(', ')}]`, en: `unit type ${t ?? '(unknown)'} ∉ [${c.unit_type!.join(', ')}]` } } : FAILED;
    reasons?.push({ id: `unit ${t}`, en: `unit ${t}` });
  }
  if (c.within) {
    let hit: UnitType | undefined;
    for (const t of f.chainTypes) if (c.within.includes(t)) {
      hit = t;
      break;
    }
    if (!hit) return why ? { ok: false, reason: { id: `tidak berada dalam unit [${c.within!.join(', ')}]`, en: `not within a unit of type [${c.within!.join(', ')}]` } } : FAILED;
    reasons?.push({ id: `dalam unit ${hit}`, en: `within ${hit}` });
  }
  if (c.opd_head !== undefined) {
    const head = f.post.parentId === null;
    if (head !== c.opd_head) return why ? { ok: false, reason: head ? { id: 'kepala perangkat daerah', en: 'head of the OPD' } : { id: 'bukan kepala perangkat daerah', en: 'not the head of the OPD' } } : FAILED;
    reasons?.push(head ? { id: 'kepala perangkat daerah', en: 'head of the OPD' } : { id: 'bukan kepala perangkat daerah', en: 'not the head of the OPD' });
  }
  if (c.opd_type) {
    const t = f.opdType;
    if (!t || !c.opd_type.includes(t)) return why ? { ok: false, reason: { id: `jenis perangkat daerah ${t ?? '(tidak diketahui)'} ∉ [${c.opd_type!.join(', ')}]`, en: `OPD type ${t ?? '(unknown)'} ∉ [${c.opd_type!.join(', ')}]` } } : FAILED;
    reasons?.push({ id: `perangkat daerah ${t}`, en: `OPD ${t}` });
  }
  if (c.name_matches) {
    const hay = textOf(f);
    let hit: string | undefined;
    for (const src of c.name_matches) if (regex(src).test(hay)) {
      hit = src;
      break;
    }
    if (!hit) return why ? { ok: false, reason: { id: `nama tidak cocok dengan /${c.name_matches!.join('|')}/`, en: `name does not match /${c.name_matches!.join('|')}/` } } : FAILED;
    reasons?.push({ id: `nama cocok /${hit}/`, en: `name matches /${hit}/` });
  }
  if (c.local_list) {
    const list = set.local[c.local_list];
    // Most regions list nothing: then no keys are built for the post.
    if (list.length) {
      const ks = keysOf(f);
      local = list.find((u) => ks.includes(u.match.toLowerCase()));
    }
    if (!local) return why ? { ok: false, reason: { id: `tidak ada dalam daftar lokal ${c.local_list}`, en: `not in local list ${c.local_list}` } } : FAILED;
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
    if (!hit) return why ? { ok: false, reason: { id: `tidak ada alternatif yang cocok (${tried.map((r) => r.reason.id).join('; ')})`, en: `no alternative matched (${tried.map((r) => r.reason.en).join('; ')})` } } : FAILED;
    reasons?.push(hit.reason);
    local ??= hit.local;
  }
  if (c.not) {
    const r = evaluate(c.not, f, set, why);
    if (r.ok) return why ? { ok: false, reason: { id: `pengecualian berlaku: ${r.reason.id}`, en: `exception applies: ${r.reason.en}` } } : FAILED;
    reasons?.push(r.reason); // why the exception does not apply
  }
  if (!reasons) return local ? { ok: true, reason: NO_TEXT, local } : PASSED;
  return {
    ok: true,
    reason: { id: reasons.map((r) => r.id).join(', '), en: reasons.map((r) => r.en).join(', ') },
    ...(local ? { local } : {}),
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
    if (r.ok) return { outcome: rule.outcome!, rule, trace, ...(r.local ? { local: r.local } : {}) };
  }
  return null;
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
