import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clean, EMPTY, isEmptyResult, lookupValueMap, okCache } from '../../../src/model/parse/result.js';

describe('clean', () => {
  it.each([
    ['  III/b  ', 'III/b'],
    ['III/b\r', 'III/b'],
    ['III/b\r\n', 'III/b'],
    ['\u00A0III\u00A0b\u00A0', 'III b'],
    ['III\u200B/b', 'III/b'],
    ['\uFEFFS-1', 'S-1'],
    ['Kepala   Seksi\tPelayanan', 'Kepala Seksi Pelayanan'],
    ['a\u2009b', 'a b'],
    ['', ''],
    ['   ', ''],
    ['\u200B', ''],
  ])('clean(%j) = %j', (raw, want) => {
    expect(clean(raw)).toBe(want);
  });

  it('null and undefined are empty', () => {
    expect(clean(null)).toBe('');
    expect(clean(undefined)).toBe('');
  });

  it('returns the same string when already clean', () => {
    const s = 'Kepala Seksi';
    expect(clean(s)).toBe(s);
  });

  it('is idempotent and leaves no leading/trailing/double spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\u00A0', '\t', '\r', '\n', '\u200B', '/', '.') }), (s) => {
        const c = clean(s);
        expect(clean(c)).toBe(c);
        expect(c).not.toMatch(/^\s|\s$|\s{2}|[\u00A0\u200B\t\r\n]/);
      }),
    );
  });
});

describe('value maps', () => {
  it('matches after clean, case-insensitively', () => {
    const map = { '  Es. 4A ': 'IV.a' };
    expect(lookupValueMap('es. 4a', map)).toBe('IV.a');
    expect(lookupValueMap('ES. 4A', map)).toBe('IV.a');
    expect(lookupValueMap('Es 4A', map)).toBeUndefined();
    expect(lookupValueMap('x', undefined)).toBeUndefined();
    expect(lookupValueMap('x', {})).toBeUndefined();
  });
});

describe('results', () => {
  it('EMPTY is the empty-cell result', () => {
    expect(EMPTY).toEqual({ ok: true, value: null, normalised: false });
    expect(isEmptyResult(EMPTY)).toBe(true);
    expect(Object.isFrozen(EMPTY)).toBe(true);
  });

  it('okCache shares frozen objects', () => {
    const ok = okCache(['a', 'b'] as const);
    expect(ok('a', false)).toBe(ok('a', false));
    expect(ok('a', true)).toEqual({ ok: true, value: 'a', normalised: true });
    expect(Object.isFrozen(ok('b', true))).toBe(true);
  });
});
