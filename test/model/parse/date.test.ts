import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addYears, ageOn, excelSerialToIso, isoToExcelSerial, parseDate } from '../../../src/model/parse/date.js';

describe('parseDate: accepted', () => {
  it.each<[string, string]>([
    ['1985-01-12', '1985-01-12'],
    ['1985/01/12', '1985-01-12'],
    ['1985.01.12', '1985-01-12'],
    ['1985-1-2', '1985-01-02'],
    ['12-01-1985', '1985-01-12'],
    ['12/01/1985', '1985-01-12'],
    ['12.01.1985', '1985-01-12'],
    ['2/1/1985', '1985-01-02'],
    ['19850112', '1985-01-12'],
    ['1985-01-12 00:00:00', '1985-01-12'],
    ['1985-01-12T00:00:00.000Z', '1985-01-12'],
    ['1985-01-12T00:00:00+07:00', '1985-01-12'],
    ['12-01-1985 00:00', '1985-01-12'],
    ['12 Januari 1985', '1985-01-12'],
    ['12 januari 1985', '1985-01-12'],
    ['12 JANUARI 1985', '1985-01-12'],
    ['12 Jan 1985', '1985-01-12'],
    ['12-Jan-1985', '1985-01-12'],
    ['12 Jan. 1985', '1985-01-12'],
    ['12 Agustus 1985', '1985-08-12'],
    ['12 Agt 1985', '1985-08-12'],
    ['12 Ags 1985', '1985-08-12'],
    ['12 Aug 1985', '1985-08-12'],
    ['1 Pebruari 1990', '1990-02-01'],
    ['3 Nopember 1977', '1977-11-03'],
    ['30 Desember 1999', '1999-12-30'],
    ['5 Mei 2001', '2001-05-05'],
    ['5 May 2001', '2001-05-05'],
    ['17 Okt 1980', '1980-10-17'],
    ['Senin, 12 Agustus 1985', '1985-08-12'],
    ['29 Februari 2000', '2000-02-29'],
    ['29-02-2024', '2024-02-29'],
    ['31048', '1985-01-01'],
    ['1', '1900-01-01'],
    ['59', '1900-02-28'],
    ['61', '1900-03-01'],
    ['45000', '2023-03-15'],
    [' 1985-01-12\r', '1985-01-12'],
    ['\u00A012\u00A0Jan\u00A01985', '1985-01-12'],
  ])('%j → %s', (raw, want) => {
    expect(parseDate(raw)).toMatchObject({ ok: true, value: want });
  });

  it('ISO is not normalised, others are', () => {
    expect(parseDate('1985-01-12')).toEqual({ ok: true, value: '1985-01-12', normalised: false });
    expect(parseDate(' 1985-01-12 ')).toEqual({ ok: true, value: '1985-01-12', normalised: false });
    expect(parseDate('12-01-1985')).toEqual({ ok: true, value: '1985-01-12', normalised: true });
    expect(parseDate('31048')).toEqual({ ok: true, value: '1985-01-01', normalised: true });
  });

  it.each(['', '   ', '0000-00-00', '00-00-0000', '0000-00-00 00:00:00'])('%j is empty', (raw) => {
    expect(parseDate(raw)).toEqual({ ok: true, value: null, normalised: false });
  });
});

describe('parseDate: rejects', () => {
  it.each([
    ['31-02-1990', 'date-invalid'],
    ['1990-02-31', 'date-invalid'],
    ['29-02-1900', 'date-invalid'],
    ['29-02-2023', 'date-invalid'],
    ['31-04-1990', 'date-invalid'],
    ['1990-13-01', 'date-invalid'],
    ['00-01-1990', 'date-invalid'],
    ['32 Januari 1990', 'date-invalid'],
    ['19901301', 'date-invalid'],
    ['60', 'date-invalid'],
    ['12-01-85', 'date-ambiguous'],
    ['12/01/85', 'date-ambiguous'],
    ['12 Jan 85', 'date-ambiguous'],
    ['1985-01-11T17:00:00.000Z', 'date-time'],
    ['12-01-1985 08:30', 'date-time'],
    ['1985', 'date-year-only'],
    ['2024', 'date-year-only'],
    ['0', 'out-of-range'],
    ['60001', 'out-of-range'],
    ['1850-01-01', 'out-of-range'],
    ['12-01-2150', 'out-of-range'],
    ['12 Foo 1985', 'unknown'],
    ['tanggal', 'unknown'],
    ['1985-01', 'unknown'],
    ['1985-01/12', 'unknown'],
    ['123456', 'unknown'],
  ])('%j → %s', (raw, code) => {
    const r = parseDate(raw);
    expect(r).toMatchObject({ ok: false, code });
    if (!r.ok) expect(r.reason.id && r.reason.en).toBeTruthy();
  });
});

