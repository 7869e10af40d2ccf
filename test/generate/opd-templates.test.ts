/**
 * One source of OPD templates for both generators: the national generator leaves out the sample regency's own units,
 * the sample regency's OPD carry their own values, and the Dinas and Badan of fixtures/kabupaten-contoh (written by
 * scripts/make-sample.mjs from these templates) are exactly the templates it names.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { inSample, national, OPD_TEMPLATES, sampleOpd, SETDA_ASISTEN } from '../../src/generate/opd-templates.js';

const byCode = (code: string) => OPD_TEMPLATES.find((t) => t.code === code)!;

describe('OPD templates', () => {
  it('the national generator gets no unit of the sample regency only; the sample regency gets them in place', () => {
    expect(national(byCode('DUKCAPIL').bidang).map((b) => b.name)).not.toContain('Pemanfaatan Data dan Inovasi Pelayanan');
    expect(sampleOpd('DUKCAPIL').bidang.map((b) => b.name)[3]).toBe('Pemanfaatan Data dan Inovasi Pelayanan');
    const bagian = SETDA_ASISTEN[2]!.bagian;
    expect(national(bagian).map((b) => b.name)).toEqual(['Organisasi', 'Umum', 'Protokol dan Komunikasi Pimpinan']);
    expect(bagian.map((b) => inSample(b).name)).toEqual([...national(bagian).map((b) => b.name), 'Perencanaan dan Keuangan']);
  });

  it('a sample OPD: its own code, name and values over the template, the template where it has none', () => {
    const kominfo = sampleOpd('DISKOMINFO');
    expect(kominfo).toMatchObject({ code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', type: 'dinas', sekJf: ['Arsiparis Terampil'] });
    expect(kominfo.bidang[2]!.jf).toContain('Koordinator Pengelolaan Data');
    expect(byCode('KOMINFO').bidang[2]!.jf).not.toContain('Koordinator Pengelolaan Data');
    expect(kominfo.bidang[0]!.jf).toEqual(byCode('KOMINFO').bidang[0]!.jf);
    expect(sampleOpd('BKPSDMD').name).toBe('Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Daerah');
    expect(sampleOpd('DLH').bidang[1]).toMatchObject({ name: 'Pengelolaan Sampah dan Limbah Bahan Berbahaya dan Beracun', pel: ['Pengelola Persampahan', 'Pengawas Lapangan'] });
    expect(() => sampleOpd('KOMINFO')).toThrow(/no OPD KOMINFO/);
  });

  it('the Dinas and Badan of the sample regency are the templates with a sample version, in the same order', () => {
    const file = join(import.meta.dirname, '..', '..', 'fixtures', 'kabupaten-contoh', 'posts.csv');
    const rows = parse(readFileSync(file), { columns: true }) as Array<Record<string, string>>;
    const inFixture = rows.filter((r) => r.parent_id === '' && (r.opd!.startsWith('Dinas ') || r.opd!.startsWith('Badan '))).map((r) => r.id);
    const sampled = OPD_TEMPLATES.filter((t) => t.sample).map((t) => t.sample!.code ?? t.code);
    expect(inFixture).toEqual(sampled);
    for (const code of sampled) expect(rows.find((r) => r.id === code)!.opd).toBe(sampleOpd(code).name);
  });
});
