/** The decision engine: rules in order, first match wins, every rule tried is traced with its reasons. */
import type { Text } from '../i18n/index.js';
import type { Post, UnitType } from '../model/types.js';
import type { Condition, LocalUnit, Outcome, Rule, Ruleset } from './types.js';

/** What the conditions may look at for one post, computed once per post by the caller. */
export interface PostFacts {
  post: Post;
  /** Unit types of the post's own unit and of every unit above it in the OPD, nearest first. */
  chainTypes: UnitType[];
  /** Unit names (and post ids) of the post and every post above it, for local lists. */
  chainKeys: string[];
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

export function evaluate(c: Condition, f: PostFacts, set: Ruleset): Eval {
  const reasons: Text[] = [];
  let local: LocalUnit | undefined;
  const fail = (reason: Text): Eval => ({ ok: false, reason });
  if (c.kind) {
    const k = f.post.kind;
    if (!k || !c.kind.includes(k)) return fail({ id: `jenis jabatan ${k ?? '(kosong)'} ∉ [${c.kind.join(', ')}]`, en: `kind ${k ?? '(empty)'} ∉ [${c.kind.join(', ')}]` });
    reasons.push({ id: `jenis ${k}`, en: `kind ${k}` });
  }
  if (c.eselon) {
    const e = f.post.eselon;
    if (!e || !c.eselon.includes(e)) return fail({ id: `eselon ${e ?? '(kosong)'} ∉ [${c.eselon.join(', ')}]`, en: `eselon ${e ?? '(empty)'} ∉ [${c.eselon.join(', ')}]` });
    reasons.push({ id: `eselon ${e}`, en: `eselon ${e}` });
  }
  if (c.unit_type) {
    const t = f.chainTypes[0] ?? null;
    if (!t || !c.unit_type.includes(t)) return fail({ id: `jenis unit ${t ?? '(tidak diketahui)'} ∉ [${c.unit_type.join(', ')}]`, en: `unit type ${t ?? '(unknown)'} ∉ [${c.unit_type.join(', ')}]` });
    reasons.push({ id: `unit ${t}`, en: `unit ${t}` });
  }
  if (c.within) {
    const hit = f.chainTypes.find((t) => c.within!.includes(t));
    if (!hit) return fail({ id: `tidak berada dalam unit [${c.within.join(', ')}]`, en: `not within a unit of type [${c.within.join(', ')}]` });
    reasons.push({ id: `dalam unit ${hit}`, en: `within ${hit}` });
  }
  if (c.opd_type) {
    const t = f.opdType;
    if (!t || !c.opd_type.includes(t)) return fail({ id: `jenis perangkat daerah ${t ?? '(tidak diketahui)'} ∉ [${c.opd_type.join(', ')}]`, en: `OPD type ${t ?? '(unknown)'} ∉ [${c.opd_type.join(', ')}]` });
    reasons.push({ id: `perangkat daerah ${t}`, en: `OPD ${t}` });
  }
  if (c.name_matches) {
    const hay = `${f.post.name} | ${f.post.unit}`;
    const hit = c.name_matches.find((src) => regex(src).test(hay));
    if (!hit) return fail({ id: `nama tidak cocok dengan /${c.name_matches.join('|')}/`, en: `name does not match /${c.name_matches.join('|')}/` });
    reasons.push({ id: `nama cocok /${hit}/`, en: `name matches /${hit}/` });
  }
  if (c.local_list) {
    const list = set.local[c.local_list];
    const keys = f.chainKeys.map((k) => k.toLowerCase());
    local = list.find((u) => keys.includes(u.match.toLowerCase()));
    if (!local) return fail({ id: `tidak ada dalam daftar lokal ${c.local_list}`, en: `not in local list ${c.local_list}` });
    reasons.push({ id: `daftar lokal ${c.local_list}: ${local.match} (${local.reason})`, en: `local list ${c.local_list}: ${local.match} (${local.reason})` });
  }
  if (c.any) {
    const results = c.any.map((sub) => evaluate(sub, f, set));
    const hit = results.find((r) => r.ok);
    if (!hit) return fail({ id: `tidak ada alternatif yang cocok (${results.map((r) => r.reason.id).join('; ')})`, en: `no alternative matched (${results.map((r) => r.reason.en).join('; ')})` });
    reasons.push(hit.reason);
    local ??= hit.local;
  }
  if (c.not) {
    const r = evaluate(c.not, f, set);
    if (r.ok) return fail({ id: `pengecualian berlaku: ${r.reason.id}`, en: `exception applies: ${r.reason.en}` });
    reasons.push({ id: `bukan (${r.reason.id})`, en: `not (${r.reason.en})` });
  }
  return {
    ok: true,
    reason: { id: reasons.map((r) => r.id).join(', '), en: reasons.map((r) => r.en).join(', ') },
    ...(local ? { local } : {}),
  };
}

/**
 * Tries the enabled decision rules in order; returns the first match with the full trace, or null. With `explain`
 * false (a batch run) the trace is left empty and no reason text is built: the same rule fires.
 */
export function decide(f: PostFacts, set: Ruleset, rules: readonly Rule[] = decisionRules(set), explain = true): Decision | null {
  if (!explain) {
    for (const rule of rules) {
      const m = matches(rule.when!, f, set);
      if (m !== null) return { outcome: rule.outcome!, rule, trace: NO_TRACE, ...(m !== MATCHED ? { local: m } : {}) };
    }
    return null;
  }
  const trace: TraceStep[] = [];
  for (const rule of rules) {
    const r = evaluate(rule.when!, f, set);
    trace.push({ ruleId: rule.id, matched: r.ok, reason: r.reason });
    if (r.ok) return { outcome: rule.outcome!, rule, trace, ...(r.local ? { local: r.local } : {}) };
  }
  return null;
}

const MATCHED: LocalUnit = Object.freeze({ match: '', reason: '' }) as LocalUnit;
/** The (shared, frozen) trace of a decision taken without explanation. */
const NO_TRACE = Object.freeze([]) as unknown as TraceStep[];
const lowerKeys = new WeakMap<PostFacts, string[]>();

/**
 * evaluate() without the reasons: null when the condition fails, else the local-list entry that matched (or MATCHED).
 * Same branches in the same order (test/property checks that both agree).
 */
export function matches(c: Condition, f: PostFacts, set: Ruleset): LocalUnit | null {
  let local: LocalUnit | undefined;
  if (c.kind) {
    const k = f.post.kind;
    if (!k || !c.kind.includes(k)) return null;
  }
  if (c.eselon) {
    const e = f.post.eselon;
    if (!e || !c.eselon.includes(e)) return null;
  }
  if (c.unit_type) {
    const t = f.chainTypes[0] ?? null;
    if (!t || !c.unit_type.includes(t)) return null;
  }
  if (c.within && !f.chainTypes.some((t) => c.within!.includes(t))) return null;
  if (c.opd_type) {
    const t = f.opdType;
    if (!t || !c.opd_type.includes(t)) return null;
  }
  if (c.name_matches) {
    const hay = `${f.post.name} | ${f.post.unit}`;
    if (!c.name_matches.some((src) => regex(src).test(hay))) return null;
  }
  if (c.local_list) {
    const list = set.local[c.local_list];
    let keys = lowerKeys.get(f);
    if (!keys) lowerKeys.set(f, (keys = f.chainKeys.map((k) => k.toLowerCase())));
    const ks = keys;
    local = list.find((u) => ks.includes(u.match.toLowerCase()));
    if (!local) return null;
  }
  if (c.any) {
    let hit: LocalUnit | null = null;
    for (const sub of c.any) {
      hit = matches(sub, f, set);
      if (hit !== null) break;
    }
    if (hit === null) return null;
    if (hit !== MATCHED) local ??= hit;
  }
  if (c.not && matches(c.not, f, set) !== null) return null;
  return local ?? MATCHED;
}

/** Enabled decision rules, highest priority first; Array.prototype.sort is stable, so file order breaks ties. */
export function decisionRules(set: Ruleset): Rule[] {
  return set.rules
    .filter((r) => r.type === 'decision' && r.enabled)
    .sort((a, b) => (b.priority ?? DEFAULT_PRIORITY) - (a.priority ?? DEFAULT_PRIORITY));
}

export const DEFAULT_PRIORITY = 50;
