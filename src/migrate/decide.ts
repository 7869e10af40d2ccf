/** One decision per post: the rules' outcome, the JF proposal for equalised posts, and the analyst's override. */
import type { Report } from '../check/reporter.js';
import type { Citation } from '../model/finding.js';
import type { Text } from '../i18n/index.js';
import { placementOf } from '../model/placement.js';
import { NONE, type Structure } from '../model/structure.js';
import { srcOf, type Jenjang, type Post } from '../model/types.js';
import { basisReason, decide, decisionRules, rulesForPost, type Decision, type PostFacts, type TraceStep } from '../rules/engine.js';
import type { DecisionKind, Rule, Ruleset } from '../rules/types.js';
import { factsFor } from '../rules/facts.js';
import { tiedWith, type Candidate, type JfMatcher, type MatchResult } from './jf-match.js';
import type { AnalystDecision } from './decisions-file.js';
import { keepTitleJf } from './koordinator.js';
import { VerdictCache } from './verdict-cache.js';

/**
 * A post's verdict. It names no post: decideAll keeps one per post in structure order, and equal verdicts (most posts
 * share theirs with thousands of others) are one frozen object.
 */
export interface PostDecision {
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
  /** BASIS bits (rules/engine): what the rule's outcome rests on besides the columns; 0 = the columns alone. */
  basis: number;
  /** For an equalised post, how sure the JF proposal is; null otherwise. */
  jfStatus: JfStatus | null;
}

/**
 * An equalised post's JF proposal: one clear candidate (`matched`), one on thin evidence (`weak`), several equally good
 * (`tie`: no JF is picked), or none. The decision stays `equalise` either way (the unit is dissolved by rule); every
 * status but `matched` puts the post on the review list.
 */
export type JfStatus = 'matched' | 'weak' | 'tie' | 'none';

/** A decision being made, or shown by explain: mutable, with the rules' trace. */
export interface DecisionDraft extends PostDecision {
  trace: TraceStep[];
  /** The finding its JF proposal reported, if any: the same for every post with the same rule and match. */
  jfFinding?: JfFinding;
}

