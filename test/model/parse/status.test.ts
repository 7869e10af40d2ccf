import { describe, expect, it } from 'vitest';
import { isCpns, parseStatus } from '../../../src/model/parse/status.js';
import type { EmployeeStatus } from '../../../src/model/types.js';

describe('parseStatus', () => {
  it.each<[string, EmployeeStatus]>([
    ['PNS', 'pns'], ['pns', 'pns'], ['CPNS', 'pns'], ['cpns', 'pns'], ['Pegawai Negeri Sipil', 'pns'],
    ['Calon Pegawai Negeri Sipil', 'pns'], ['ASN PNS', 'pns'], ['PNS/CPNS', 'pns'], ['C-PNS', 'pns'],
    ['PPPK', 'pppk'], ['pppk', 'pppk'], ['P3K', 'pppk'], ['p3k', 'pppk'],
    ['Pegawai Pemerintah dengan Perjanjian Kerja', 'pppk'], ['PPPK Paruh Waktu', 'pppk'], ['ASN-PPPK', 'pppk'],
    [' PNS\r\n', 'pns'], ['\u00A0P3K', 'pppk'],
  ])('%j → %s', (raw, want) => {
    expect(parseStatus(raw)).toMatchObject({ ok: true, value: want });
  });

  it('normalised flag', () => {
    expect(parseStatus('pns')).toEqual({ ok: true, value: 'pns', normalised: false });
    expect(parseStatus(' pppk ')).toEqual({ ok: true, value: 'pppk', normalised: false });
    expect(parseStatus('PNS')).toEqual({ ok: true, value: 'pns', normalised: true });
    expect(parseStatus('CPNS')).toEqual({ ok: true, value: 'pns', normalised: true });
  });

  it('empty', () => {
    expect(parseStatus('')).toEqual({ ok: true, value: null, normalised: false });
  });

  it.each(['Honorer', 'THL', 'PTT', 'Non ASN', 'non-ASN', 'Tenaga Kontrak'])('%j → not-asn', (raw) => {
    expect(parseStatus(raw)).toMatchObject({ ok: false, code: 'not-asn' });
  });

  it.each(['TNI', 'P', 'xyz', '1'])('%j → unknown', (raw) => {
    const r = parseStatus(raw);
    expect(r).toMatchObject({ ok: false, code: 'unknown' });
    if (!r.ok) expect(r.reason.en).toBe('employment status not recognised');
  });

  it('value map', () => {
    const map = { 'Pegawai Tetap': 'PNS', Kontrak: 'P3K', X: 'Y' };
    expect(parseStatus('pegawai tetap', map)).toEqual({ ok: true, value: 'pns', normalised: true });
    expect(parseStatus('KONTRAK', map)).toEqual({ ok: true, value: 'pppk', normalised: true });
    expect(parseStatus('x', map)).toMatchObject({ ok: false, code: 'value-map' });
  });
});

describe('isCpns', () => {
  it.each<[string, boolean]>([
    ['CPNS', true], ['cpns', true], ['Calon Pegawai Negeri Sipil', true], ['C-PNS', true],
    ['PNS', false], ['PPPK', false], ['', false],
  ])('%j → %s', (raw, want) => {
    expect(isCpns(raw)).toBe(want);
  });
});
