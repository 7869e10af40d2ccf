/**
 * The CSV reader against csv-parse itself: on random text (quotes, delimiters, CR/LF/CRLF, empty lines, non-ASCII)
 * the records are the same cells csv-parse reads with setara's options, malformed input fails the same way, and the
 * fast path, the csv-parse path and any chunking agree on cells and physical lines.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseBatches } from '../../src/io/csv/batches.js';
import type { RawRecord } from '../../src/io/table.js';

const dir = mkdtempSync(join(tmpdir(), 'setara-csvprop-'));
let n = 0;

async function ours(text: string, delimiter: string, tuning: { chunkBytes?: number; fast?: boolean }): Promise<{ records?: RawRecord[]; error?: string }> {
  const file = join(dir, `t${n++}.csv`);
  writeFileSync(file, text, 'utf8');
  const records: RawRecord[] = [];
  try {
    for await (const batch of parseBatches(file, 'in.csv', 'utf-8', 0, delimiter, tuning)) records.push(...batch);
    return { records };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

function reference(text: string, delimiter: string): { records?: string[][]; code?: string } {
  try {
    return {
      records: parse(text, {
        delimiter, relax_column_count: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n', '\r'], max_record_size: 64 * 1024 * 1024,
      }) as string[][],
    };
  } catch (e) {
    return { code: (e as { code?: string }).code ?? 'error' };
  }
}

const MESSAGE: Record<string, RegExp> = {
  CSV_QUOTE_NOT_CLOSED: /unclosed quote/,
  INVALID_OPENING_QUOTE: /malformed quotes/,
  CSV_INVALID_CLOSING_QUOTE: /malformed quotes/,
};

const csvText = (delimiter: string) =>
  fc.string({
    unit: fc.constantFrom('a', 'b', 'é', ' ', delimiter, delimiter, '"', '"', '\n', '\n', '\r', '\r\n', 'x,y', '""'),
    maxLength: 60,
  });

describe('CSV reader = csv-parse (property)', () => {
  for (const delimiter of [',', ';', '\t', '|']) {
    it(`delimiter ${JSON.stringify(delimiter)}: same cells or the same failure, whatever the chunking`, async () => {
      await fc.assert(
        fc.asyncProperty(csvText(delimiter), fc.integer({ min: 1, max: 40 }), async (text, chunkBytes) => {
          const ref = reference(text, delimiter);
          const fast = await ours(text, delimiter, { chunkBytes });
          const slow = await ours(text, delimiter, { chunkBytes: 65536, fast: false });
          if (ref.code) {
            expect(fast.error, `${JSON.stringify(text)}: ${ref.code}`).toMatch(MESSAGE[ref.code] ?? /./);
            expect(slow.error).toMatch(MESSAGE[ref.code] ?? /./);
            // The same line too, whether the fast path handed over or csv-parse read from the start.
            expect(fast.error, JSON.stringify(text)).toBe(slow.error);
            return;
          }
          expect(fast.error, JSON.stringify(text)).toBeUndefined();
          expect(fast.records!.map((r) => r.cells), JSON.stringify(text)).toEqual(ref.records);
          expect(slow.records!.map((r) => r.cells)).toEqual(ref.records);
          // Both paths agree on lines and record numbers.
          expect(fast.records!.map((r) => [r.line, r.row])).toEqual(slow.records!.map((r) => [r.line, r.row]));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('a malformed record is reported at the line it starts on, after any empty lines before it', async () => {
    const cases: Array<[string, number]> = [
      ['h\nA\n\n\n"B', 5],
      ['h\n"A', 2],
      ['h\n\r\n\r\nA,"x\r\ny"\r\n\n"B', 7],
      ['h\nA\n\nB,x"y\nC', 4],
      ['\n\n"h', 3],
    ];
    for (const [text, line] of cases) {
      for (const tuning of [{}, { chunkBytes: 2 }, { fast: false }]) {
        expect((await ours(text, ',', tuning)).error, `${JSON.stringify(text)} ${JSON.stringify(tuning)}`).toMatch(new RegExp(`starting at line ${line}$`));
      }
    }
  });

  it('physical lines: CRLF counts once, also inside quotes; empty lines are counted', async () => {
    const text = 'h1,h2\r\n\r\nA,"x\r\ny"\r\nB,z\n\nC,"p\nq\rr"\rD,w';
    for (const tuning of [{}, { chunkBytes: 3 }, { fast: false }]) {
      const r = await ours(text, ',', tuning);
      expect(r.records!.map((x) => [x.cells[0], x.line, x.row])).toEqual([
        ['h1', 1, 0], ['A', 3, 1], ['B', 5, 2], ['C', 7, 3], ['D', 10, 4],
      ]);
    }
  });
});
