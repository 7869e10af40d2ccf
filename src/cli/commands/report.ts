/**
 * `setara report <DIR>`: the summary, lampiran tables and org charts of a migrate output directory as
 * HTML, Markdown, DOCX or XLSX. HTML and Markdown go to stdout unless --output; DOCX and XLSX need --output.
 */
import { basename, extname, join } from 'node:path';
import { UsageError } from '../../errors.js';
import type { Lang } from '../../i18n/index.js';
import { guardTarget, writeFileAtomic } from '../../io/write.js';
import { BINARY_FORMATS, formatFromPath, renderReport, type ReportFormat } from '../../report/index.js';
import { loadReport, REPORT_INPUTS } from '../../report/load.js';
import { findOpd, restrictToOpd, type OpdRef, type Progress, type ReportModel } from '../../report/model.js';
import type { MainIO } from '../context.js';

export interface ReportOptions {
  format?: ReportFormat;
  output?: string;
  opd?: string;
  force?: boolean;
  lang: Lang;
}

export async function reportCommand(dir: string, opts: ReportOptions, io: MainIO): Promise<number> {
  const toFile = opts.output !== undefined && opts.output !== '-';
  const format = toFile ? fileFormat(opts.output!, opts.format) : (opts.format ?? 'html');
  if (!toFile && BINARY_FORMATS.includes(format))
    throw new UsageError({
      id: `format ${format} memerlukan --output BERKAS (mis. --output ${join(dir, `laporan.${format}`)})`,
      en: `format ${format} needs --output FILE (e.g. --output ${join(dir, `laporan.${format}`)})`,
    });
  const guard = { cwd: io.cwd, force: opts.force ?? false, inputs: REPORT_INPUTS.map((f) => join(dir, f)) };
  // Refuse a bad --output before any work.
  if (toFile) guardTarget(opts.output!, opts.output!, guard);

  let model = await loadReport(dir, io.cwd);
  if (opts.opd !== undefined) model = restrictToOpd(model, selectOpd(model, opts.opd));

  const tty = io.stderr.isTTY === true;
  const progress: Progress | undefined = tty
    ? (done, total, opd) => io.stderr.write(`\r[${done}/${total}] ${opd.length > 70 ? `${opd.slice(0, 69)}…` : opd}\x1b[K`)
    : undefined;
  const data = await renderReport(model, format, { lang: opts.lang, ...(progress ? { progress } : {}) });
  if (tty) io.stderr.write('\r\x1b[K');

  if (toFile) await writeFileAtomic(opts.output!, data, opts.output!, guard);
  else io.stdout.write(typeof data === 'string' ? data : Buffer.from(data).toString('utf8'));
  return 0;
}

/** The format of an --output file: --format if its extension agrees (or it has none), else the extension's. */
function fileFormat(output: string, given: ReportFormat | undefined): ReportFormat {
  const ext = extname(basename(output));
  const implied = formatFromPath(output);
  if (given !== undefined && ext !== '' && implied !== given)
    throw new UsageError({
      id: `--output ${output}: ekstensi ${ext} tidak sesuai dengan --format ${given} (pakai .${given})`,
      en: `--output ${output}: extension ${ext} does not match --format ${given} (use .${given})`,
    });
  if (given === undefined && implied === undefined)
    throw new UsageError({
      id: `--output ${output}: format tidak dapat ditentukan dari ${ext ? `ekstensi ${ext}` : 'nama berkas tanpa ekstensi'}; pakai .html, .md, .docx atau .xlsx, atau --format`,
      en: `--output ${output}: cannot tell the format from ${ext ? `the extension ${ext}` : 'a name without extension'}; use .html, .md, .docx or .xlsx, or --format`,
    });
  return given ?? implied!;
}

/** The one OPD --opd names; several or none is a usage error that lists them (or the closest) by name and code. */
function selectOpd(model: ReportModel, query: string): string {
  const m = findOpd(model, query);
  if ('opd' in m) return m.opd;
  const list = (refs: OpdRef[]) => refs.map((o) => `'${o.name}'${o.code ? ` (${o.code})` : ''}`).join(', ');
  if ('several' in m)
    throw new UsageError({
      id: `--opd '${query}' cocok dengan ${m.several.length} perangkat daerah: ${list(m.several)}; sebut satu, dengan nama atau kode`,
      en: `--opd '${query}' matches ${m.several.length} departments: ${list(m.several)}; name one, by name or code`,
    });
  throw new UsageError(m.closest.length > 0
    ? { id: `--opd '${query}' tidak ada; yang paling mirip: ${list(m.closest)}`, en: `--opd '${query}' not found; closest: ${list(m.closest)}` }
    : { id: `--opd '${query}' tidak ada; folder ini tidak memuat perangkat daerah`, en: `--opd '${query}' not found; the directory holds no department` });
}
