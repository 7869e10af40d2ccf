/** One decision per post: the rules' outcome, the JF proposal for equalised posts, and the analyst's override. */
import type { Report } from '../check/reporter.js';
import type { Citation } from '../model/finding.js';
import type { Text } from '../i18n/index.js';
import type { Structure } from '../model/structure.js';
import { srcOf, type Jenjang, type Post } from '../model/types.js';
import { decide, decisionRules, rulesForPost, type TraceStep } from '../rules/engine.js';
import type { DecisionKind, Rule, Ruleset } from '../rules/types.js';
import { factsFor } from '../rules/facts.js';
import type { Candidate, JfMatcher } from './jf-match.js';
import type { AnalystDecision } from './decisions-file.js';

export interface PostDecision {
  post: Post;
  decision: DecisionKind;
  criterion: string;
  jf: { id: string; name: string } | null;
  jenjang: Jenjang | null;
  ruleIds: string[];
  citations: Citation[];
  candidates: Candidate[];
  /** Why a post is in review, or the analyst's note. */
  note: Text | null;
  source: 'rules' | 'analyst';
  trace: TraceStep[];
}

/** Two candidates closer than this share of the top score are "equally good": review, never a silent pick. */
export const AMBIGUITY_MARGIN = 0.1;

/** Below this score a proposal stands but is flagged for a second look (`local.limits.jf_min_score`). */
export const DEFAULT_JF_MIN_SCORE = 2;

export interface DecideContext {
  structure: Structure;
  ruleset: Ruleset;
  matcher: JfMatcher;
  jfNames: ReadonlyMap<string, { id: string; name: string }>;
  analyst: ReadonlyMap<string, AnalystDecision>;
  report: Report;
}

/** PermenPANRB 17/2021 mapping, for an analyst's equalise decision that names no jenjang. */
function defaultJenjang(p: Post): Jenjang {
  if (p.kind === 'administrator') return 'ahli_madya';
  if (p.kind === 'pelaksana') return 'ahli_pertama';
  return 'ahli_muda';
}

/** One decision per indexed post, in `byId` order: the decision for post `p` is at `structure.indexOf(p)`. */
export function decideAll(ctx: DecideContext): PostDecision[] {
  const rulesFor = rulesForPost(decisionRules(ctx.ruleset));
  const out: PostDecision[] = [];
  const shared = sharedLists();
  // A batch run keeps no trace (only explain shows it): the same decisions, without a million reason texts.
  for (const post of ctx.structure.byId.values()) out.push(shared(decidePost(post, rulesFor(post), ctx, false)));
  return out;
}

/**
 * Equal rule and citation lists shared between decisions, frozen: a million decisions carry a few dozen distinct
 * lists, not two million arrays.
 */
function sharedLists(): (d: PostDecision) => PostDecision {
  const lists = new Map<string, readonly unknown[]>();
  const ids = new Map<unknown, number>();
  const idOf = (x: unknown) => {
    let i = ids.get(x);
    if (i === undefined) ids.set(x, (i = ids.size));
    return i;
  };
  const share = <T>(list: T[]): T[] => {
    if (Object.isFrozen(list)) return list; // already shared (a one-rule list)
    const key = list.map(idOf).join(',');
    let hit = lists.get(key);
    if (!hit) lists.set(key, (hit = Object.freeze(list)));
    return hit as T[];
  };
  return (d) => {
    d.ruleIds = share(d.ruleIds);
    d.citations = share(d.citations);
    return d;
  };
}

export function decidePost(post: Post, rules: readonly Rule[], ctx: DecideContext, explain = true): PostDecision {
  const s = ctx.structure;
  const facts = factsFor(s, post);
  const d = decide(facts, ctx.ruleset, rules, explain);
  let result: PostDecision;
  if (!d) {
    const rule = ctx.ruleset.byId.get('decision/no-rule')!;
    result = base(post, 'review', '', rule, [], { id: 'tidak ada aturan yang cocok', en: 'no rule matched' });
  } else {
    const { outcome, rule } = d;
    const criterion = d.local ? `${outcome.criterion ?? ''}: ${d.local.reason}`.replace(/^: /, '') : outcome.criterion ?? '';
    result = base(post, outcome.decision, criterion, rule, d.trace, outcome.reason ?? null);
    if (d.local?.citation) result.citations = [...result.citations, d.local.citation];
    if (outcome.decision === 'equalise') proposeJf(result, outcome.jenjang!, ctx);
  }
  const analyst = ctx.analyst.size ? ctx.analyst.get(post.id) : undefined;
  if (analyst) applyAnalyst(result, analyst, rules, ctx);
  return result;
}

/** Shared by the decisions without a JF proposal (most of them); frozen; a proposal replaces it. */
const NO_CANDIDATES = Object.freeze([]) as unknown as Candidate[];

/** The one-rule lists of each rule, frozen and shared: most decisions name one rule and never get another. */
const ONE_RULE = new WeakMap<Rule, { ruleIds: string[]; citations: Citation[] }>();

function base(post: Post, decision: DecisionKind, criterion: string, rule: Rule, trace: TraceStep[], note: Text | null): PostDecision {
  let one = ONE_RULE.get(rule);
  if (!one) ONE_RULE.set(rule, (one = { ruleIds: Object.freeze([rule.id]) as string[], citations: Object.freeze([rule.citation]) as Citation[] }));
  return {
    post, decision, criterion, jf: null, jenjang: null, ruleIds: one.ruleIds, citations: one.citations,
    candidates: NO_CANDIDATES, note, source: 'rules', trace,
  };
}

