/**
 * `setara inspect FILE`: what setara reads from a file, without checking anything: the dialect, the header row and
 * why, each column's field with sample values and how sure, the columns left out, what the model will infer for the
 * fields without a column, and the record count. `--write-config` writes a starter setara.config.yaml of that mapping.
 */
import { UsageError } from '../../errors.js';
import type { Lang, Text } from '../../i18n/index.js';
import { COLUMNS, type TableKind } from '../../io/columns.js';
import { CONFIG_FILE, loadConfig, xlsxLimits } from '../../io/config.js';
import { starterConfig } from '../../io/config-starter.js';
import { BASIS, CONFIDENCE, ENCODING_HOW, HEADER_HOW, headerNote, oneLineText } from '../../io/describe.js';
import { inspectTable, type Inspection } from '../../io/inspect.js';
import { openTable } from '../../io/open-table.js';
import { progressReporter } from '../../io/progress.js';
import { guardTarget, writeFileAtomic } from '../../io/write.js';
import { readsAsTitle } from '../../model/parse/post-title.js';
import type { MainIO } from '../context.js';
import type { InputOptions } from '../run-context.js';

/** The reading options of the data commands, without what only a run needs. */
export interface InspectOptions extends Pick<InputOptions, 'lang' | 'config' | 'delimiter' | 'encoding' | 'sheet' | 'headerRow'> {
  table?: 'posts' | 'people' | 'teams';
  /** `true`: setara.config.yaml in the working directory. */
  writeConfig?: string | true;
  force?: boolean;
  format: 'text' | 'json';
}

/** Who told a dialect setting: the command line, or the config. */
type Told = 'option' | 'config';

/**
 * `--format json`, version 1. Positions are 1-based; texts are in the --lang language; `how` values are codes:
 * table `option` (--table) | `columns` (guessed); encoding `bom` | `nul-pattern` | `valid-utf8` | `fallback` |
 * `option` | `config`; delimiter `sniffed` | `option` | `config`; header `first` | `names` | `width` | `option` |
 * `config`. `filled` counts the records where a column is not blank (null past the 512th column).
 */
export interface InspectReport {
  version: 1;
  file: string;
  table: { kind: TableKind; how: 'option' | 'columns'; candidates: Array<{ kind: TableKind; mapped: number; missing: string[] }> };
  format: 'csv' | 'xlsx';
  encoding: { name: string; how: string } | null;
  delimiter: { char: string; how: string } | null;
  sheet: string | null;
  header: { line: number; how: string; skipped: number };
  rows: number;
  /** Records the samples and the value-decided columns come from. */
  sampled: number;
  columns: Array<{
    position: number; header: string; field: string | null; basis: string | null; confidence: string | null;
    ambiguous: boolean; reason: string; samples: string[]; filled: number | null;
  }>;
  /** Headers feeding no field. */
  unmapped: string[];
  /** Headers whose name alone could mean several fields (their values decided). */
  ambiguous: string[];
  /** Required fields without a column: the table would not load. */
  missing: string[];
  /** Optional fields without a column. */
  absent: string[];
  /** What the model fills in for fields without a column or with blank cells (posts only). */
  inferred: Array<{ field: string; column: string | null; blank: number; ruleId: string | null; text: string }>;
  config: { read: string | null; written: string | null };
}

