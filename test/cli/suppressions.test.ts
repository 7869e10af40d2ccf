/**
 * Which rules a run can report (src/cli/suppressions.ts reportableIn), so that a suppression entry is called unused
 * only by a run that could have matched it: the rule sets are checked against the modules that report each rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportableIn } from '../../src/cli/suppressions.js';
import { loadRuleset, SHIPPED_RULESETS } from '../../src/rules/ruleset.js';

const SRC = join(import.meta.dirname, '..', '..', 'src');

/** Every check rule of the shipped rulesets (only check rules can be suppressed). */
const CHECK_RULES = [...new Set(SHIPPED_RULESETS.flatMap((id) => loadRuleset(id, SRC).rules.filter((r) => r.type === 'check').map((r) => r.id)))].sort();

/** The source text of every .ts file under these folders of src/. */
const sources = (...dirs: string[]) =>
  dirs.flatMap((d) => readdirSync(join(SRC, d), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(SRC, d, f), 'utf8')));

/** The check rules whose id is written as a string literal in these texts. */
const named = (texts: readonly string[]) => new Set(CHECK_RULES.filter((id) => texts.some((t) => t.includes(`'${id}'`))));

describe('reportableIn', () => {
  it('validate does not judge the rules only migrate reports: those named in src/migrate and in no module validate runs', () => {
    const validateModules = named(sources('io', 'model', 'check'));
    const migrateOnly = [...named(sources('migrate'))].filter((id) => !validateModules.has(id));
    // The decisions, the JF proposals, the people moved and the koordinator JF posts.
    expect(migrateOnly).toContain('jf/weak-match');
    expect(migrateOnly).toContain('person/near-bup');
    expect(migrateOnly).toContain('sk/koordinator-jf-unknown');
    const validateAfter = reportableIn({ decides: false, stage: 'after' });
    expect(CHECK_RULES.filter((id) => !validateAfter(id))).toEqual(migrateOnly.sort());
  });

  it('the data before penyetaraan (validate by default, and migrate) is not checked by the rules of the data after', () => {
    const workSystem = readFileSync(join(SRC, 'check', 'work-system.ts'), 'utf8');
    const marker = "if (stage !== 'after') return;";
    expect(workSystem).toContain(marker);
    const afterOnly = [...named([workSystem.slice(workSystem.indexOf(marker))])].filter((id) => !named([workSystem.slice(0, workSystem.indexOf(marker))]).has(id));
    expect(afterOnly).toEqual(['sk/max-structural-levels', 'sk/jf-placement'].sort());
    const migrate = reportableIn({ decides: true, stage: 'before' });
    expect(CHECK_RULES.filter((id) => !migrate(id))).toEqual(afterOnly);
    const validateBefore = reportableIn({ decides: false, stage: 'before' });
    const validateAfter = reportableIn({ decides: false, stage: 'after' });
    expect(CHECK_RULES.filter((id) => validateAfter(id) && !validateBefore(id))).toEqual(afterOnly);
  });
});
