/**
 * `setara draft perbup|keputusan|mph <DIR> --output F [--region region.yaml]`: legal drafts from a migrate output
 * directory. Perbup and Keputusan as DOCX or Markdown (by the extension), each with its checklist beside it
 * (`F.checklist.md`) and on stderr; the MPH as XLSX. The drafts are Indonesian legal text whatever --lang says.
 * Exit 1 when a drafter's check fails (the files are still written, for the drafter to see why).
 */
import { basename, dirname, extname, join } from 'node:path';
import { InputError, UsageError } from '../../errors.js';
import type { Lang } from '../../i18n/index.js';
import { guardTarget, writeFileAtomic } from '../../io/write.js';
import { checklist, checklistLines, checklistMarkdown } from '../../report/draft/checklist.js';
import { checkCounts, checkPeople, checkTeams, type DraftProblem } from '../../report/draft/checks.js';
import { buildKeputusan } from '../../report/draft/keputusan.js';
import type { LegalDoc } from '../../report/draft/legal-doc.js';
import { buildPerbup } from '../../report/draft/perbup.js';
import { defaultRegion, loadRegion } from '../../report/draft/region.js';
import { renderLegalDocx } from '../../report/draft/render-docx.js';
import { renderLegalMarkdown } from '../../report/draft/render-markdown.js';
import { loadReport, REPORT_INPUTS } from '../../report/load.js';
import { reportDate, type ReportModel } from '../../report/model.js';
import type { MainIO } from '../context.js';
import { EXIT_CLEAN, EXIT_FINDINGS } from '../exit.js';

export type DraftKind = 'perbup' | 'keputusan' | 'mph';

export interface DraftOptions {
  output: string;
  region?: string;
  force?: boolean;
  lang: Lang;
}

const EXTENSIONS: Record<DraftKind, readonly string[]> = { perbup: ['.docx', '.md'], keputusan: ['.docx', '.md'], mph: ['.xlsx'] };

/** `perbup.docx` → `perbup.checklist.md`, beside it. */
export function checklistPath(output: string): string {
  return join(dirname(output), `${basename(output, extname(output))}.checklist.md`);
}

export async function draftCommand(kind: DraftKind, dir: string, opts: DraftOptions, io: MainIO): Promise<number> {
  const say = (t: { id: string; en: string }) => io.stderr.write(`setara: ${t[opts.lang]}\n`);
  const ext = extname(opts.output).toLowerCase();
  if (!EXTENSIONS[kind].includes(ext))
    throw new UsageError({
      id: `--output ${opts.output}: draft ${kind} ditulis sebagai ${EXTENSIONS[kind].join(' atau ')}`,
      en: `--output ${opts.output}: draft ${kind} is written as ${EXTENSIONS[kind].join(' or ')}`,
    });
  const checklistFile = kind === 'mph' ? undefined : checklistPath(opts.output);
  const guard = { cwd: io.cwd, force: opts.force ?? false, inputs: [...REPORT_INPUTS.map((f) => join(dir, f)), ...(opts.region ? [opts.region] : [])] };
  // Refuse a bad --output (or its checklist) before any work.
  for (const target of [opts.output, ...(checklistFile ? [checklistFile] : [])]) guardTarget(target, target, guard);

  const model = await loadReport(dir, io.cwd);
  if (kind === 'keputusan' && !model.hasPeople)
    throw new InputError({
      id: 'Keputusan mendaftar pegawai, tetapi folder ini tidak memuat people.csv: jalankan setara migrate dengan --people',
      en: 'the Keputusan lists people, but this directory has no people.csv: run setara migrate with --people',
    }, dir);
  const region = opts.region ? loadRegion(opts.region, io.cwd) : defaultRegion();
  if (!opts.region)
    say({
      id: 'tanpa --region: kabupaten tanpa nama; nama, tempat, nama kepala daerah, nomor dan tanggal menjadi isian kosong (contoh: fixtures/kabupaten-contoh/region.yaml)',
      en: 'no --region: an unnamed kabupaten; name, place, the head\'s name, numbers and dates are left as placeholders (example: fixtures/kabupaten-contoh/region.yaml)',
    });
  if (opts.lang === 'en') io.stderr.write('setara: the drafts are Indonesian legal text; --lang en changes only these messages\n');
  const date = reportDate(model);

  if (kind === 'mph') {
    // exceljs is loaded only for the MPH.
    const { renderMph } = await import('../../report/draft/mph.js');
    await writeFileAtomic(opts.output, await renderMph(model, region, { date }), opts.output, guard);
    say({ id: `draft mph → ${opts.output}`, en: `draft mph → ${opts.output}` });
    return EXIT_CLEAN;
  }

  const doc = kind === 'perbup' ? buildPerbup(model, region) : buildKeputusan(model, region);
  const problems = drafterChecks(kind, model, doc);
  const data = ext === '.docx' ? await renderLegalDocx(doc, { date }) : renderLegalMarkdown(doc);
  const list = checklist(doc, kind, region);
  await writeFileAtomic(opts.output, data, opts.output, guard);
  await writeFileAtomic(checklistFile!, checklistMarkdown(doc.title, list), checklistFile!, guard);

  say({
    id: `draft ${kind} → ${opts.output}; daftar periksa → ${checklistFile} (${list.placeholders.length} isian kosong, ${list.unconfirmed.length} teks untuk diperiksa, ${list.steps.length} tahapan)`,
    en: `draft ${kind} → ${opts.output}; checklist → ${checklistFile} (${list.placeholders.length} placeholders, ${list.unconfirmed.length} texts to check, ${list.steps.length} steps)`,
  });
  for (const line of checklistLines(list)) io.stderr.write(`  ${line}\n`);
  if (problems.length === 0) return EXIT_CLEAN;
  say({ id: `pemeriksaan penyusun: ${problems.length} masalah`, en: `drafter checks: ${problems.length} problems` });
  for (const p of problems) io.stderr.write(`  ${p.check}: ${p.message}\n`);
  return EXIT_FINDINGS;
}

function drafterChecks(kind: 'perbup' | 'keputusan', model: ReportModel, doc: LegalDoc): DraftProblem[] {
  return [...(kind === 'perbup' ? checkTeams(model, doc) : checkPeople(model, doc)), ...checkCounts(doc)];
}
