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
  name_matches?: string[];
  local_list?: 'kept_units' | 'seksi_level_affairs';
  any?: Condition[];
  not?: Condition;
}

export type DecisionKind = 'keep' | 'equalise' | 'review';

export interface Outcome {
  decision: DecisionKind;
  criterion?: string;
  jenjang?: Jenjang;
  reason?: Text;
}

/** A rule as written in a ruleset file. */
export interface RuleSpec {
  id: string;
  type: 'check' | 'decision';
  description: Text;
  citation: Citation;
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
  jf_keywords?: Array<{ jf: string; words: string[]; weight?: number }>;
  limits?: Record<string, number | string>;
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
  local: Required<Pick<LocalSection, 'kept_units' | 'seksi_level_affairs' | 'jf_keywords'>> & { limits: Record<string, number | string> };
}