export async function inspectCommand(file: string, opts: InspectOptions, io: MainIO): Promise<number> {
  const { config, file: configRead } = loadConfig(io.cwd, opts.config);
  const target = opts.writeConfig === true ? CONFIG_FILE : opts.writeConfig;
  const guard = { cwd: io.cwd, force: opts.force ?? false, inputs: [file] };
  // Refused before the file is read (a large one takes a while).
  if (target !== undefined) guardTarget(target, target, guard);
  const progress = progressReporter(io.stderr, io.env, opts.lang);
  let ins: Inspection;
  try {
    const table = await openTable(file, io.cwd, {
      delimiter: opts.delimiter ?? config.delimiter, encoding: opts.encoding ?? config.encoding, sheet: opts.sheet,
      headerRow: opts.headerRow ?? config.header_row, limits: xlsxLimits(config), ...(progress ? { progress: progress.rows } : {}),
    });
    ins = await inspectTable(table, opts.table, config.columns, readsAsTitle);
  } finally {
    progress?.clear();
  }
  if (target !== undefined && ins.kind === 'decisions')
    throw new UsageError({
      id: '--write-config: berkas ini terbaca sebagai tabel keputusan analis, yang dibaca tanpa pemetaan konfigurasi; pilih tabelnya dengan --table',
      en: '--write-config: this file reads as an analyst decisions table, which is read without a config mapping; choose the table with --table',
    });
  if (target !== undefined) await writeFileAtomic(target, starterConfig(ins, config, opts.lang), target, guard);
  const told = {
    delimiter: opts.delimiter !== undefined ? 'option' : 'config',
    encoding: opts.encoding !== undefined ? 'option' : 'config',
    header: opts.headerRow !== undefined ? 'option' : 'config',
  } satisfies Record<string, Told>;
  const report = buildReport(ins, told, opts.lang, configRead ?? null, target ?? null);
  io.stdout.write(opts.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderText(report, opts.lang));
  if (target !== undefined) {
    const edit = report.missing.length
      ? opts.lang === 'id' ? `; kolom wajib ${report.missing.join(', ')} belum dipetakan: sunting berkasnya` : `; required ${report.missing.join(', ')} not mapped yet: edit the file`
      : '';
    io.stderr.write(`${opts.lang === 'id' ? `konfigurasi awal ditulis: ${target}` : `starter config written: ${target}`}${edit}\n`);
  }
  return 0;
}

function buildReport(ins: Inspection, told: Record<'delimiter' | 'encoding' | 'header', Told>, lang: Lang, read: string | null, written: string | null): InspectReport {
  const d = ins.table.dialect;
  const m = ins.mapping;
  const how = (h: string | undefined, by: Told) => (h === 'option' ? by : h ?? 'first');
  return {
    version: 1,
    file: ins.table.file,
    table: { kind: ins.kind, how: ins.kindHow, candidates: ins.fits.map((f) => ({ kind: f.kind, mapped: f.mapped, missing: f.missing })) },
    format: d.format,
    encoding: d.format === 'csv' ? { name: d.encoding!, how: how(d.encodingHow, told.encoding) } : null,
    delimiter: d.format === 'csv' ? { char: d.delimiter!, how: how(d.delimiterHow, told.delimiter) } : null,
    sheet: d.sheet ?? null,
    header: { line: m.headerLine, how: how(d.headerHow, told.header), skipped: d.skipped ?? 0 },
    rows: ins.rows,
    sampled: m.sampled,
    columns: m.columns.map((c) => ({
      position: c.position + 1, header: c.header, field: c.field, basis: c.basis, confidence: c.confidence, ambiguous: c.ambiguous,
      reason: c.reason[lang], samples: c.samples, filled: ins.filled[c.position] ?? null,
    })),
    unmapped: m.unused,
    ambiguous: m.columns.filter((c) => c.ambiguous).map((c) => c.header),
    missing: ins.missing,
    absent: COLUMNS[ins.kind].filter((s) => !s.required && !m.index.has(s.name)).map((s) => s.name),
    inferred: ins.kind === 'posts' ? inferredFields(ins, lang) : [],
    config: { read, written },
  };
}

