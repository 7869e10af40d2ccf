/**
 * The streamed output writers against the reference serialisers: the CSV that migrate writes is csv-stringify's
 * output and parses back to the same cell values (formula escape accounted for); the streamed JSON is byte for byte
 * JSON.stringify(value, null, 2). And the migrate outputs of the sample regency round-trip.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { excelCsvText, excelCsvCell, type CsvCell } from '../../src/io/csv-write.js';
import { jsonText } from '../../src/io/json-write.js';
import { fromRows } from '../helpers/csv-rows.js';
import { textOf } from '../helpers/text-out.js';
import { runMain } from '../helpers/run-main.js';

/** The whole file as one string. */
const toExcelCsv = (header: readonly string[], rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string => textOf((out) => excelCsvText(out, header, fromRows(rows)));

const FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const cellArb = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', '\n', '\r', '\r\n', '=', '+', '-', '@', '\t', 'é', '\uFF1D', "'", '\u0000') }),
  fc.string(),
  fc.integer().map((n) => n as string | number | null),
  fc.constant(null),
);
/** A header of 1 to 6 columns and up to 12 rows of its width. */
const tableArb = fc.integer({ min: 1, max: 6 }).chain((w) => fc.record({
  header: fc.constant(Array.from({ length: w }, (_, i) => `c${i}`)),
  rows: fc.array(fc.array(cellArb, { minLength: w, maxLength: w }), { maxLength: 12 }),
}));

/** What a cell reads back as: the escaped text for cells that start like a formula. */
const expected = (v: string | number | null): string => {
  const s = v === null ? '' : String(v);
  return FORMULA.test(s) ? `'${s}` : s;
};

describe('CSV writer (property)', () => {
  it('equals csv-stringify (bom, CRLF, escape_formulas, quote_record_delimiter)', () => {
    fc.assert(
      fc.property(tableArb, ({ header, rows }) => {
        const ours = toExcelCsv(header, rows);
        const ref = stringify([header, ...rows.map((r) => r.map((v) => (v === null ? '' : String(v))))], {
          bom: true, record_delimiter: 'windows', escape_formulas: true, quote_record_delimiter: true,
        });
        expect(ours).toBe(ref);
      }),
      { numRuns: 500 },
    );
  });

  it('rows of the header width, with values repeating down a column, equal csv-stringify too', () => {
    // Few distinct values, so a cell often equals the one above it: the reused-text path, last column included.
    const pooled = fc.constantFrom<string | number | null>('a', 'a,b', '=x', '"q"', '', null, 7, 'line\nbreak');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }).chain((w) => fc.array(fc.array(pooled, { minLength: w, maxLength: w }), { maxLength: 15 })
        .map((rows) => ({ header: Array.from({ length: w }, (_, i) => `c${i}`), rows }))), ({ header, rows }) => {
        const ref = stringify([header, ...rows.map((r) => r.map((v) => (v === null ? '' : String(v))))], {
          bom: true, record_delimiter: 'windows', escape_formulas: true, quote_record_delimiter: true,
        });
        expect(toExcelCsv(header, rows)).toBe(ref);
      }),
      { numRuns: 500 },
    );
  });

  it('parses back to the same cells, formula escape accounted for', () => {
    fc.assert(
      fc.property(tableArb, ({ header, rows }) => {
        const text = toExcelCsv(header, rows);
        expect(text.startsWith('\uFEFF')).toBe(true);
        const back = parse(text.slice(1), { record_delimiter: '\r\n', skip_empty_lines: false }) as string[][];
        expect(back).toEqual([header, ...rows.map((r) => r.map(expected))]);
      }),
      { numRuns: 500 },
    );
  });

  it('escapes every formula start', () => {
    for (const c of ['=1+1', '+1', '-1', '@A1', '\tx', '\rx', '\uFF1D1']) expect(excelCsvCell(c).replace(/^"/, '')[0]).toBe("'");
    expect(excelCsvCell('a=1')).toBe('a=1');
  });
});

describe('JSON writer (property)', () => {
  /** Nesting depth of a JSON value: 0 for a scalar or an empty container. */
  const depthOf = (v: unknown): number =>
    v !== null && typeof v === 'object' && Object.keys(v).length ? 1 + Math.max(...Object.values(v).map(depthOf)) : 0;

  it('parses back to the value; indented like JSON.stringify(v, null, 2) down to walkDepth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (v, depth) => {
        const text = textOf((out) => jsonText(out, v, depth));
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
        if (depthOf(v) <= depth) expect(text).toBe(JSON.stringify(v, null, 2));
      }),
      { numRuns: 500 },
    );
  });

  it('one compact record per line below walkDepth', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { minLength: 1 }), (list) => {
        const lines = textOf((out) => jsonText(out, { list }, 2)).split('\n');
        // `{`, `"list": [`, one line per element, `]`, `}`
        expect(lines).toHaveLength(list.length + 4);
        lines.slice(2, -2).forEach((line, i) => expect(line).toBe(`    ${JSON.stringify(list[i]) ?? 'null'}${i < list.length - 1 ? ',' : ''}`));
      }),
      { numRuns: 200 },
    );
  });

  it('objects with undefined, functions and nested arrays', () => {
    const v = { a: undefined, b: () => 1, c: [undefined, 1, { d: [] }], e: {}, f: [[]], g: 'x\ny', h: null };
    expect(textOf((out) => jsonText(out, v, 9))).toBe(JSON.stringify(v, null, 2));
    expect(textOf((out) => jsonText(out, v))).toBe('{\n  "c": [\n    null,\n    1,\n    {"d":[]}\n  ],\n  "e": {},\n  "f": [\n    []\n  ],\n  "g": "x\\ny",\n  "h": null\n}');
  });
});

describe('migrate outputs round-trip (sample regency)', () => {
  it('every CSV parses back; plan.json and findings.json are written back the same by jsonText', async () => {
    const out = mkdtempSync(join(tmpdir(), 'setara-rt-'));
    const sample = join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh');
    const r = await runMain(['migrate', 'posts.csv', '--people', 'people.csv', '--out', out, '--as-of', '2026-12-01'], { cwd: sample });
    expect(r.code).toBe(0);
    for (const f of ['posts.csv', 'mapping.csv', 'people.csv', 'teams.csv']) {
      const text = readFileSync(join(out, f), 'utf8');
      const rows = parse(text.slice(1)) as string[][];
      expect(toExcelCsv(rows[0]!, rows.slice(1).map((row) => row.map((c) => (c.startsWith("'") && FORMULA.test(c.slice(1)) ? c.slice(1) : c))))).toBe(text);
    }
    for (const f of ['plan.json', 'findings.json']) {
      const text = readFileSync(join(out, f), 'utf8');
      expect(`${textOf((out) => jsonText(out, JSON.parse(text)))}\n`).toBe(text);
    }
  });
});
