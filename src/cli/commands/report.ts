/**
 * `setara report <DIR>`: the summary, lampiran tables and org charts of a migrate output directory as
 * HTML, Markdown, DOCX or XLSX. HTML and Markdown go to stdout unless --output; DOCX and XLSX need --output.
 */
import { join } from 'node:path';
import { UsageError } from '../../errors.js';
import type { Lang } from '../../i18n/index.js';
import { guardTarget, writeFileAtomic } from '../../io/write.js';
import { BINARY_FORMATS, formatFromPath, renderReport, type ReportFormat } from '../../report/index.js';
import { loadReport, REPORT_INPUTS } from '../../report/load.js';
import { findOpd, restrictToOpd, type Progress } from '../../report/model.js';
import type { MainIO } from '../context.js';

export interface ReportOptions {
  format?: ReportFormat;
  output?: string;
  opd?: string;
  force?: boolean;
  lang: Lang;
}

export async function reportCommand(dir: string, opts: ReportOptions, io: MainIO): Promise<number> {
  const format: ReportFormat = opts.format ?? formatFromPath(opts.output) ?? 'html';
  const toFile = opts.output !== undefined && opts.output !== '-';
  if (!toFile && BINARY_FORMATS.includes(format))
    throw new UsageError({
      id: `format ${format} memerlukan --output BERKAS (mis. --output ${join(dir, `laporan.${format}`)})`,
      en: `format ${format} needs --output FILE (e.g. --output ${join(dir, `laporan.${format}`)})`,
    });
  const guard = { cwd: io.cwd, force: opts.force ?? false, inputs: REPORT_INPUTS.map((f) => join(dir, f)) };
  // Refuse a bad --output before any work.
  if (toFile) guardTarget(opts.output!, opts.output!, guard);

  let model = await loadReport(dir, io.cwd);
  if (opts.opd !== undefined) {
    const opd = findOpd(model, opts.opd);
    if (opd === undefined) {
      const names = model.opds.map((o) => o.opd).join(', ');
      throw new UsageError({
        id: `--opd '${opts.opd}' tidak ada; perangkat daerah yang tersedia: ${names}`,
        en: `--opd '${opts.opd}' not found; available departments: ${names}`,
      });
    }
    model = restrictToOpd(model, opd);
  }

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