/** What read-posts, infer-tree, placement and infer-eselon do for a posts field that has no column, or blank cells. */
const FILLS: ReadonlyArray<{ field: string; ruleId: string | null; text: Text; partial?: Text }> = [
  {
    field: 'parent_id', ruleId: 'post/parent-inferred',
    text: { id: 'pohon dibangun per OPD dari nama jabatan, unit dan eselon', en: 'the tree is built within each OPD from titles, units and eselon' },
    partial: {
      id: 'kepala OPD tetap puncak; jabatan yang jelas bukan kepala OPD diberi atasan dari nama jabatan, unit dan eselon',
      en: "OPD heads stay at the top; a post plainly not an OPD's head gets its parent from titles, units and eselon",
    },
  },
  { field: 'kind', ruleId: 'post/kind-inferred', text: { id: 'jenis jabatan disimpulkan dari eselon, atau dari nama jabatan', en: 'the post kind is inferred from the eselon, else from the title' } },
  {
    field: 'eselon', ruleId: 'post/eselon-inferred',
    text: {
      id: 'eselon jabatan struktural disimpulkan dari nama jabatan dan letaknya (rules/data/eselon-typical.yaml: Camat III.a, Lurah IV.a, …); JF dan pelaksana tanpa eselon',
      en: 'the eselon of structural posts is inferred from the title and where the post sits (rules/data/eselon-typical.yaml: Camat III.a, Lurah IV.a, …); JF and pelaksana have none',
    },
  },
  {
    field: 'unit', ruleId: 'post/unit-inferred',
    text: { id: 'unit dibaca dari nama jabatan (Kepala Seksi X → Seksi X); JF dan pelaksana di unit atasannya', en: 'the unit is read from the title (Kepala Seksi X → Seksi X); a JF or pelaksana works in its superior\'s unit' },
  },
  { field: 'opd', ruleId: 'post/opd-inferred', text: { id: 'OPD dibaca dari nama jabatan kepalanya (Kepala Dinas Kesehatan → Dinas Kesehatan)', en: "the OPD is read from its head's title (Kepala Dinas Kesehatan → Dinas Kesehatan)" } },
  { field: 'unit_type', ruleId: null, text: { id: 'jenis unit dibaca dari nama unit, atau dari nama jabatan', en: 'the unit type is read from the unit name, else from the title' } },
];

function inferredFields(ins: Inspection, lang: Lang): InspectReport['inferred'] {
  const m = ins.mapping;
  const depth = m.source.get('depth');
  const out: InspectReport['inferred'] = [];
  for (const f of FILLS) {
    const at = m.index.get(f.field);
    const filled = at === undefined ? 0 : ins.filled[at];
    if (filled === null || filled === undefined || ins.rows === 0) continue;
    const blank = ins.rows - filled;
    if (blank === 0) continue;
    const column = at === undefined ? null : m.columns[at]!.header;
    const whole = blank === ins.rows;
    const said = column === null
      ? lang === 'id' ? 'tidak ada kolom' : 'no column'
      : whole ? lang === 'id' ? `kolom '${column}' kosong` : `column '${column}' is blank`
      : lang === 'id' ? `kosong di ${blank} dari ${ins.rows} rekaman` : `blank in ${blank} of ${ins.rows} records`;
    let text = (whole ? f.text : f.partial ?? f.text)[lang];
    if (f.field === 'parent_id' && depth !== undefined) text += lang === 'id' ? `; dengan kolom kedalaman '${depth}'` : `; with the depth column '${depth}'`;
    out.push({ field: f.field, column, blank, ruleId: f.ruleId, text: `${said}: ${text}` });
  }
  return out;
}

const HEADER_CLIP = 40;
const SAMPLE_CLIP = 30;

