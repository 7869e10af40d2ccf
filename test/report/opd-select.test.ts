import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/report/model.js';
import { findOpd, opdRefs, restrictToOpd } from '../../src/report/opd-select.js';
import { summaryView } from '../../src/report/summary.js';
import { model, post } from './sample-model.js';

describe('OPD selection', () => {
  it('finds an OPD by exact name, any case, or its code', () => {
    const m = opdRefs(model());
    expect(m).toEqual([{ name: 'Badan B', code: 'B' }, { name: 'Dinas A', code: 'A' }]);
    expect(findOpd(m, 'Dinas A')).toEqual({ opd: 'Dinas A' });
    expect(findOpd(m, 'dinas a')).toEqual({ opd: 'Dinas A' });
    expect(findOpd(m, 'b')).toEqual({ opd: 'Badan B' });
    expect(findOpd(m, 'Dinas C')).toEqual({ closest: [{ name: 'Dinas A', code: 'A' }, { name: 'Badan B', code: 'B' }] });
  });

  /** Six OPDs of a regency, each with its head post (whose id is the OPD's code). */
  const regency = (): ReportModel => {
    const opds: Array<[string, string]> = [
      ['Badan Pengelolaan Keuangan dan Aset Daerah', 'BPKAD'], ['Dinas Kesehatan', 'DINKES'], ['Dinas Kesehatan Hewan', 'DKH'],
      ['Dinas Pemuda, Olahraga dan Pariwisata', 'DISPORAPAR'], ['Dinas Pertanian', 'DISTAN'], ['Kecamatan Sukamaju', 'KEC01'],
    ];
    const base = model();
    return {
      ...base,
      opds: opds.map(([opd]) => ({ ...base.opds[0]!, opd })),
      posts: opds.flatMap(([opd, code]) => [post({ id: code, opd, name: `Kepala ${opd}` }), post({ id: `${code}.1`, parentId: code, opd })]),
    };
  };
  const ref = (code: string) => {
    const o = regency().posts.find((p) => p.id === code)!;
    return { name: o.opd, code };
  };

  it.each([
    ['the exact name', 'Dinas Kesehatan', { opd: 'Dinas Kesehatan' }],
    ['the name in another case and spacing', '  dinas   KESEHATAN ', { opd: 'Dinas Kesehatan' }],
    ['the code in any case', 'dkh', { opd: 'Dinas Kesehatan Hewan' }],
    ['a fragment of one name', 'hewan', { opd: 'Dinas Kesehatan Hewan' }],
    ['words of one name in any order', 'aset keuangan', { opd: 'Badan Pengelolaan Keuangan dan Aset Daerah' }],
    ['a fragment with a comma', 'pemuda, olahraga', { opd: 'Dinas Pemuda, Olahraga dan Pariwisata' }],
    ['a fragment of several names', 'kesehatan', { several: [ref('DINKES'), ref('DKH')] }],
    ['a word every dinas has', 'DINAS', { several: [ref('DINKES'), ref('DKH'), ref('DISPORAPAR'), ref('DISTAN')] }],
    ['a typo: the closest by shared words first', 'Dinas Kesehtan', { closest: [ref('DINKES'), ref('DKH'), ref('DISTAN')] }],
    ['an OPD that is not there: the ones sharing the most of its words', 'Dinas Pariwisata dan Kebudayaan', { closest: [ref('DISPORAPAR'), ref('DISTAN'), ref('DINKES')] }],
    ['a mistyped code', 'DISTAM', { closest: [ref('DISTAN'), ref('DINKES'), ref('DKH')] }],
  ])('%s: %j', (_, query, expected) => {
    expect(findOpd(opdRefs(regency()), query)).toEqual(expected);
  });

  it('restricts posts, people and findings to one OPD', () => {
    const r = restrictToOpd(model(), 'Badan B');
    expect(r.opds.map((o) => o.opd)).toEqual(['Badan B']);
    expect(r.posts.map((p) => p.id)).toEqual(['B', 'B.1']);
    expect(r.people).toEqual([]);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['jf/ambiguous']);
    expect(summaryView(r, 'id').total.review).toBe(1);
  });
});
