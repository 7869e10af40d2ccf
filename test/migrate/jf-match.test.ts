/**
 * The JF matcher: evidence by strength (title and unit, then the parent unit, the OPD's words only to break
 * ties), a region's JF policy above all keyword evidence, and one shared result among inputs that come down to the
 * same phrases in the same counted fields (and the same policy).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { JfMatcher, tiedWith, type JfInfo, type KeywordRow, type MatchInput } from '../../src/migrate/jf-match.js';
import { jfCatalog, jfMatcherFor } from '../../src/migrate/run.js';
import { unitBit } from '../../src/model/placement.js';
import { loadReferenceData } from '../../src/rules/reference.js';
import { loadRunRuleset } from '../../src/rules/ruleset.js';
import type { JfPolicy } from '../../src/rules/types.js';

const ref = loadReferenceData();
const { catalog } = jfCatalog(ref);
const matcher = (policies: JfPolicy[] = []) => new JfMatcher(catalog, ref.keywords, policies);
const input = (title: string, unit: string, parentUnit = 'Bidang Pencegahan dan Pengendalian Penyakit', opd = 'Dinas Kesehatan Kabupaten Sukamaju'): MatchInput => ({ title, unit, parentUnit, opd });

describe('JfMatcher.match: shared results', () => {
  it('inputs differing only in words no keyword holds (the region) share one result, equal to a new matcher\'s', () => {
    const m = matcher();
    const a = input('Kepala Seksi Surveilans Sukamaju', 'Seksi Surveilans Sukamaju');
    const b = input('Kepala Seksi Surveilans Mekarsari', 'Seksi Surveilans Mekarsari', 'Bidang Pencegahan dan Pengendalian Penyakit', 'Dinas Kesehatan Kota Mekarsari');
    const ra = m.match(a, 'ahli_muda');
    expect(ra.candidates.length).toBeGreaterThan(0);
    expect(m.match(b, 'ahli_muda')).toBe(ra);
    expect(ra).toEqual(matcher().match(b, 'ahli_muda'));
    // Another jenjang is another result.
    expect(m.match(b, 'ahli_pertama')).not.toBe(ra);
    expect(Object.isFrozen(ra.candidates[0])).toBe(true);
  });

  it('a unit inside the title counts once; the same phrases with the unit outside the title count twice', () => {
    const m = matcher();
    const inside = input('Kepala Seksi Surveilans Sukamaju', 'Seksi Surveilans Sukamaju');
    const outside = input('Kepala Seksi Surveilans Sukamaju', 'Seksi Surveilans Mekarsari');
    const once = m.match(inside, 'ahli_muda');
    const twice = m.match(outside, 'ahli_muda');
    expect(twice).not.toBe(once);
    expect(twice.candidates[0]!.score).toBeGreaterThan(once.candidates[0]!.score);
    expect(once).toEqual(matcher().match(inside, 'ahli_muda'));
    expect(twice).toEqual(matcher().match(outside, 'ahli_muda'));
  });
});

describe('JfMatcher.match: evidence order', () => {
  // Two JF sharing a word, one of them also named by an OPD word: the smallest table that shows each step.
  const tiny: ReadonlyMap<string, JfInfo> = new Map([
    ['alfa', { id: 'alfa', name: 'Alfa' }],
    ['beta', { id: 'beta', name: 'Beta', jenjang: ['ahli_pertama', 'ahli_muda'] }],
  ]);
  const rows = (alfaWeight: number): KeywordRow[] => [
    { jf: 'alfa', words: ['sampah'], weight: alfaWeight },
    { jf: 'beta', words: ['sampah'], weight: 2 },
    { jf: 'beta', words: ['lingkungan hidup'], weight: 3 },
  ];
  const post = (opd: string, parentUnit = ''): MatchInput => ({ title: 'Kepala Seksi Sampah', unit: 'Seksi Sampah', parentUnit, opd });

  it('proposes nothing on the OPD\'s words alone', () => {
    const r = new JfMatcher(tiny, rows(2)).match({ title: 'Kepala Seksi Umum', unit: 'Seksi Umum', parentUnit: '', opd: 'Dinas Lingkungan Hidup' }, 'ahli_muda');
    expect(r.candidates).toEqual([]);
    // The same words in the unit are evidence.
    expect(new JfMatcher(tiny, rows(2)).match({ title: 'Kepala Seksi Umum', unit: 'Seksi Lingkungan Hidup', parentUnit: '', opd: '' }, 'ahli_muda').candidates.map((c) => c.jf)).toEqual(['beta']);
  });

  it('lets the OPD\'s words break a tie between candidates the title supports, without adding to their score', () => {
    const r = new JfMatcher(tiny, rows(2)).match(post('Dinas Lingkungan Hidup'), 'ahli_muda');
    expect(r.candidates.map((c) => [c.jf, c.score, c.tiebreak])).toEqual([['beta', 2, 0.75], ['alfa', 2, 0]]);
    expect(r.candidates[0]!.evidence.map((e) => `${e.word}@${e.field}`)).toEqual(['sampah@title', 'lingkungan hidup@opd']);
    expect(tiedWith(r.candidates[0]!, r.candidates[1]!, 0.1)).toBe(false);
    // Another OPD: a tie, in id order.
    const plain = new JfMatcher(tiny, rows(2)).match(post('Dinas Kebersihan'), 'ahli_muda');
    expect(plain.candidates.map((c) => c.jf)).toEqual(['alfa', 'beta']);
    expect(tiedWith(plain.candidates[0]!, plain.candidates[1]!, 0.1)).toBe(true);
  });

  it('never lets the OPD\'s words outrank better title evidence', () => {
    const r = new JfMatcher(tiny, rows(3)).match(post('Dinas Lingkungan Hidup'), 'ahli_muda');
    expect(r.candidates.map((c) => [c.jf, c.score])).toEqual([['alfa', 3], ['beta', 2]]);
  });

  it('counts the parent unit at half weight, after the title and unit', () => {
    const r = new JfMatcher(tiny, rows(2)).match({ title: 'Kepala Seksi Umum', unit: 'Seksi Umum', parentUnit: 'Bidang Lingkungan Hidup', opd: '' }, 'ahli_muda');
    expect(r.candidates.map((c) => [c.jf, c.score, c.evidence[0]!.field])).toEqual([['beta', 1.5, 'parent']]);
  });

  it('drops a candidate without the target jenjang, with the reason', () => {
    const r = new JfMatcher(tiny, rows(2)).match(post(''), 'ahli_madya');
    expect(r.candidates.map((c) => c.jf)).toEqual(['alfa']);
    expect(r.dropped).toEqual([{ jf: 'beta', name: 'Beta', reason: { id: 'tidak memiliki jenjang ahli_madya', en: 'has no ahli_madya level' } }]);
  });
});

describe('JfMatcher.match: local JF policy', () => {
  const audit: JfPolicy = { jf: 'auditor', opd: 'badan pengawasan keuangan', reason: 'BPKP menempatkan semua jabatan ke Auditor', citation: { regulation: 'Kebijakan internal BPKP', confidence: 'local-policy' } };
  const kepegawaian = input('Subkoordinator Kepegawaian', 'Kepegawaian', 'Bagian Umum', 'Badan Pengawasan Keuangan dan Pembangunan');

  it('puts the policy\'s JF first for the OPD it names, above the keyword evidence, and says so', () => {
    const plain = matcher().match(kepegawaian, 'ahli_muda');
    expect(plain.candidates[0]!.jf).toBe('analis-sdm-aparatur');
    expect(plain.policy).toBeUndefined();
    const r = matcher([audit]).match(kepegawaian, 'ahli_muda');
    expect(r.candidates[0]!.jf).toBe('auditor');
    expect(r.candidates[0]!.evidence[0]).toEqual({ word: 'badan pengawasan keuangan', field: 'policy', weight: 0 });
    expect(r.policy).toEqual({ jf: 'auditor', reason: audit.reason, citation: audit.citation });
    // The keyword proposal stays as the alternative.
    expect(r.candidates[1]!.jf).toBe('analis-sdm-aparatur');
    // Another OPD: no policy, the shared keyword result.
    const elsewhere = matcher([audit]).match({ ...kepegawaian, opd: 'Dinas Kesehatan' }, 'ahli_muda');
    expect(elsewhere.policy).toBeUndefined();
    expect(elsewhere.candidates[0]!.jf).toBe('analis-sdm-aparatur');
  });

  it('matches an OPD by whole words in any case, and a unit type on the post\'s chain', () => {
    const m = matcher([audit, { jf: 'ppupd', unit_type: ['inspektorat'], reason: 'P2UPD di Inspektorat' }]);
    expect(m.match({ ...kepegawaian, opd: 'BADAN PENGAWASAN KEUANGANX' }, 'ahli_muda').policy).toBeUndefined();
    const irban = input('Kepala Subbagian Evaluasi dan Pelaporan', 'Subbagian Evaluasi dan Pelaporan', 'Sekretariat', 'Inspektorat Daerah');
    expect(m.match(irban, 'ahli_muda').policy).toBeUndefined(); // no unit types given
    const r = m.match({ ...irban, unitTypes: unitBit('inspektorat') | unitBit('subbagian') }, 'ahli_muda');
    expect([r.candidates[0]!.jf, r.policy?.reason]).toEqual(['ppupd', 'P2UPD di Inspektorat']);
  });

  it('with prefer_over decides only between the JF named; the policy defined last wins', () => {
    const apbn: JfPolicy = { jf: 'analis-pengelolaan-keuangan-apbn', prefer_over: ['analis-keuangan-pusat-dan-daerah'], reason: 'instansi pusat mengelola APBN' };
    const m = matcher([audit, apbn]);
    const keuangan = m.match({ ...kepegawaian, title: 'Subkoordinator Keuangan', unit: 'Keuangan' }, 'ahli_muda');
    expect([keuangan.candidates[0]!.jf, keuangan.candidates[1]!.jf, keuangan.policy?.jf]).toEqual(['analis-pengelolaan-keuangan-apbn', 'analis-keuangan-pusat-dan-daerah', 'analis-pengelolaan-keuangan-apbn']);
    // The preference does not touch a post whose keywords name neither JF; the audit policy then applies.
    expect(m.match(kepegawaian, 'ahli_muda').policy?.jf).toBe('auditor');
  });

  it('does not propose a policy JF without the target jenjang, and says why', () => {
    const r = matcher([{ jf: 'pengelola-pengadaan-barang-jasa', opd: 'badan pengawasan keuangan', reason: 'r' }]).match(kepegawaian, 'ahli_utama');
    expect(r.policy).toBeUndefined();
    expect(r.candidates.some((c) => c.jf === 'pengelola-pengadaan-barang-jasa')).toBe(false);
    expect(r.dropped.find((d) => d.jf === 'pengelola-pengadaan-barang-jasa')?.reason.en).toBe('local policy, but has no ahli_utama level');
  });
});

describe('scenario: an audit agency\'s rules file states its JF policy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'setara-jf-policy-'));
  const file = (name: string, policy: string) => {
    writeFileSync(join(dir, name), [
      'version: 1', 'id: perwakilan-bpkp', 'description: { id: Perwakilan BPKP, en: BPKP office }', 'extends: [pusat]', 'local:', '  jf_policy:', policy,
    ].join('\n'));
    return name;
  };

  it('loads the policy through the ruleset chain, and the matcher migrate builds applies it with its citation', () => {
    const name = file('bpkp.yaml', [
      '    - jf: auditor',
      '      opd: BPKP',
      '      reason: Semua jabatan di Perwakilan BPKP disetarakan ke Auditor',
      '      citation: { regulation: Keputusan Kepala Perwakilan BPKP, confidence: local-policy }',
    ].join('\n'));
    const set = loadRunRuleset(name, dir);
    expect(set.local.jf_policy.map((p) => p.jf)).toEqual(['auditor']);
    const r = jfMatcherFor(ref, set).match(input('Subkoordinator Kepegawaian', 'Kepegawaian', 'Bagian Umum', 'Perwakilan BPKP Provinsi Kalimantan Tengah'), 'ahli_muda');
    expect(r.candidates[0]!.jf).toBe('auditor');
    expect(r.policy).toEqual({ jf: 'auditor', reason: 'Semua jabatan di Perwakilan BPKP disetarakan ke Auditor', citation: { regulation: 'Keputusan Kepala Perwakilan BPKP', confidence: 'local-policy' } });
  });

  it('refuses a policy naming a JF that is not a catalog id, at its line', () => {
    const name = file('typo.yaml', ['    - jf: auditor', '      opd: BPKP', '      reason: r', '      prefer_over: [Analis Keuangan Pusat dan Daerah]'].join('\n'));
    let err: unknown;
    try {
      loadRunRuleset(name, dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect([(err as ConfigError).line, (err as ConfigError).text.en]).toEqual([
      10, "local.jf_policy: 'Analis Keuangan Pusat dan Daerah' is not the id of a JF in the catalog (rules/data/jf-catalog.yaml); its id is 'analis-keuangan-pusat-dan-daerah'",
    ]);
  });
});
