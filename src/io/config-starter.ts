/**
 * A starter setara.config.yaml from what `setara inspect` read: the table's column mapping written out (so that a run
 * with it reads the file as inspect did, and the user edits names rather than learning the keys), each line commented
 * with how the column was matched and sample values; the columns left out and the fields without a column as
 * comments. The rest of the config in effect is kept, so that inspecting the people table after the posts table does
 * not lose the posts mapping. `header_row`, `delimiter` and `encoding` apply to every table read with the config:
 * they are written as settings only when this read was told them (option or config), else as comments with the value
 * found, which the next read finds again.
 */
import { stringify } from 'yaml';
import type { Lang } from '../i18n/index.js';
import { COLUMNS } from './columns.js';
import type { Config } from './config.js';
import { BASIS, CONFIDENCE, ENCODING_HOW, HEADER_HOW, oneLineText } from './describe.js';
import type { Inspection } from './inspect.js';

/** Sample values quoted per column, and their length. */
const SAMPLES = 3;
const SAMPLE_MAX = 30;

/** The YAML text; `ins.kind` is posts, people or teams (the config maps no decisions table). */
export function starterConfig(ins: Inspection, carried: Config, lang: Lang): string {
  const L = (id: string, en: string) => (lang === 'id' ? id : en);
  const { mapping, kind, table } = ins;
  const file = oneLineText(table.file, 200);
  const out = [
    L(`# setara.config.yaml awal, dibuat oleh \`setara inspect ${file}\`: kolom tabel ${kind} seperti terbaca.`,
      `# Starter setara.config.yaml, written by \`setara inspect ${file}\`: the ${kind} table's columns as read.`),
    L('# Sunting sesuai kebutuhan (skema: rules/schemas/config.schema.json); lihat hasilnya dengan `setara inspect`.',
      '# Edit as needed (schema: rules/schemas/config.schema.json); see the result with `setara inspect`.'),
    'version: 1',
    'columns:',
    `  ${kind}:`,
    L(`    # bidang: judul kolom di berkas (baris judul: ${mapping.headerLine})`, `    # field: column header in the file (header line: ${mapping.headerLine})`),
  ];
  for (const spec of COLUMNS[kind]) {
    const at = mapping.index.get(spec.name);
    if (at === undefined) {
      out.push(spec.required
        ? L(`    # ${spec.name}: …  # WAJIB, tidak ditemukan: tulis judul kolomnya`, `    # ${spec.name}: …  # REQUIRED, not found: write its column header`)
        : L(`    # ${spec.name}:  # tidak ada kolom`, `    # ${spec.name}:  # no column`));
      continue;
    }
    const c = mapping.columns[at]!;
    if (c.basis === 'values') out.push(`    # ${oneLineText(c.reason[lang], 400)}`);
    const how = [BASIS[c.basis!][lang], ...(c.confidence && c.confidence !== 'high' ? [CONFIDENCE[c.confidence][lang]] : [])].join(', ');
    const samples = c.samples.slice(0, SAMPLES).map((v) => oneLineText(v, SAMPLE_MAX)).join(' | ');
    out.push(`    ${spec.name}: ${JSON.stringify(c.header)}  # ${how}${samples ? `; ${L('contoh', 'e.g.')} ${samples}` : ''}`);
  }
  for (const c of mapping.columns) {
    if (c.field === null && c.header !== '')
      out.push(`    # ${L('tidak dipakai', 'unused')}: ${oneLineText(JSON.stringify(c.header), 100)} (${oneLineText(c.reason[lang], 300)})`);
  }
  for (const [other, map] of Object.entries(carried.columns ?? {})) if (other !== kind && map) out.push(indent(stringify({ [other]: map }), '  '));
  for (const key of ['values', 'ruleset', 'as_of', 'lang'] as const) if (carried[key] !== undefined) out.push(stringify({ [key]: carried[key] }).trimEnd());
  out.push(...dialectLines(ins, L, lang));
  return `${out.join('\n')}\n`;
}

function dialectLines(ins: Inspection, L: (id: string, en: string) => string, lang: Lang): string[] {
  const d = ins.table.dialect;
  const out: string[] = [];
  const every = L('berlaku untuk setiap tabel yang dibaca dengan konfigurasi ini', 'applies to every table read with this config');
  const found = L('ditemukan lagi pada setiap pembacaan; aktifkan hanya bila semua tabel sama', 'found again on every read; enable only if every table has the same');
  const setting = (key: string, value: string, forced: boolean, what: string) => {
    out.push(`# ${what}: ${forced ? every : found}`);
    out.push(`${forced ? '' : '# '}${key}: ${value}`);
  };
  const line = ins.mapping.headerLine;
  if (d.headerHow === 'option' || line !== 1)
    setting('header_row', String(line), d.headerHow === 'option', `${L('baris judul', 'header line')} ${line} (${HEADER_HOW[d.headerHow ?? 'first'][lang]})`);
  if (d.format === 'csv') {
    if (d.delimiterHow === 'option' || d.delimiter !== ',')
      setting('delimiter', JSON.stringify(d.delimiter), d.delimiterHow === 'option', `${L('pemisah', 'delimiter')} ${JSON.stringify(d.delimiter)}`);
    if (d.encodingHow === 'option' || d.encoding !== 'utf-8') {
      const how = ENCODING_HOW[d.encodingHow as keyof typeof ENCODING_HOW]?.[lang] ?? d.encodingHow;
      setting('encoding', String(d.encoding), d.encodingHow === 'option', `${L('pengodean', 'encoding')} ${d.encoding} (${how})`);
    }
  } else {
    out.push(L(`# lembar '${oneLineText(d.sheet ?? '', 100)}': konfigurasi tidak menyimpan lembar; pakai --sheet bila bukan lembar pertama`,
      `# sheet '${oneLineText(d.sheet ?? '', 100)}': the config holds no sheet; use --sheet when it is not the first`));
  }
  return out;
}

function indent(text: string, by: string): string {
  return text.trimEnd().split('\n').map((l) => by + l).join('\n');
}