describe('Excel serials', () => {
  it('known values', () => {
    expect(excelSerialToIso(31048)).toBe('1985-01-01');
    expect(excelSerialToIso(25569)).toBe('1970-01-01');
    expect(excelSerialToIso(60)).toBeNull();
    expect(isoToExcelSerial('1985-01-01')).toBe(31048);
    expect(isoToExcelSerial('1900-01-01')).toBe(1);
    expect(isoToExcelSerial('1900-03-01')).toBe(61);
  });
  it('round-trips, and parseDate reads the serial (except bare years 1900–2100)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60000 }).filter((n) => n !== 60), (n) => {
        const iso = excelSerialToIso(n)!;
        expect(isoToExcelSerial(iso)).toBe(n);
        const looksLikeYear = n >= 1900 && n <= 2100;
        expect(parseDate(String(n))).toMatchObject(looksLikeYear ? { ok: false, code: 'date-year-only' } : { ok: true, value: iso });
      }),
    );
  });
});

describe('ageOn / addYears', () => {
  it.each<[string, string, number]>([
    ['1985-01-12', '2025-01-11', 39],
    ['1985-01-12', '2025-01-12', 40],
    ['1985-01-12', '2025-12-31', 40],
    ['2000-02-29', '2001-02-28', 0],
    ['2000-02-29', '2001-03-01', 1],
    ['2000-02-29', '2004-02-29', 4],
    ['1985-01-12', '1985-01-12', 0],
  ])('ageOn(%s, %s) = %d', (b, at, want) => {
    expect(ageOn(b, at)).toBe(want);
  });

  it('ageOn: NaN for malformed input', () => {
    expect(ageOn('x', '2020-01-01')).toBeNaN();
  });

  it.each<[string, number, string]>([
    ['1985-01-12', 58, '2043-01-12'],
    ['2000-02-29', 1, '2001-03-01'],
    ['2000-02-29', 4, '2004-02-29'],
    ['1999-12-31', -1, '1998-12-31'],
  ])('addYears(%s, %d) = %s', (iso, n, want) => {
    expect(addYears(iso, n)).toBe(want);
  });

  it('addYears throws on malformed input', () => {
    expect(() => addYears('12-01-1985', 1)).toThrow(RangeError);
    expect(() => addYears('1985-01-12', 1.5)).toThrow(RangeError);
  });

  it('addYears(b, n) is the day on which the person turns n', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2050, 11, 31)), noInvalidDate: true }),
        fc.integer({ min: 1, max: 70 }),
        (d, n) => {
          const b = d.toISOString().slice(0, 10);
          const turns = addYears(b, n);
          expect(ageOn(b, turns)).toBe(n);
          const dayBefore = new Date(Date.parse(`${turns}T00:00:00Z`) - 86400000).toISOString().slice(0, 10);
          expect(ageOn(b, dayBefore)).toBe(n - 1);
        },
      ),
    );
  });
});

describe('parseDate: property', () => {
  const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
  it('any real date in any accepted format parses back to its ISO form', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }),
        fc.constantFrom('iso', 'iso-slash', 'dmy-dash', 'dmy-slash', 'dmy-dot', 'compact', 'named', 'named-short', 'serial'),
        (d, style) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, day] = iso.split('-') as [string, string, string];
          const month = MONTHS_ID[Number(m) - 1]!;
          let s: string;
          switch (style) {
            case 'iso': s = iso; break;
            case 'iso-slash': s = `${y}/${m}/${day}`; break;
            case 'dmy-dash': s = `${day}-${m}-${y}`; break;
            case 'dmy-slash': s = `${Number(day)}/${Number(m)}/${y}`; break;
            case 'dmy-dot': s = `${day}.${m}.${y}`; break;
            case 'compact': s = `${y}${m}${day}`; break;
            case 'named': s = `${Number(day)} ${month} ${y}`; break;
            case 'named-short': s = `${day}-${month.slice(0, 3).toUpperCase()}-${y}`; break;
            default: {
              const n = isoToExcelSerial(iso);
              if (n > 60000 || String(n).length === 4) return; // outside the accepted serial range / looks like a year
              s = String(n);
            }
          }
          expect(parseDate(s)).toMatchObject({ ok: true, value: iso });
        },
      ),
    );
  });
});
