/** region.yaml: loaded into a Region, refused with file and line when a key or value is wrong; the words per type. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, oneLine } from '../../../src/errors.js';
import { defaultRegion, loadRegion, placeRun, regionFileKey, regionRun, regionWords, signingOffice } from '../../../src/report/draft/region.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');

function regionFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'setara-region-'));
  writeFileSync(join(dir, 'region.yaml'), text);
  return dir;
}

function failure(text: string): string {
  const dir = regionFile(text);
  try {
    loadRegion('region.yaml', dir);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return oneLine(e as ConfigError, 'id');
  }
  throw new Error('loaded');
}

describe('loadRegion', () => {
  it('reads the sample region with every value, snake_case keys turned into the Region type', () => {
    const r = loadRegion('fixtures/kabupaten-contoh/region.yaml', ROOT);
    expect(r).toMatchObject({
      type: 'kabupaten', name: 'Kabupaten Contoh', province: 'Provinsi Contoh Raya', place: 'Sukamaju',
      head: { name: 'Hendra Wijaya' }, sekda: { name: 'Rina Kartikasari' },
      formingLaw: [{ number: '91', year: 2003, ln: { year: 2003, number: '901' }, tln: '9901' }],
      perdaPerangkatDaerah: { number: '9', year: 2016, ld: { year: 2016, number: '9' } },
      keputusan: { approval: { number: '800/9999/OTDA', date: '2026-10-15' } },
    });
    expect(r.perbup).toBeUndefined();
    expect(regionRun(r, 'keputusan.approval.date')).toBe('15 Oktober 2026');
    expect(regionRun(r, 'keputusan.number')).toEqual({ placeholder: 'keputusan.number', hint: 'nomor Keputusan Bupati' });
  });

  it('turns berita_daerah_number into beritaDaerahNumber', () => {
    const dir = regionFile('type: kota\nname: Kota X\nperbup:\n  berita_daerah_number: "7"\n  year: 2027\n');
    expect(loadRegion('region.yaml', dir).perbup).toEqual({ beritaDaerahNumber: '7', year: 2027 });
  });

  it('gives a kota the words of a Wali Kota', () => {
    const r = loadRegion('fixtures/scenarios/draft-kota/region.yaml', ROOT);
    expect(regionWords(r)).toMatchObject({ HEAD: 'WALI KOTA', head: 'Wali Kota', decree: 'Keputusan Wali Kota', PLACE: 'CONTOH BARU' });
    expect(signingOffice(r)).toEqual(['WALI KOTA ', 'CONTOH BARU']);
    expect(regionRun(r, 'head.name')).toEqual({ placeholder: 'head.name', hint: 'nama lengkap Wali Kota tanpa gelar dan pangkat' });
  });

  it.each([
    ['type: kabupaten\nname: Kabupaten X\nbupati: Budi\n', "region.yaml:3: 'bupati': kunci tidak dikenal"],
    ['type: kabupaten\nname: Kabupaten X\nhead:\n  name: Budi\n  nip: "1"\n', "region.yaml:5: 'head.nip': kunci tidak dikenal"],
    ['name: Kota X\ntype: kotamadya\n', "region.yaml:2: 'type': nilai harus salah satu dari: kabupaten, kota, provinsi"],
    ['type: kota\n', "region.yaml:1: '(root)': kunci wajib 'name' tidak ada"],
    ['type: kota\nname: Kota X\nkeputusan:\n  enacted: 5 Januari 2027\n', "region.yaml:4: 'keputusan.enacted'"],
    ['type: kota\nname: Kota X\nforming_law:\n  - number: "1"\n    year: 1999\n', "region.yaml:4: 'forming_law.0': kunci wajib 'about' tidak ada"],
    ['type: kota\nname: Kota A\nname: Kota B\n', 'region.yaml:3: YAML tidak sah'],
  ])('refuses %j with file and line', (text, expected) => {
    expect(failure(text)).toContain(expected);
  });

  it('names a missing file', () => {
    expect(() => loadRegion('nope.yaml', ROOT)).toThrow('region file not found');
  });
});

describe('the region without a file', () => {
  it('is an unnamed kabupaten whose name is a placeholder', () => {
    const r = defaultRegion();
    expect(r.type).toBe('kabupaten');
    expect(placeRun(r)).toEqual({ placeholder: 'name', hint: 'nama daerah' });
    expect(regionWords(r).PLACE).toBe('…');
  });
});

describe('regionFileKey', () => {
  it.each([
    ['keputusan.number', 'keputusan.number'],
    ['perbup.beritaDaerahNumber', 'perbup.berita_daerah_number'],
    ['region.head.name', 'head.name'],
    ['region.formingLaw.0.ln', 'forming_law'],
    ['region.perdaPerangkatDaerah.ld', 'perda_perangkat_daerah'],
    ['citation.uu-23-2014.ln', undefined],
  ])('%s → %s', (key, file) => {
    expect(regionFileKey(key)).toBe(file);
  });
});
