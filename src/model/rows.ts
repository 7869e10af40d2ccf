/** Shared record loop for every table: column mapping, ragged rows, per-row schema gate. */
import type { ErrorObject } from 'ajv';
import type { Report } from '../check/reporter.js';
import type { Text } from '../i18n/index.js';
import { mapColumns, type ColumnMapping, type TableKind } from '../io/columns.js';
import type { Table } from '../io/table.js';
import { schemaValidator } from '../rules/load-yaml.js';
import type { SourceRef } from './types.js';

export interface RowContext {
  src: SourceRef;
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

/**
 * Streams a table's records through `build`, which turns one row into a canonical object (for the schema gate)
 * and a domain item. No record is dropped silently: ragged rows and schema failures are reported.
 */
export async function readRows<T>(
  table: Table,
  kind: TableKind,
  explicitColumns: Record<string, string> | undefined,
  report: Report,
  build: (row: RowContext) => { canonical: Record<string, unknown>; item: T | null },
): Promise<RowsResult<T>> {
  const mapping = mapColumns(kind, table.header, table.file, table.headerLine, explicitColumns);
  const validate = schemaValidator(SCHEMA[kind]);
  const width = table.header.length;
  const items: T[] = [];
  const columns = [...mapping.index.entries()];
  const values = new Map<string, string>();
  const reported = new Set<string>();
  const src: SourceRef = { file: table.file, line: 0, row: 0 };
  const row: RowContext = {
    src,
    get: (c) => values.get(c) ?? '',
    has: (c) => mapping.index.has(c),
    reported: (c) => reported.has(c),
    invalid(column, value, reason, ruleId = 'schema/invalid-value') {
      reported.add(column);
      report(ruleId, { file: src.file, line: src.line, row: src.row, column, value }, reason);
    },
  };
  for await (const rec of table.records) {
    row.src = { file: table.file, line: rec.line, row: rec.row };
    Object.assign(src, row.src);
    if (rec.cells.length !== width) {
      report('table/ragged-row', { file: table.file, line: rec.line, row: rec.row }, {
        id: `rekaman berisi ${rec.cells.length} sel, judul kolom berisi ${width}`,
        en: `record has ${rec.cells.length} cells, the header has ${width}`,
      });
    }
    values.clear();
    reported.clear();
    for (const [name, i] of columns) values.set(name, (rec.cells[i] ?? '').trim());
    const { canonical, item } = build(row);
    if (!validate(canonical)) {
      for (const e of validate.errors ?? []) schemaFinding(e, canonical, row, reported, report);
    }
    if (item) items.push(item);
  }
  return { items, mapping };
}

function schemaFinding(e: ErrorObject, canonical: Record<string, unknown>, row: RowContext, reported: Set<string>, report: Report): void {
  const column = e.keyword === 'required' ? String((e.params as { missingProperty: string }).missingProperty) : e.instancePath.split('/')[1] ?? '';
  if (reported.has(column)) return;
  reported.add(column);
  const at = { file: row.src.file, line: row.src.line, row: row.src.row, column };
  const raw = canonical[column];
  if (e.keyword === 'required' || raw === '' ) {
    report('schema/required', at, { id: `kolom '${column}' wajib diisi`, en: `column '${column}' is required` });
  } else {
    report('schema/invalid-value', { ...at, value: String(raw) }, {
      id: `nilai kolom '${column}' tidak sah (${e.message ?? e.keyword})`,
      en: `invalid value in column '${column}' (${e.message ?? e.keyword})`,
    });
  }
}
