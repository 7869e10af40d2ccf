import type { Citation, Severity } from './finding.js';
import type { Text } from '../i18n/index.js';

/** What formatters and `rules list` need to know about a rule. */
export interface RuleMeta {
  id: string;
  description: Text;
  severity: Severity;
  citation: Citation;
  locked?: boolean;
}