/** Adds a rule to a decision: new lists, since the lists may be shared. */
function addRule(d: PostDecision, rule: Rule): void {
  d.ruleIds = [...d.ruleIds, rule.id];
  d.citations = [...d.citations, rule.citation];
}

function proposeJf(d: PostDecision, jenjang: Jenjang, ctx: DecideContext): void {
  const s = ctx.structure;
  const parent = d.post.parentId === null ? undefined : s.byId.get(d.post.parentId);
  const { candidates, dropped } = ctx.matcher.match(
    { title: d.post.name, unit: d.post.unit, parentUnit: parent?.unit ?? '', opd: s.opdOf(d.post) ?? '' },
    jenjang,
  );
  d.jenjang = jenjang;
  d.candidates = candidates.slice(0, 5);
  const top = candidates[0];
  const second = candidates[1];
  const at = { ...srcOf(d.post), postId: d.post.id };
  if (!top) {
    const rule = ctx.ruleset.byId.get('jf/no-candidate')!;
    d.decision = 'review';
    addRule(d, rule);
    const why = dropped.length ? ` (${dropped.map((x) => x.name).join(', ')}: tanpa jenjang ${jenjang})` : '';
    const whyEn = dropped.length ? ` (${dropped.map((x) => x.name).join(', ')}: no ${jenjang} level)` : '';
    d.note = { id: `tidak ada JF yang cocok dengan nama unit/jabatan${why}`, en: `no JF matches the unit or title${whyEn}` };
    ctx.report(rule.id, at, { id: `'${d.post.name}': ${d.note.id}`, en: `'${d.post.name}': ${d.note.en}` });
    return;
  }
  if (second && second.score >= top.score * (1 - AMBIGUITY_MARGIN)) {
    const rule = ctx.ruleset.byId.get('jf/ambiguous')!;
    d.decision = 'review';
    addRule(d, rule);
    const tied = candidates.filter((c) => c.score >= top.score * (1 - AMBIGUITY_MARGIN)).map((c) => `${c.name} (${c.score})`).join(', ');
    d.note = { id: `beberapa JF sama kuat: ${tied}`, en: `several JF are equally good: ${tied}` };
    ctx.report(rule.id, at, { id: `'${d.post.name}': ${d.note.id}`, en: `'${d.post.name}': ${d.note.en}` });
    return;
  }
  const rule = ctx.ruleset.byId.get('jf/matched')!;
  d.jf = { id: top.jf, name: top.name };
  const minScore = Number(ctx.ruleset.local.limits.jf_min_score ?? DEFAULT_JF_MIN_SCORE);
  if (top.score < minScore) {
    const words = top.evidence.map((e) => `'${e.word}'`).join(', ');
    ctx.report('jf/weak-match', at, {
      id: `'${d.post.name}' → ${top.name}: bukti lemah (skor ${top.score} < ${minScore}; ${words}); periksa`,
      en: `'${d.post.name}' → ${top.name}: weak evidence (score ${top.score} < ${minScore}; ${words}); check it`,
    });
  }
  addRule(d, rule);
}

function applyAnalyst(d: PostDecision, a: AnalystDecision, rules: readonly Rule[], ctx: DecideContext): void {
  const at = { file: a.src.file, line: a.src.line, row: a.src.row, postId: d.post.id };
  const lockedRule = d.source === 'rules' ? rules.find((r) => r.id === d.ruleIds[0] && r.locked) : undefined;
  if (lockedRule && a.decision !== d.decision) {
    ctx.report('decisions/contradicts-locked', at, {
      id: `keputusan '${a.decision}' bertentangan dengan aturan terkunci ${lockedRule.id} (${d.decision}); keputusan aturan tetap berlaku`,
      en: `decision '${a.decision}' contradicts locked rule ${lockedRule.id} (${d.decision}); the rule's decision stands`,
    });
    return;
  }
  let jf = d.jf;
  if (a.decision === 'equalise') {
    if (a.jf) {
      const found = ctx.jfNames.get(a.jf.toLowerCase());
      if (!found) {
        ctx.report('decisions/unknown-jf', { ...at, column: 'jf', value: a.jf }, {
          id: `JF '${a.jf}' tidak ada di katalog JF`, en: `JF '${a.jf}' is not in the JF catalog`,
        });
        return;
      }
      jf = found;
    }
    if (!jf) {
      ctx.report('decisions/missing-jf', { ...at, column: 'jf' }, {
        id: 'keputusan equalise memerlukan kolom jf', en: 'an equalise decision needs the jf column',
      });
      return;
    }
  }
  const rule = ctx.ruleset.byId.get('decisions/analyst')!;
  d.decision = a.decision;
  d.source = 'analyst';
  d.jf = a.decision === 'equalise' ? jf : null;
  d.jenjang = a.decision === 'equalise' ? a.jenjang ?? d.jenjang ?? defaultJenjang(d.post) : null;
  if (a.decision === 'keep') d.criterion = d.criterion || 'analyst';
  addRule(d, rule);
  d.note = a.note ? { id: a.note, en: a.note } : d.note;
}
