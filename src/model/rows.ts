/**
 * Shared record loop for every table: column mapping (by name, then by the first records' values), ragged rows, ids
 * and NIPs that lost digits, per-row schema gate.
 */
import type { ErrorObject } from 'ajv';
import type { Report } from './finding.js';
import type { Text } from '../i18n/index.js';
import { InputError } from '../errors.js';
import { EVIDENCE_RECORDS, inferMapping } from '../io/column-evidence.js';
import { BY_VALUES, mapColumns, requireColumns, type ColumnMapping, type TableKind } from '../io/columns.js';
import type { RawRecord, Table } from '../io/table.js';
import { schemaValidator } from '../io/schemas.js';
import { isScientificNumber, NIP_AS_NUMBER } from './parse/nip.js';
import { readsAsTitle } from './parse/post-title.js';
import type { SourceRef } from './types.js';

export interface RowContext {
  readonly file: string;
  /** Physical line (1-based) and record number (1-based, header excluded) of the current row. */
  line: number;
  row: number;
  /** Where the current row comes from, as a fresh object (for items that keep one). */
  readonly src: SourceRef;
  /** Cell text of a canonical column ('' when absent), trimmed. */
  get(column: string): string;
  has(column: string): boolean;
  /** Whether a problem was already reported on this column of the current row. */
  reported(column: string): boolean;
  /** Reports a cell problem once per column (under `ruleId`); the schema gate skips columns already reported. */
  invalid(column: string, value: string, reason: Text, ruleId?: string): void;
}

export interface RowsResult<T> {
  items: T[];
  mapping: ColumnMapping;
}

const SCHEMA: Record<TableKind, string> = {
  posts: 'posts.schema.json', people: 'people.schema.json', teams: 'teams.schema.json', decisions: 'decisions.schema.json',
};

/** Columns that hold ids or NIPs, where a number that lost digits is refused. */
const ID_COLUMNS: Record<TableKind, readonly string[]> = {
  posts: ['id', 'parent_id'], people: ['nip', 'post_id'], teams: ['team_id', 'owner_post_id', 'nip'], decisions: ['post_id'],
};

const ID_AS_NUMBER: Text = {
  id: 'ID disimpan sebagai angka; digit terakhir hilang — simpan kolom sebagai teks',
  en: 'id stored as a number; its last digits are lost — save the column as text',
};

/** Progress is reported past this many rows, then every PROGRESS_EVERY rows. */
const PROGRESS_FIRST = 50_000;
const PROGRESS_EVERY = 25_000;

/**
 * Columns whose values repeat on many rows (the same post titles and unit names in every region): each distinct value
 * is kept once. A pool stops growing at SHARED_MAX values and then only shares what it has. (Person names repeat too,
 * but too seldom to pay for the lookups.)
 */
const SHARED: Record<TableKind, readonly string[]> = {
  posts: ['opd', 'unit', 'name'], people: [], teams: ['team_id', 'team_name', 'owner_post_id'], decisions: [],
};
const SHARED_MAX = 200_000;

/** A cell quoted in a finding: long values (a 10 MB field) are cut, so a report stays readable. */
const VALUE_MAX = 200;
function clip(v: string): string {
  return v.length > VALUE_MAX ? `${v.slice(0, VALUE_MAX)}… (${v.length})` : v;
}

