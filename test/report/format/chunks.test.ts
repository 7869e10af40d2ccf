/**
 * Every formatter gives its report in pieces that join to the bytes the formatters gave as one string before (the
 * files under expected/ were written by the build of commit 121ea46, when each formatter returned one string; for
 * 20,000 findings their size and SHA-256 are kept instead of the text).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indentedJson } from '../../../src/report/format/chunks.js';
import { FORMAT_NAMES, formatters } from '../../../src/report/format/index.js';
import { colorChalk, makeContext } from './fixtures.js';
import { generatedFindings } from './generated-findings.js';

const expected = (name: string) => readFileSync(new URL(`expected/${name}`, import.meta.url));
const bytesOf = (pieces: Iterable<string>) => Buffer.from([...pieces].join(''), 'utf8');

describe('formatters in pieces', () => {
  const small = generatedFindings(12);
  const large = generatedFindings(20_000);
  const largeExpected = JSON.parse(expected('generated-20000.json').toString('utf8')) as Record<string, { bytes: number; sha256: string }>;

  for (const name of FORMAT_NAMES) {
    describe(name, () => {
      it('joins to the same bytes as before, for some findings and none, in both languages, coloured or not', () => {
        expect(bytesOf(formatters[name](small, makeContext())).equals(expected(`${name}.id.txt`))).toBe(true);
        const en = makeContext({ lang: 'en', color: colorChalk, failOn: 'info' });
        expect(bytesOf(formatters[name](small, en)).equals(expected(`${name}.en-colour.txt`))).toBe(true);
        expect(bytesOf(formatters[name]([], makeContext())).equals(expected(`${name}.empty.txt`))).toBe(true);
      });

      it('joins to the same bytes as before for 20,000 findings, none of its pieces longer than a few findings', () => {
        const pieces = [...formatters[name](large, makeContext())];
        const bytes = Buffer.from(pieces.join(''), 'utf8');
        expect(bytes.length).toBe(largeExpected[name]!.bytes);
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(largeExpected[name]!.sha256);
        // The longest piece is the text before the first finding (SARIF: every rule) or one finding's.
        expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(8_000);
        // A piece per finding at least: JUnit has those at or above --fail-on (here warning), Markdown the rows that
        // fit in GitHub's 1 MB.
        const written = name === 'junit' ? large.filter((f) => f.severity !== 'info').length : name === 'markdown' ? 3_000 : large.length;
        expect(pieces.length).toBeGreaterThan(written);
      });
    });
  }
});

describe('indentedJson', () => {
  const join = (pieces: Iterable<string>) => [...pieces].join('');
  const items = [{ a: 1, b: [1, 2, { c: 'x\ny' }] }, 'two', [], {}, null, [3, [4]]];

  it('gives what JSON.stringify(value, null, 2) gives, with the array at any depth', () => {
    const top = { version: 1, meta: { n: [1, 2] }, list: items };
    expect(join(indentedJson({ ...top, list: [] }, 'list', items))).toBe(JSON.stringify(top, null, 2));
    const deep = { x: 'list', runs: [{ tool: { list: [9] }, list: items }] };
    expect(join(indentedJson({ ...deep, runs: [{ ...deep.runs[0]!, list: [] }] }, 'list', items))).toBe(JSON.stringify(deep, null, 2));
  });

  it('keeps an empty array as JSON.stringify writes it', () => {
    expect(join(indentedJson({ a: 1, list: [] }, 'list', []))).toBe('{\n  "a": 1,\n  "list": []\n}');
  });

  it('refuses an array that is not the last member', () => {
    expect(() => join(indentedJson({ list: [], after: 1 }, 'list', [1]))).toThrow(/not the last array/);
  });
});
