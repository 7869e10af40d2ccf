/** Suppression entries as written in a ruleset file or a --suppressions file: read, checked and located. */
import { resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import type { Text } from '../i18n/index.js';
import { loadYaml, type LoadedYaml } from '../io/load-yaml.js';
import { isIsoDate } from '../model/parse/date.js';
import type { Rule, Ruleset, Suppression, SuppressionSpec } from './types.js';

/** The entries of a `--suppressions` file (rules/schemas/suppressions.schema.json), checked against the run's ruleset. */
export function loadSuppressionsFile(file: string, cwd: string, ruleset: Ruleset): Suppression[] {
  const { data, lineOf } = loadYaml<{ suppressions: SuppressionSpec[] }>(resolve(cwd, file), file, 'suppressions.schema.json');
  return locatedSuppressions(data.suppressions, file, lineOf, ruleset.byId);
}

/** The entries of a file with their lines; the first entry that names an unknown, locked or non-check rule, or no real date, is an error at its line. */
export function locatedSuppressions(
  specs: readonly SuppressionSpec[], file: string, lineOf: LoadedYaml<unknown>['lineOf'], rules: ReadonlyMap<string, Rule>,
): Suppression[] {
  return specs.map((spec, i) => {
    const line = lineOf(`/suppressions/${i}`);
    const problem = suppressionProblem(spec, rules);
    if (problem) throw new ConfigError(problem.text, file, lineOf(`/suppressions/${i}/${problem.key}`) ?? line);
    return { ...spec, file, ...(line !== undefined ? { line } : {}) };
  });
}

/**
 * The problem of an entry and the key it lies in; undefined when the entry is sound. Only a check's findings can be
 * suppressed, and not those of a locked rule: what a regulation mandates cannot be switched off, not even per post.
 */
function suppressionProblem(spec: SuppressionSpec, rules: ReadonlyMap<string, Rule>): { key: 'rule' | 'expires'; text: Text } | undefined {
  const rule = rules.get(spec.rule);
  const id = spec.rule;
  if (!rule) return { key: 'rule', text: { id: `suppressions: aturan '${id}' tidak dikenal`, en: `suppressions: unknown rule '${id}'` } };
  if (rule.type !== 'check')
    return {
      key: 'rule',
      text: {
        id: `suppressions: aturan '${id}' berjenis ${rule.type}; hanya temuan aturan berjenis check yang dapat dikecualikan`,
        en: `suppressions: rule '${id}' is of type ${rule.type}; only findings of check rules can be suppressed`,
      },
    };
  if (rule.locked)
    return {
      key: 'rule',
      text: {
        id: `suppressions: aturan '${id}' terkunci (diwajibkan peraturan); temuannya tidak dapat dikecualikan`,
        en: `suppressions: rule '${id}' is locked (mandated by regulation); its findings cannot be suppressed`,
      },
    };
  if (spec.expires !== undefined && !isIsoDate(spec.expires))
    return {
      key: 'expires',
      text: { id: `suppressions: '${spec.expires}' bukan tanggal YYYY-MM-DD yang sah`, en: `suppressions: '${spec.expires}' is not a valid date YYYY-MM-DD` },
    };
  return undefined;
}
