/**
 * `setara report <DIR>`: the summary, lampiran tables and org charts of a migrate output directory as
 * HTML, Markdown, DOCX or XLSX. HTML and Markdown go to stdout unless --output; DOCX and XLSX need --output, or
 * --split DIR: one file per OPD (see report/split.ts).
 */
import { existsSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { OutputError, UsageError } from '../../errors.js';
import type { Lang } from '../../i18n/index.js';
import { guardTarget, writeFileAtomic } from '../../io/write.js';
import { BINARY_FORMATS, formatFromPath, renderReport, type ReportFormat } from '../../report/index.js';
import { loadReport, REPORT_INPUTS } from '../../report/load.js';
import { writeSplitReport } from '../../report/split.js';
import type { Progress } from '../../report/model.js';
import { findOpd, opdRefs, restrictToOpd, type OpdRef } from '../../report/opd-select.js';
import { OpdSource } from '../../report/opd-source.js';
import type { MainIO } from '../context.js';

export interface ReportOptions {
  format?: ReportFormat;
  output?: string;
  opd?: string;
  split?: string;
  force?: boolean;
  lang: Lang;
}

export async function reportCommand(dir: string, opts: ReportOptions, io: MainIO): Promise<number> {
  if (opts.split !== undefined) return splitCommand(dir, opts.split, opts, io);
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
  if (opts.opd !== undefined) model = restrictToOpd(model, selectOpd(opdRefs(model), opts.opd));

  if (model.opds.length > SPLIT_HINT_OPDS)
    io.stderr.write(`setara: ${opts.lang === 'id'
      ? `${model.opds.length} perangkat daerah dalam satu berkas; --split FOLDER menulis satu berkas per perangkat daerah`
      : `${model.opds.length} departments in one file; --split DIR writes one file per department`}\n`);
  const progress = progressLine(io);
  const data = await renderReport(model, format, { lang: opts.lang, ...(progress ? { progress } : {}) });
  if (progress) io.stderr.write('\r\x1b[K');

  // The region's rule file report read its descriptions from is an input too.
  if (toFile) await writeFileAtomic(opts.output!, data, opts.output!, { ...guard, inputs: [...guard.inputs, ...model.ruleset.chain.map((c) => c.file)] });
  else io.stdout.write(typeof data === 'string' ? data : Buffer.from(data).toString('utf8'));
  return 0;
}

/** Above this many OPDs one document is slow to open (HTML) or to build (DOCX: gigabytes): --split is suggested. */
const SPLIT_HINT_OPDS = 300;

/** `--split DIR`: one file per OPD, rendered and written one at a time. */
async function splitCommand(dir: string, target: string, opts: ReportOptions, io: MainIO): Promise<number> {
  if (opts.output !== undefined)
    throw new UsageError({ id: '--split dan --output tidak dapat dipakai bersama', en: '--split and --output cannot be used together' });
  const abs = resolve(io.cwd, target);
  // Refused before the model of a national dataset is read.
  if (existsSync(abs) && !statSync(abs).isDirectory())
    throw new OutputError({ id: `--split ${target}: bukan folder`, en: `--split ${target}: not a directory` }, target);
  // One OPD at a time: a national dataset's model does not fit in memory.
  let source = await OpdSource.open(dir, io.cwd);
  if (opts.opd !== undefined) source = source.only(selectOpd(await source.refs(), opts.opd));
  const guard = { cwd: io.cwd, force: opts.force ?? false, inputs: [...REPORT_INPUTS.map((f) => join(dir, f)), ...source.summary.ruleset.chain.map((c) => c.file)] };
  const progress = progressLine(io);
  await writeSplitReport(source, opts.format ?? 'html', { dir: target, guard }, { lang: opts.lang, ...(progress ? { progress } : {}) });
  if (progress) io.stderr.write('\r\x1b[K');
  return 0;
}

/** `[n/N] OPD` on one line of a TTY stderr. */
function progressLine(io: MainIO): Progress | undefined {
  return io.stderr.isTTY === true
    ? (done, total, opd) => io.stderr.write(`\r[${done}/${total}] ${opd.length > 70 ? `${opd.slice(0, 69)}…` : opd}\x1b[K`)
    : undefined;
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
function selectOpd(opds: readonly OpdRef[], query: string): string {
  const m = findOpd(opds, query);
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