function renderText(r: InspectReport, lang: Lang): string {
  const L = (id: string, en: string) => (lang === 'id' ? id : en);
  const out: string[] = [];
  const row = (label: string, value: string) => out.push(`${label.padEnd(13)}${value}`);
  row(L('berkas', 'file'), r.file);
  const others = r.table.candidates.slice(1).filter((c) => c.mapped > 0).map((c) => `${c.kind} ${c.mapped}${c.missing.length ? ` (${L('tanpa', 'lacks')} ${c.missing.join(', ')})` : ''}`);
  row(L('tabel', 'table'), r.table.how === 'option'
    ? `${r.table.kind} (--table)`
    : `${r.table.kind} (${L('ditebak dari kolomnya', 'guessed from its columns')}: ${r.table.candidates[0]!.mapped} ${L('kolom dikenali', 'columns recognised')}${others.length ? `; ${others.join(', ')}` : ''})`);
  if (r.format === 'csv') {
    row('format', 'CSV');
    row(L('pengodean', 'encoding'), `${r.encoding!.name} (${howText(r.encoding!.how, ENCODING_HOW, '--encoding', r, lang)})`);
    const sniffed = { sniffed: { id: 'dikenali dari isinya', en: 'sniffed from the content' } };
    row(L('pemisah', 'delimiter'), `${r.delimiter!.char === '\t' ? 'tab' : JSON.stringify(r.delimiter!.char)} (${howText(r.delimiter!.how, sniffed, '--delimiter', r, lang)})`);
  } else {
    row('format', `XLSX, ${L('lembar', 'sheet')} '${oneLineText(r.sheet ?? '', 100)}'`);
  }
  row(L('baris judul', 'header'), headerNote(r.header.line, howText(r.header.how, HEADER_HOW, '--header-row', r, lang), r.header.skipped, lang));
  row(L('rekaman', 'records'), `${r.rows} (${L(`contoh dari ${r.sampled} rekaman pertama`, `samples from the first ${r.sampled}`)})`);
  row(L('konfigurasi', 'config'), r.config.read ?? '-');
  out.push('', L('kolom', 'columns'));
  const cells = r.columns.map((c) => [
    String(c.position), oneLineText(c.header, HEADER_CLIP), c.field === null ? '→ -' : `→ ${c.field}`,
    c.basis === null ? '' : BASIS[c.basis as keyof typeof BASIS][lang], c.confidence === null ? '' : CONFIDENCE[c.confidence as keyof typeof CONFIDENCE][lang],
    c.filled === null ? '' : `${c.filled}/${r.rows}`, c.samples.map((v) => oneLineText(v, SAMPLE_CLIP)).join(' | '),
  ]);
  const widths = cells.reduce((w, cs) => cs.map((v, i) => Math.max(w[i] ?? 0, v.length)), [] as number[]);
  for (const cs of cells) out.push(`  ${cs.map((v, i) => (i === cs.length - 1 ? v : v.padEnd(widths[i]!))).join('  ')}`.trimEnd());
  const list = (label: string, items: string[]) => {
    if (!items.length) return;
    out.push('', label, ...items.map((s) => `  ${s}`));
  };
  list(L('tidak dipakai', 'unused'), r.columns.filter((c) => c.field === null).map((c) => `${oneLineText(c.header, HEADER_CLIP) || '""'}: ${c.reason}`));
  list(L('ambigu', 'ambiguous'), r.columns.filter((c) => c.ambiguous).map((c) => `${oneLineText(c.header, HEADER_CLIP)} → ${c.field ?? '-'}: ${c.reason}`));
  list(L('kolom wajib tidak ada (tabel tidak dapat dibaca)', 'required columns missing (the table cannot be read)'), r.missing);
  // Those the model fills in are said under "inferred".
  const unexplained = r.absent.filter((f) => !r.inferred.some((i) => i.field === f));
  list(L('kolom opsional tidak ada', 'optional columns missing'), unexplained.length ? [unexplained.join(', ')] : []);
  list(L('disimpulkan', 'inferred'), r.inferred.map((f) => `${f.field}: ${f.text}${f.ruleId ? ` (${L('temuan info', 'info finding')} ${f.ruleId})` : ''}`));
  return `${out.join('\n')}\n`;
}

/** A `how` code as words: the labels given, the option's name, or the config file. */
function howText(how: string, labels: Partial<Record<string, Text>>, option: string, r: InspectReport, lang: Lang): string {
  if (how === 'option') return option;
  if (how === 'config') return r.config.read ?? CONFIG_FILE;
  return labels[how]?.[lang] ?? how;
}
