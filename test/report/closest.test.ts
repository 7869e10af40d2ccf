import { describe, expect, it } from 'vitest';
import { closest, words } from '../../src/report/closest.js';

describe('closest', () => {
  const names = ['Dinas Sosial', 'Dinas Kesehatan', 'Sekretariat Daerah', 'Dinas Kesehatan Hewan'];
  it('ranks by letters of shared words (a typo within one edit per four letters still shares), then edit distance, then order', () => {
    expect(closest('kesehtan dinas', names, (n) => [n], 2)).toEqual(['Dinas Kesehatan', 'Dinas Kesehatan Hewan']);
    expect(closest('sekretariat', names, (n) => [n], 1)).toEqual(['Sekretariat Daerah']);
    // Nothing shared: the smallest edit distance to any key (here a code) wins.
    expect(closest('dinsos', names, (n) => [n, n === 'Dinas Sosial' ? 'DINSOS1' : ''], 1)).toEqual(['Dinas Sosial']);
    expect(closest('x', [], (n: string) => [n], 3)).toEqual([]);
  });

  it('reads words of letters and digits in any script, lower case', () => {
    expect(words('Dinas Pemuda, Olahraga & Pariwisata / Kec.01')).toEqual(['dinas', 'pemuda', 'olahraga', 'pariwisata', 'kec', '01']);
  });
});
