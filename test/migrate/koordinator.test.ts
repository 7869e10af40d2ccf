import { describe, expect, it } from 'vitest';
import { splitRole, titleJf, titleWithoutRole } from '../../src/migrate/koordinator.js';

describe('a koordinator role in a JF title', () => {
  it.each([
    ['Pranata Komputer Ahli Muda (Subkoordinator Data dan Statistik)', 'Pranata Komputer Ahli Muda', 'Data dan Statistik'],
    ['Analis Kebijakan Ahli Madya selaku Koordinator Perencanaan Program', 'Analis Kebijakan Ahli Madya', 'Perencanaan Program'],
    ['Perencana Ahli Muda - Sub Koordinator Program', 'Perencana Ahli Muda', 'Program'],
    ['PRANATA KOMPUTER AHLI MUDA (SUB-KOORDINATOR DATA)', 'PRANATA KOMPUTER AHLI MUDA', 'DATA'],
    ['Statistisi Ahli Muda, Subkoordinator pada Seksi Statistik', 'Statistisi Ahli Muda', 'Seksi Statistik'],
    ['Subkoordinator Kajian Dampak Lingkungan', '', 'Kajian Dampak Lingkungan'],
    ['Kepala Seksi Koordinasi Data', 'Kepala Seksi Koordinasi Data', ''],
  ])('%s → post %j, field %j', (title, post, field) => {
    expect(splitRole(title)).toEqual({ post, field });
  });

  it('the title without the role names the post; a title that is the role alone stays as it is', () => {
    expect(titleWithoutRole('Pranata Komputer Ahli Muda (Subkoordinator Data dan Statistik)')).toBe('Pranata Komputer Ahli Muda');
    expect(titleWithoutRole('Subkoordinator Perencanaan')).toBe('Subkoordinator Perencanaan');
  });

  it('reads the JF by a catalog name or alias and the jenjang from the title, and guesses neither', () => {
    const prakom = { id: 'pranata-komputer', name: 'Pranata Komputer' };
    const names = new Map([['pranata komputer', prakom], ['prakom', prakom]]);
    expect(titleJf('Pranata Komputer Ahli Muda (Subkoordinator Data dan Statistik)', names)).toEqual({ jf: prakom, jenjang: 'ahli_muda' });
    expect(titleJf('Prakom Ahli Madya selaku Koordinator Statistik', names)).toEqual({ jf: prakom, jenjang: 'ahli_madya' });
    // "Data dan Statistik" would match Statistisi by keyword: the role's words are never evidence.
    expect(titleJf('Analis Data Ahli Muda (Subkoordinator Data dan Statistik)', names)).toEqual({ jf: null, jenjang: 'ahli_muda' });
    expect(titleJf('Subkoordinator Pranata Komputer', names)).toEqual({ jf: null, jenjang: null });
  });
});
