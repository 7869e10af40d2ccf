import type { Citation, Severity } from '../model/finding.js';
import type { Eselon, Jenjang, Kind, UnitType } from '../model/types.js';
import type { Text } from '../i18n/index.js';

export interface Condition {
  kind?: Kind[];
  eselon?: Eselon[];
  unit_type?: UnitType[];
  within?: UnitType[];
  opd_type?: UnitType[];
  /** The post heads its OPD (no parent in the table). */
  opd_head?: boolean;
  /** Patterns on the title or the unit name. */
  name_matches?: string[];
  /** Patterns on the title alone (a role such as koordinator is carried by a title, never by a unit name). */
  title_matches?: string[];
  /** The title heads a unit of another level than the eselon gives (a Kepala Bidang at IV.b: model/title-level). */
  title_eselon_conflict?: boolean;
  local_list?: 'kept_units' | 'seksi_level_affairs' | 'equalised_units';
  any?: Condition[];
  not?: Condition;
}

export type DecisionKind = 'keep' | 'equalise' | 'review';

export interface Outcome {
  decision: DecisionKind;
  criterion?: string;
  jenjang?: Jenjang;
  reason?: Text;
  /** keep: the post keeps the JF and jenjang its title names (a JF post whose koordinator role ends). */
  jf_from_title?: boolean;
}

/**
 * A rule as written in a ruleset file. `tool` rules check setara's own files (a suppression entry that expired or was
 * never used): no regulation is behind them, so they carry no citation (the schema requires one for every other type).
 */
export interface RuleSpec {
  id: string;
  type: 'check' | 'decision' | 'tool';
  description: Text;
  citation?: Citation;
  severity?: Severity;
  locked?: boolean;
  enabled?: boolean;
  options?: Record<string, number | string | boolean>;
  priority?: number;
  when?: Condition;
  outcome?: Outcome;
}

export interface LocalUnit {
  match: string;
  reason: string;
  citation?: Citation;
}

export interface LocalSection {
  kept_units?: LocalUnit[];
  seksi_level_affairs?: LocalUnit[];
  equalised_units?: LocalUnit[];
  jf_keywords?: Array<{ jf: string; words: string[]; weight?: number }>;
  /** JF policy per OPD or unit type: outranks keyword evidence and is cited as local policy (migrate/jf-match JfPolicy). */
  jf_policy?: JfPolicy[];
  limits?: Record<string, number | string>;
}

/** One `local.jf_policy` entry: `jf` is put first for the posts it covers (see rules/schemas/ruleset.schema.json). */
export interface JfPolicy {
  jf: string;
  opd?: string;
  unit_type?: UnitType[];
  prefer_over?: string[];
  reason: string;
  citation?: Citation;
}

/**
 * One `suppressions` entry (a ruleset file, or a `--suppressions` file): the findings of `rule` for this post, person
 * and/or team no longer count toward --fail-on, for the reason given, until `expires` (YYYY-MM-DD, inclusive).
 */
export interface SuppressionSpec {
  rule: string;
  post?: string;
  nip?: string;
  team?: string;
  reason: string;
  expires?: string;
}

/** A suppression entry with the file (display path) and line it is written at. */
export interface Suppression extends SuppressionSpec {
  file: string;
  line?: number;
}

export interface RulesetFile {
  version: 1;
  id: string;
  rule_version?: string;
  description: Text;
  extends?: string[];
  rules?: RuleSpec[];
  overrides?: Record<string, 'off' | Severity>;
  local?: LocalSection;
  suppressions?: SuppressionSpec[];
}

/** A rule after composition: where it was defined and whether it is on. */
export interface Rule extends RuleSpec {
  severity: Severity;
  enabled: boolean;
  locked: boolean;
  /** Ruleset file (display path) and line where the rule was defined. */
  file: string;
  line?: number;
}

export interface Ruleset {
  id: string;
  /** The files in the order they were applied (base first). */
  chain: Array<{ id: string; file: string; ruleVersion?: string }>;
  rules: Rule[];
  byId: Map<string, Rule>;
  /** The suppression entries of every file of the chain, in the order applied. */
  suppressions: Suppression[];
  local: Required<Pick<LocalSection, 'kept_units' | 'seksi_level_affairs' | 'equalised_units' | 'jf_keywords' | 'jf_policy'>> & { limits: Record<string, number | string> };
}
