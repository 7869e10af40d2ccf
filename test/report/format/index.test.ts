import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, formatters, isFormatName } from '../../../src/report/format/index.js';
import { FINDINGS, asText, colorChalk, makeContext, shuffled } from './fixtures.js';

describe('formatters registry', () => {
  it('has exactly the documented formats', () => {
    expect(Object.keys(formatters).sort()).toEqual([...FORMAT_NAMES].sort());
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('xml')).toBe(false);
  });

  for (const name of FORMAT_NAMES) {
    describe(name, () => {
      const format = asText(formatters[name]);
      it('gives byte-identical output for the same findings in any order', () => {
        for (const ctx of [makeContext(), makeContext({ lang: 'en', color: colorChalk, failOn: 'info' })]) {
          const expected = format(FINDINGS, ctx);
          expect(format([...FINDINGS].reverse(), ctx)).toBe(expected);
          for (const seed of [1, 7, 42, 1234, 99999]) {
            expect(format(shuffled(FINDINGS, seed), ctx)).toBe(expected);
          }
        }
      });

      it('ends with a newline, leaks no absolute path and does not touch its input', () => {
        const input = structuredClone([...FINDINGS]);
        const out = format(input, makeContext());
        expect(out.endsWith('\n')).toBe(true);
        expect(out).not.toContain(process.cwd());
        expect(input).toEqual(FINDINGS);
      });
    });
  }
});
