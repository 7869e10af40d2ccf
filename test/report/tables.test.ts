import { describe, expect, it } from 'vitest';
import { equalisationRows, jenjangLabel } from '../../src/report/tables.js';
import { model } from './sample-model.js';

describe('per-OPD tables', () => {
  it('builds the lampiran rows with the rule in words, the analyst note and the citations', () => {
    const m = model();
    const rows = equalisationRows(m.posts.filter((p) => p.opd === 'Dinas A'), m, 'id');
    expect(rows.map((r) => [r.no, r.oldPost, r.eselon, r.unit, r.jf, r.jenjang])).toEqual([
      [1, 'Kepala Seksi Y', 'IV.a', 'Seksi Y', 'Perencana', 'Ahli Muda'],
      [2, 'Jabatan A.1.2', 'IV.a', 'Unit', 'Analis Kebijakan', 'Ahli Muda'],
    ]);
    expect(rows[0]!.remarks).toBe('Pengawas pada unit yang dihapus disetarakan ke JF Ahli Muda (PermenPANRB 17/2021)');
    expect(rows[1]!.remarks).toBe('Pengawas pada unit yang dihapus disetarakan ke JF Ahli Muda; diputuskan analis: rapat 3 Mei (PermenPANRB 17/2021; Keputusan analis (local-policy))');
  });

  it('labels a known jenjang; any other text, also an Object.prototype member name, is shown as it is', () => {
    const texts = ['ahli_muda', 'terampil', 'lainnya', 'constructor', '__proto__', 'toString'];
    expect(texts.map((j) => jenjangLabel(j))).toEqual(['Ahli Muda', 'Terampil', 'lainnya', 'constructor', '__proto__', 'toString']);
  });
});
