import type { Citation, Severity } from './finding.js';
import type { Text } from '../i18n/index.js';

/** What formatters and `rules list` need to know about a rule. */
export interface RuleMeta {
  id: string;
  description: Text;
  severity: Severity;
  /** Absent for a tool rule (a check of setara's own files, such as a suppression list): no regulation is behind it. */
  citation?: Citation;
  locked?: boolean;
}
