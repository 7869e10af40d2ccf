/** `setara migrate`: read → check → decide → suppress → restructure → plan → write, atomically, into --out DIR. */
import { findingKeys } from '../../check/finding-keys.js';
import { runChecks } from '../../check/run.js';
import { UsageError } from '../../errors.js';
import type { Lang } from '../../i18n/index.js';
import { openOutputSet, type OutputSet } from '../../io/output-set.js';
import { compareFindings, type Severity } from '../../model/finding.js';
import { readDecisions } from '../../migrate/decisions-file.js';
import { outputNames } from '../../migrate/output-files.js';
import { outputText } from '../../migrate/outputs.js';
import { buildPlan, type Plan } from '../../migrate/plan.js';
import { runMigration } from '../../migrate/run.js';
import { loadReferenceData } from '../../rules/reference.js';
import type { MainIO } from '../context.js';
import { loadRunInput, prepareRun, STAGES, type InputOptions } from '../run-context.js';
import { exitCodeFor } from '../exit.js';
import { emitFindingsByRule, TOOL_VERSION } from '../output.js';
import { readSuppressions, suppressFindings } from '../suppressions.js';

export interface MigrateOptions extends InputOptions {
  decisions?: string;
  out?: string;
  dryRun?: boolean;
  force?: boolean;
  failOn: Severity;
  color?: boolean;
  /** A YAML file of suppression entries, besides the ruleset's own. */
  suppressions?: string;
}

export async function migrateCommand(postsPath: string, opts: MigrateOptions, io: MainIO): Promise<number> {
  if (!opts.out && !opts.dryRun)
    throw new UsageError({ id: 'migrate memerlukan --out DIR (atau --dry-run)', en: 'migrate needs --out DIR (or --dry-run)' });
  const inputs = [postsPath, opts.people, opts.teams, opts.decisions, opts.suppressions].filter((p): p is string => !!p);
  const run = prepareRun(opts, io);
  const { ruleset, reporter, read, progress } = run;
  const suppressions = readSuppressions(opts.suppressions, ruleset, io);

  // Refuse a bad --out before any work (a file, outputs that exist without --force, a link or FIFO where an output
  // goes, an input there) and hold the folder for this run. plan.json, which carries the manifest, comes last.
  const files = outputNames({ people: !!opts.people, teams: !!opts.teams });
  const readFiles = [...inputs, ...run.inputFiles];
  const set: OutputSet | null = opts.out && !opts.dryRun ? openOutputSet(opts.out, files, { cwd: io.cwd, force: opts.force ?? false, inputs: readFiles }) : null;
  for (const note of set?.notes ?? []) io.stderr.write(`${opts.lang === 'id' ? 'catatan' : 'note'}: ${note[opts.lang]}\n`);

  try {
    const paths = { posts: postsPath, people: opts.people, teams: opts.teams };
    const input = await loadRunInput(paths, opts, run, io);
    const ref = loadReferenceData();
    progress?.stage(STAGES.checking);
    runChecks(input.structure, input.teams, { ruleset, ref, asOf: opts.asOf, stage: 'before' }, reporter);
    const analyst = opts.decisions ? await readDecisions(opts.decisions, io.cwd, read, reporter.report) : new Map();
    progress?.stage(STAGES.deciding);
    const result = runMigration({ structure: input.structure, ruleset, ref, analyst, asOf: opts.asOf, lang: opts.lang, reporter, ...(input.teams ? { teams: input.teams } : {}) });
    // Every rule can be reported here but those of the data after penyetaraan: migrate checks the data before.
    if (suppressions.entries.length > 0)
      suppressFindings(reporter.findings, suppressions, { paths, keyOf: findingKeys(reporter.findings, paths, input), steps: { decides: true, stage: 'before' }, report: reporter.report });
    const findings = [...reporter.findings].sort(compareFindings);
    // A suppressed finding stays in findings.json, marked; it is neither listed, nor counted, nor failed on.
    const counted = findings.filter((f) => f.suppressed === undefined);
    const plan = buildPlan({
      toolVersion: TOOL_VERSION, ruleset, asOf: opts.asOf, inputs: inputs.map((p) => p.split('\\').join('/')),
      structure: result.structure, decisions: result.decisions, migrated: result.migrated, people: result.people, teams: result.teams, findings,
    });
    progress?.clear();
    emitFindingsByRule(counted, opts, io);
    io.stderr.write(summaryLine(plan.summary, opts.lang, opts.dryRun ? undefined : opts.out));
    if (set) {
      const outputs = outputText(result, plan, findings, opts.lang, set.manifest);
      await set.write(files.map((name) => ({ name, produce: outputs[name] })), progress?.written);
    }
    return exitCodeFor(counted, opts.failOn);
  } finally {
    // A failure too: its one line must not run on from a progress line.
    progress?.clear();
    set?.close();
  }
}

function summaryLine(s: Plan['summary'], lang: Lang, out?: string): string {
  const where = out ? (lang === 'id' ? ` → ${out}` : ` → ${out}`) : lang === 'id' ? ' (uji coba, tidak ada berkas ditulis)' : ' (dry run, nothing written)';
  const placed = s.placement.fromTitle + s.placement.fromSuperior;
  const notEq = s.peopleNotEqualised ? (lang === 'id' ? ` (${s.peopleNotEqualised} tidak dapat disetarakan)` : ` (${s.peopleNotEqualised} not equalised)`) : '';
  const jf = s.jfToReview ? (lang === 'id' ? ` (${s.jfToReview} JF perlu telaah)` : ` (${s.jfToReview} JF to review)`) : '';
  const p = s.placement;
  const suppressed = s.findings.suppressed ? (lang === 'id' ? `, ${s.findings.suppressed} dikecualikan` : `, ${s.findings.suppressed} suppressed`) : '';
  const parents = p.parentsInferred
    ? lang === 'id' ? `; ${p.parentsInferred} atasan disimpulkan dari nama jabatan (${p.opdsParentsInferred} perangkat daerah)` : `; ${p.parentsInferred} parents inferred from titles (${p.opdsParentsInferred} OPDs)`
    : '';
  const titles = (placed || p.opdsFromTitle
    ? lang === 'id'
      ? `; ${placed} jabatan ditempatkan dari nama jabatan${p.opdsFromTitle ? `, ${p.opdsFromTitle} perangkat daerah dari nama kepalanya` : ''}`
      : `; ${placed} posts placed from titles${p.opdsFromTitle ? `, ${p.opdsFromTitle} OPDs from their head's title` : ''}`
    : '') + parents;
  return lang === 'id'
    ? `${s.postsBefore} jabatan: ${s.equalised} disetarakan${jf}, ${s.kept} tetap, ${s.review} telaah; ${s.peopleAffected} pegawai terdampak${notEq}${titles}; temuan: ${s.findings.error} galat, ${s.findings.warning} peringatan${suppressed}${where}\n`
    : `${s.postsBefore} posts: ${s.equalised} equalised${jf}, ${s.kept} kept, ${s.review} review; ${s.peopleAffected} people affected${notEq}${titles}; findings: ${s.findings.error} errors, ${s.findings.warning} warnings${suppressed}${where}\n`;
}
