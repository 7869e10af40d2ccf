/**
 * The JF matcher shares one result among inputs that come down to the same phrases in the same counted fields: the
 * shared result is what a new matcher gives each input, and an input whose unit is (or is not) inside its title, the
 * only difference, gets its own.
 */
import { describe, expect, it } from 'vitest';
import { JfMatcher, type MatchInput } from '../../src/migrate/jf-match.js';
import { jfCatalog } from '../../src/migrate/run.js';
import { loadReferenceData } from '../../src/rules/reference.js';

const ref = loadReferenceData();
const { catalog } = jfCatalog(ref);
const matcher = () => new JfMatcher(catalog, ref.keywords);
const input = (title: string, unit: string, parentUnit = 'Bidang Pencegahan dan Pengendalian Penyakit', opd = 'Dinas Kesehatan Kabupaten Sukamaju'): MatchInput => ({ title, unit, parentUnit, opd });

describe('JfMatcher.match', () => {
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
