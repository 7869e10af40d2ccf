/** `setara rules list|show|check`. */
import { ConfigError } from '../../errors.js';
import { formatCitation } from '../../model/finding.js';
import type { Lang } from '../../i18n/index.js';
import { loadRuleset, DEFAULT_RULESET } from '../../rules/ruleset.js';
import type { Rule } from '../../rules/types.js';
import { DEFAULT_PRIORITY } from '../../rules/engine.js';
import type { MainIO } from '../context.js';

interface RulesetOpts {
  ruleset?: string;
  lang: Lang;
}

export async function rulesListCommand(opts: RulesetOpts & { format: string }, io: MainIO): Promise<number> {
  const set = loadRuleset(opts.ruleset ?? DEFAULT_RULESET, io.cwd);
  if (opts.format === 'json') {
    io.stdout.write(`${JSON.stringify({ ruleset: set.id, chain: set.chain, rules: set.rules.map(ruleJson) }, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...set.rules.map((r) => r.id.length));
  for (const r of set.rules) {
    const state = (!r.enabled ? (opts.lang === 'id' ? 'mati' : 'off') : r.type === 'check' ? r.severity : (opts.lang === 'id' ? 'putusan' : 'decision')).padEnd(8);
    const lock = r.locked ? '🔒' : '  ';
    io.stdout.write(`${r.id.padEnd(width)}  ${state} ${lock} ${r.description[opts.lang]}  [${formatCitation(r.citation)}]\n`);
  }
  return 0;
}

export async function rulesShowCommand(id: string, opts: RulesetOpts, io: MainIO): Promise<number> {
  const set = loadRuleset(opts.ruleset ?? DEFAULT_RULESET, io.cwd);
  const r = set.byId.get(id);
  if (!r) throw new ConfigError({ id: `aturan '${id}' tidak ada di ruleset ${set.id}`, en: `rule '${id}' is not in ruleset ${set.id}` });
  io.stdout.write(`${JSON.stringify(ruleJson(r), null, 2)}\n`);
  return 0;
}

export async function rulesCheckCommand(file: string, opts: RulesetOpts, io: MainIO): Promise<number> {
  const set = loadRuleset(file, io.cwd);
  const msg = opts.lang === 'id'
    ? `${file}: sah (${set.rules.length} aturan, rantai: ${set.chain.map((c) => c.id).join(' → ')})`
    : `${file}: valid (${set.rules.length} rules, chain: ${set.chain.map((c) => c.id).join(' → ')})`;
  io.stderr.write(`${msg}\n`);
  return 0;
}

function ruleJson(r: Rule): Record<string, unknown> {
  return {
    id: r.id, type: r.type, ...(r.type === 'check' ? { severity: r.severity } : { priority: r.priority ?? DEFAULT_PRIORITY }),
    enabled: r.enabled, locked: r.locked,
    description: r.description, citation: r.citation,
    ...(r.when ? { when: r.when } : {}), ...(r.outcome ? { outcome: r.outcome } : {}),
    ...(r.options ? { options: r.options } : {}),
    defined_in: r.line ? `${r.file}:${r.line}` : r.file,
  };
}
