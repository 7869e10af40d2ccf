/** Routes a findings report to stdout or --output; human summaries go to stderr. */
import { readFileSync } from 'node:fs';
import type { Finding, Severity } from '../model/finding.js';
import { formatters, HUMAN_FORMATS, type FormatName } from '../report/format/index.js';
import { stylishByRule } from '../report/format/stylish.js';
import type { Ruleset } from '../rules/types.js';
import type { Lang } from '../i18n/index.js';
import { writeFileAtomic } from '../io/write.js';
import { PACKAGE_ROOT } from '../io/package-paths.js';
import { join } from 'node:path';
import { resolveColour } from './colour.js';
import type { MainIO } from './context.js';

export const TOOL_VERSION: string = (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export interface EmitOptions {
  format: FormatName;
  output?: string;
  lang: Lang;
  failOn: Severity;
  force?: boolean;
  color?: boolean;
  ruleset: Ruleset;
  files: string[];
}

export async function emitReport(findings: Finding[], opts: EmitOptions, io: MainIO, inputs: string[]): Promise<void> {
  const toFile = opts.output !== undefined && opts.output !== '-';
  const human = HUMAN_FORMATS.includes(opts.format);
  const color = human && !toFile ? resolveColour(opts.color, io.env, io.stdout.isTTY) : null;
  const text = formatters[opts.format](findings, {
    lang: opts.lang,
    color,
    toolName: 'setara',
    toolVersion: TOOL_VERSION,
    // An organisation that publishes docs/rules.md (shipped in the package) names its address here.
    ...(io.env['SETARA_RULES_URL'] ? { informationUri: io.env['SETARA_RULES_URL'] } : {}),
    rules: opts.ruleset.rules.map((r) => ({ id: r.id, description: r.description, severity: r.severity, citation: r.citation, locked: r.locked })),
    files: opts.files.map((f) => f.split('\\').join('/')),
    failOn: opts.failOn,
  });
  if (toFile) {
    await writeFileAtomic(opts.output!, text, opts.output!, { cwd: io.cwd, force: opts.force ?? false, inputs });
    return;
  }
  // A clean human report is a status message, not data: stderr keeps stdout empty for pipes.
  if (human && findings.length === 0) io.stderr.write(text);
  else io.stdout.write(text);
}

/** Findings grouped by rule on stderr (migrate's files carry each finding), coloured as stderr allows. */
export function emitFindingsByRule(findings: readonly Finding[], opts: { lang: Lang; color?: boolean }, io: MainIO): void {
  io.stderr.write(stylishByRule(findings, { lang: opts.lang, color: resolveColour(opts.color, io.env, io.stderr.isTTY) }));
}