/** A JF proposal's finding, for any post: its rule, and its text after the post's quoted title. */
export interface JfFinding {
  ruleId: string;
  after: Text;
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

/**
 * One decision per indexed post, in structure order: the decision for post `p` is at `structure.indexOf(p)`. Each is
 * draftFor's, the decision of that post alone; a verdict the rules alone made is shared (VerdictCache) by every post
 * with the same rule, basis and JF match, which is then found instead of made again, and reports its JF finding again.
 */
export function decideAll(ctx: DecideContext): PostDecision[] {
  const s = ctx.structure;
  const rulesFor = rulesForPost(decisionRules(ctx.ruleset));
  const out: PostDecision[] = new Array(s.indexed.length);
  const cache = new VerdictCache();
  // Each post's facts are done with once its verdict is made: one object serves every post.
  const facts = {} as PostFacts;
  for (let i = 0; i < s.indexed.length; i++) {
    const post = s.indexed[i]!;
    const rules = rulesFor(post);
    // A batch run keeps no trace (only explain shows it): the same decisions, without a million reason texts.
    const d = decide(factsFor(s, i, facts), ctx.ruleset, rules, false);
    // An analyst's decision or a JF read from the title is the post's own: no verdict shared with others.
    const by = d && !ctx.analyst.has(post.id) && !d.outcome.jf_from_title ? d.local ?? d.rule : undefined;
    if (!by) {
      out[i] = cache.intern(draftFor(i, d, rules, ctx));
      continue;
    }
    const match = d!.outcome.decision === 'equalise' ? matchFor(i, d!.outcome.jenjang!, ctx) : null;
    const hit = cache.find(by, d!.basis, match);
    if (hit?.finding) reportJf(post, hit.finding, ctx);
    out[i] = hit ? hit.verdict : cache.keep(by, d!.basis, match, draftFor(i, d, rules, ctx));
  }
  return out;
}

/** The decision for `post`, a post of the context's structure. */
export function decidePost(post: Post, rules: readonly Rule[], ctx: DecideContext, explain = true): DecisionDraft {
  const i = ctx.structure.indexOf(post)!;
  return draftFor(i, decide(factsFor(ctx.structure, i), ctx.ruleset, rules, explain), rules, ctx);
}

/** The decision for post i from the rule that fired (null: none did): JF proposal and analyst decision included. */
function draftFor(i: number, d: Decision | null, rules: readonly Rule[], ctx: DecideContext): DecisionDraft {
  const post = ctx.structure.indexed[i]!;
  let result: DecisionDraft;
  if (!d) {
    const rule = ctx.ruleset.byId.get('decision/no-rule')!;
    result = base('review', '', rule, [], NO_RULE, 0);
  } else {
    const { outcome, rule } = d;
    const criterion = d.local ? `${outcome.criterion ?? ''}: ${d.local.reason}`.replace(/^: /, '') : outcome.criterion ?? '';
    result = base(outcome.decision, criterion, rule, d.trace, outcome.reason ?? null, d.basis);
    if (d.local?.citation) result.citations = [...result.citations, d.local.citation];
    if (outcome.decision === 'equalise') proposeJf(i, result, outcome.jenjang!, ctx);
    else if (outcome.jf_from_title) keepTitleJf(post, result, ctx);
  }
  const analyst = ctx.analyst.size ? ctx.analyst.get(post.id) : undefined;
  if (analyst) applyAnalyst(post, result, analyst, rules, ctx);
  return result;
}

/** Shared by the decisions without a JF proposal (most of them); frozen; a proposal replaces it. */
const NO_CANDIDATES = Object.freeze([]) as unknown as Candidate[];

/** The one-rule lists of each rule, frozen and shared: most decisions name one rule and never get another. */
const ONE_RULE = new WeakMap<Rule, { ruleIds: string[]; citations: Citation[] }>();

const NO_RULE: Text = { id: 'tidak ada aturan yang cocok', en: 'no rule matched' };

function base(decision: DecisionKind, criterion: string, rule: Rule, trace: TraceStep[], note: Text | null, basis: number): DecisionDraft {
  let one = ONE_RULE.get(rule);
  if (!one) ONE_RULE.set(rule, (one = { ruleIds: Object.freeze([rule.id]) as string[], citations: Object.freeze([rule.citation]) as Citation[] }));
  return {
    decision, criterion, jf: null, jenjang: null, ruleIds: one.ruleIds, citations: one.citations,
    candidates: NO_CANDIDATES, note, source: 'rules', basis, jfStatus: null, trace,
  };
}

/** Adds a rule to a decision: new lists, since the lists may be shared. */
export function addRule(d: DecisionDraft, rule: Rule): void {
  d.ruleIds = [...d.ruleIds, rule.id];
  d.citations = [...d.citations, rule.citation!]; // a check or decision rule: the schema requires its citation
}

/** The matcher's (shared) result for equalised post i's title and units. */
function matchFor(i: number, jenjang: Jenjang, ctx: DecideContext): MatchResult {
  const s = ctx.structure;
  const pl = placementOf(s);
  const parent = s.parentAt(i);
  return ctx.matcher.match({
    title: s.indexed[i]!.name, unit: pl.unitName(i), parentUnit: parent !== NONE ? pl.unitName(parent) : '', opd: s.opdAt(i),
    unitTypes: pl.chainMask(i),
  }, jenjang);
}

function reportJf(post: Post, f: JfFinding, ctx: DecideContext): void {
  ctx.report(f.ruleId, { ...srcOf(post), postId: post.id }, { id: `'${post.name}'${f.after.id}`, en: `'${post.name}'${f.after.en}` });
}

/**
 * The JF proposal of an equalised post. The decision stays `equalise` whatever the proposal: the rules dissolved the
 * unit; what is uncertain is only which JF, and that is the proposal's status (with the candidates as alternatives).
 */
function proposeJf(i: number, d: DecisionDraft, jenjang: Jenjang, ctx: DecideContext): void {
  const { candidates, dropped, policy } = matchFor(i, jenjang, ctx);
  d.jenjang = jenjang;
  d.candidates = candidates.slice(0, 5);
  const top = candidates[0];
  const second = candidates[1];
  let rule: Rule;
  if (!top) {
    rule = ctx.ruleset.byId.get('jf/no-candidate')!;
    d.jfStatus = 'none';
    const why = dropped.length ? ` (${dropped.map((x) => x.name).join(', ')}: tanpa jenjang ${jenjang})` : '';
    const whyEn = dropped.length ? ` (${dropped.map((x) => x.name).join(', ')}: no ${jenjang} level)` : '';
    d.note = { id: `tidak ada JF yang cocok dengan nama unit/jabatan${why}; JF dipilih analis`, en: `no JF matches the unit or title${whyEn}; the analyst chooses the JF` };
    d.jfFinding = { ruleId: rule.id, after: { id: `: ${d.note.id}`, en: `: ${d.note.en}` } };
  } else if (policy) {
    // The region's or agency's JF policy outranks the keywords: cited as local policy, a clear proposal.
    rule = ctx.ruleset.byId.get('jf/local-policy')!;
    d.jf = { id: top.jf, name: top.name };
    d.jfStatus = 'matched';
    d.note = { id: `JF menurut kebijakan lokal: ${policy.reason}`, en: `JF by local policy: ${policy.reason}` };
    if (policy.citation) d.citations = [...d.citations, policy.citation];
  } else if (second && tiedWith(top, second, AMBIGUITY_MARGIN)) {
    rule = ctx.ruleset.byId.get('jf/ambiguous')!;
    d.jfStatus = 'tie';
    const tied = candidates.filter((c) => tiedWith(top, c, AMBIGUITY_MARGIN)).map((c) => `${c.name} (${c.score})`).join(', ');
    d.note = { id: `beberapa JF sama kuat: ${tied}; JF dipilih analis`, en: `several JF are equally good: ${tied}; the analyst chooses the JF` };
    d.jfFinding = { ruleId: rule.id, after: { id: `: ${d.note.id}`, en: `: ${d.note.en}` } };
  } else {
    d.jf = { id: top.jf, name: top.name };
    const minScore = Number(ctx.ruleset.local.limits.jf_min_score ?? DEFAULT_JF_MIN_SCORE);
    if (top.score < minScore) {
      rule = ctx.ruleset.byId.get('jf/weak-match')!;
      d.jfStatus = 'weak';
      const words = top.evidence.map((e) => `'${e.word}'`).join(', ');
      d.jfFinding = {
        ruleId: rule.id,
        after: {
          id: ` → ${top.name}: bukti lemah (skor ${top.score} < ${minScore}; ${words}); periksa`,
          en: ` → ${top.name}: weak evidence (score ${top.score} < ${minScore}; ${words}); check it`,
        },
      };
    } else {
      rule = ctx.ruleset.byId.get('jf/matched')!;
      d.jfStatus = 'matched';
    }
  }
  addRule(d, rule);
  if (d.jfFinding) reportJf(ctx.structure.indexed[i]!, d.jfFinding, ctx);
}

function applyAnalyst(post: Post, d: DecisionDraft, a: AnalystDecision, rules: readonly Rule[], ctx: DecideContext): void {
  const at = { file: a.src.file, line: a.src.line, row: a.src.row, postId: post.id };
  const lockedRule = d.source === 'rules' ? rules.find((r) => r.id === d.ruleIds[0] && r.locked) : undefined;
  if (lockedRule && a.decision !== d.decision) {
    // A locked rule is a mandate on the facts it looked at; when those were read from titles (a derived unit, a
    // title pattern), the analyst may overrule the reading, with a note that says why.
    if (d.basis === 0 || !a.note) {
      const why = d.basis === 0 ? { id: '', en: '' } : { id: ' (dasar dari inferensi dapat dibantah hanya dengan catatan)', en: ' (an inferred basis can be overruled only with a note)' };
      ctx.report('decisions/contradicts-locked', at, {
        id: `keputusan '${a.decision}' bertentangan dengan aturan terkunci ${lockedRule.id} (${d.decision}); keputusan aturan tetap berlaku${why.id}`,
        en: `decision '${a.decision}' contradicts locked rule ${lockedRule.id} (${d.decision}); the rule's decision stands${why.en}`,
      });
      return;
    }
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
  if (lockedRule && a.decision !== d.decision) {
    const basis = basisReason(d.basis);
    ctx.report('decisions/overrules-inference', at, {
      id: `keputusan '${a.decision}' membantah ${lockedRule.id} (${d.decision}), yang bersandar pada ${basis.id}: ${a.note}`,
      en: `decision '${a.decision}' overrules ${lockedRule.id} (${d.decision}), which rests on ${basis.en}: ${a.note}`,
    });
    addRule(d, ctx.ruleset.byId.get('decisions/overrules-inference')!);
  }
  const rule = ctx.ruleset.byId.get('decisions/analyst')!;
  // A keep that confirms a keep leaves its JF alone (a JF post whose koordinator role ended keeps its JF and jenjang).
  const confirmsKeep = a.decision === 'keep' && d.decision === 'keep';
  d.decision = a.decision;
  d.source = 'analyst';
  d.jf = a.decision === 'equalise' ? jf : confirmsKeep ? d.jf : null;
  d.jenjang = a.decision === 'equalise' ? a.jenjang ?? d.jenjang ?? defaultJenjang(post) : confirmsKeep ? d.jenjang : null;
  if (a.decision === 'keep') d.criterion = d.criterion || 'analyst';
  addRule(d, rule);
  d.note = a.note ? { id: a.note, en: a.note } : d.note;
}