async function* batchesOf(records: AsyncIterable<RawRecord>): AsyncGenerator<RawRecord[]> {
  let batch: RawRecord[] = [];
  for await (const r of records) {
    batch.push(r);
    if (batch.length >= 1000) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/**
 * Streams a table's records through `build`, which turns one row into a canonical object (for the schema gate)
 * and a domain item. No record is dropped silently: ragged rows and schema failures are reported.
 */
export async function readRows<T>(
  table: Table,
  kind: TableKind,
  explicitColumns: Record<string, string> | undefined,
  report: Report,
  /** `canonical: null` marks a row that is blank on purpose (no item, nothing to check). */
  build: (row: RowContext) => { canonical: Record<string, unknown> | null; item: T | null },
): Promise<RowsResult<T>> {
  // Names first (a missing required column is refused before any record is read, but a title column, which its
  // values may give), then the first records' values settle what names cannot (io/column-evidence.ts); those records
  // are then read like the rest.
  const byName = mapColumns(kind, table.header, table.file, table.headerLine, explicitColumns, BY_VALUES[kind]);
  const source = (table.batches ?? batchesOf(table.records))[Symbol.asyncIterator]();
  const head: RawRecord[][] = [];
  const sample: string[][] = [];
  while (sample.length < EVIDENCE_RECORDS) {
    const r = await source.next();
    if (r.done) break;
    head.push(r.value);
    for (let k = 0; k < r.value.length && sample.length < EVIDENCE_RECORDS; k++) sample.push(r.value[k]!.cells);
  }
  const mapping = inferMapping(byName, sample, readsAsTitle);
  requireColumns(mapping, table.file);
  sample.length = 0;
  const validate = schemaValidator(SCHEMA[kind]);
  const width = table.header.length;
  const items = new Blocks<T>();
  const index = mapping.index;
  // The pools of the SHARED columns.
  // Indexed by cell position, as an array: get() runs for every cell and a second Map lookup there shows.
  const shared: Array<Map<string, string> | undefined> = [];
  const last: string[] = [];
  for (const c of SHARED[kind]) {
    const i = index.get(c);
    if (i !== undefined) shared[i] = new Map();
  }
  // The id and NIP columns present, where a number that lost digits is refused.
  const guarded = ID_COLUMNS[kind].filter((c) => index.has(c));
  const guardAt = guarded.map((c) => index.get(c)!);
  /** Per guarded column, the character a lost-digits cell must hold: a NIP's exponent may lack its `+`, an id's not. */
  const guardChar = guarded.map((c) => (c === 'nip' ? 'E' : '+'));
  let cells: string[] = [];
  const reported = new Set<string>();
  const row: RowContext = {
    file: table.file,
    line: 0,
    row: 0,
    get src() {
      return { file: this.file, line: this.line, row: this.row };
    },
    get(c) {
      const i = index.get(c);
      if (i === undefined) return '';
      const v = (cells[i] ?? '').trim();
      const pool = shared[i];
      if (pool === undefined) return v;
      // Rows of one unit or OPD come together: the previous row's value first, the pool (hashing v) after.
      const prev = last[i];
      if (v === prev) return prev;
      const hit = pool.get(v);
      if (hit !== undefined) return (last[i] = hit);
      if (pool.size < SHARED_MAX) pool.set(v, v);
      return (last[i] = v);
    },
    has: (c) => index.has(c),
    reported: (c) => reported.has(c),
    invalid(column, value, reason, ruleId = 'schema/invalid-value') {
      reported.add(column);
      report(ruleId, { file: row.file, line: row.line, row: row.row, column, value: clip(value) }, reason);
    },
  };
  const progress = table.progress;
  let count = 0;
  let nextProgress = PROGRESS_FIRST;
  const readBatch = (batch: RawRecord[]) => {
    for (let r = 0; r < batch.length; r++) {
      const rec = batch[r]!;
      row.line = rec.line;
      row.row = rec.row;
      cells = rec.cells;
      if (cells.length !== width) {
        report('table/ragged-row', { file: table.file, line: rec.line, row: rec.row }, {
          id: `rekaman berisi ${cells.length} sel, judul kolom berisi ${width}`,
          en: `record has ${cells.length} cells, the header has ${width}`,
        });
      }
      if (reported.size) reported.clear();
      for (let g = 0; g < guardAt.length; g++) {
        const v = cells[guardAt[g]!];
        // indexOf first: the regex runs only on the rare cell that holds the character (GUIDs are full of `E`).
        if (v !== undefined && (v.indexOf(guardChar[g]!) !== -1 || (guardChar[g] === 'E' && v.indexOf('e') !== -1))) {
          refuseLostDigits(guarded[g]!, guardAt[g]!, v.trim());
        }
      }
      const { canonical, item } = build(row);
      if (canonical && !validate(canonical)) {
        for (const e of validate.errors ?? []) schemaFinding(e, canonical, row, reported, report);
      }
      if (item) items.add(item);
    }
    count += batch.length;
    if (progress && count >= nextProgress) {
      progress(table.file, count, false);
      nextProgress = count + PROGRESS_EVERY;
    }
  };
  /**
   * A number in scientific notation where an id or a NIP is expected has lost digits (io/xlsx.ts writes an inexact
   * number cell so, Excel's CSV too): an error at its cell, and the cell counts as empty, so that no rounded id or
   * NIP reaches a post, a person or any output.
   */
  const refuseLostDigits = (column: string, at: number, v: string) => {
    const nip = column === 'nip';
    if (!isScientificNumber(v, !nip)) return;
    row.invalid(column, v, nip ? NIP_AS_NUMBER : ID_AS_NUMBER, nip ? 'person/nip-format' : 'schema/invalid-value');
    cells[at] = '';
  };
  for (const batch of head) readBatch(batch);
  head.length = 0;
  for (let r = await source.next(); !r.done; r = await source.next()) readBatch(r.value);
  if (progress && count >= PROGRESS_FIRST) progress(table.file, count, true);
  if (kind === 'posts' && count === 0)
    throw new InputError({ id: 'tabel jabatan tanpa rekaman: hanya baris judul kolom', en: 'posts table without records: only the header row' }, table.file, table.headerLine);
  return { items: items.join(), mapping };
}

/**
 * The items of a table, kept in fixed blocks and joined once at their exact length: a list grown by push allocates
 * about three times its final size on the way, large arrays left for the collector (tens of MB at a million rows).
 */
class Blocks<T> {
  private static readonly SIZE = 8192;
  private readonly full: T[][] = [];
  private block: T[] = new Array(Blocks.SIZE);
  private fill = 0;

  add(item: T): void {
    if (this.fill === Blocks.SIZE) {
      this.full.push(this.block);
      this.block = new Array(Blocks.SIZE);
      this.fill = 0;
    }
    this.block[this.fill++] = item;
  }

  join(): T[] {
    const out: T[] = new Array(this.full.length * Blocks.SIZE + this.fill);
    let k = 0;
    for (let b = 0; b < this.full.length; b++) {
      const block = this.full[b]!;
      for (let i = 0; i < Blocks.SIZE; i++) out[k++] = block[i]!;
    }
    for (let i = 0; i < this.fill; i++) out[k++] = this.block[i]!;
    return out;
  }
}

function schemaFinding(e: ErrorObject, canonical: Record<string, unknown>, row: RowContext, reported: Set<string>, report: Report): void {
  const column = e.keyword === 'required' ? String((e.params as { missingProperty: string }).missingProperty) : e.instancePath.split('/')[1] ?? '';
  if (reported.has(column)) return;
  reported.add(column);
  const at = { file: row.file, line: row.line, row: row.row, column };
  const raw = canonical[column];
  if (e.keyword === 'required' || raw === '' ) {
    report('schema/required', at, { id: `kolom '${column}' wajib diisi`, en: `column '${column}' is required` });
  } else {
    report('schema/invalid-value', { ...at, value: clip(String(raw)) }, {
      id: `nilai kolom '${column}' tidak sah (${e.message ?? e.keyword})`,
      en: `invalid value in column '${column}' (${e.message ?? e.keyword})`,
    });
  }
}

/** Unwraps a parse result, reporting a failure on the cell; failed cells count as empty. */
export function cell<T>(row: RowContext, column: string, parsed: { ok: true; value: T | null } | { ok: false; reason: Text }): T | null {
  if (parsed.ok) return parsed.value;
  row.invalid(column, row.get(column), parsed.reason);
  return null;
}
