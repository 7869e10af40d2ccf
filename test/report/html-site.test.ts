/**
 * The index of a split HTML report for a national number of OPDs: index.html sums up index pages of at most 500 OPDs,
 * each OPD's page is linked exactly once, every page is small, and the same summaries give the same bytes.
 */
import { describe, expect, it } from 'vitest';
import { renderHtmlSite } from '../../src/report/html-site.js';
import type { OpdCounts, ReportModel } from '../../src/report/model.js';

/** `count` OPDs named so that plan order is name order; OPD i has i + 1 posts before. */
function summary(count: number): ReportModel {
  const opds: OpdCounts[] = Array.from({ length: count }, (_, i) => ({
    opd: `Dinas ${String(i + 1).padStart(4, '0')}${i === 7 ? ' <Pajak & Retribusi>' : ''}`,
    postsBefore: i + 1, postsAfter: i + 1, structuralBefore: 3, structuralAfter: 1, equalised: 2, kept: 1, review: i % 2,
    replaced: 0, peopleAffected: 4, peopleEqualised: 2, peopleNotEqualised: 0,
  }));
  return {
    dir: 'hasil', tool: { name: 'setara', version: '0.1.0' }, asOf: '2026-12-01', inputs: [],
    ruleset: { id: 'kabupaten-kota', chain: [{ id: 'kabupaten-kota', file: 'kabupaten-kota.yaml' }] },
    opds, posts: [], hasPeople: true, people: [], teams: [],
    findings: [{ ruleId: 'jf/no-match', severity: 'warning', postId: 'P1', citation: 'PermenPANRB 17/2021' }],
    rules: {},
  };
}

const opdPages = (count: number) => Array.from({ length: count }, (_, i) => `${String(i + 1).padStart(4, '0')}-dinas.html`);
const hrefs = (html: string) => [...html.matchAll(/<a href="([^"]+)">/g)].map((m) => m[1]!);
const rowLinks = (html: string) => [...html.matchAll(/<th scope="row"><a href="([^"]+)">([^<]*)<\/a><\/th>/g)].map((m) => [m[1]!, m[2]!] as const);

describe('renderHtmlSite, 2,100 OPDs', () => {
  const model = summary(2_100);
  const pages = opdPages(2_100);
  const site = renderHtmlSite(model, { lang: 'id' }, pages, 'index.html');

  it('writes index pages of at most 500 OPDs, in plan order, each OPD page linked exactly once', () => {
    expect(site.pages.map((p) => p.name)).toEqual(['index-0001.html', 'index-0002.html', 'index-0003.html', 'index-0004.html', 'index-0005.html']);
    const perPage = site.pages.map((p) => rowLinks(p.text));
    expect(perPage.map((rows) => rows.length)).toEqual([500, 500, 500, 500, 100]);
    expect(perPage.flat().map(([href]) => href)).toEqual(pages);
    expect(perPage[0]![7]).toEqual(['0008-dinas.html', 'Dinas 0008 &lt;Pajak &amp; Retribusi&gt;']);
  });

  it('makes index.html a summary: a row per index page with its range and sums, the national findings and rulesets', () => {
    const rows = rowLinks(site.index);
    expect(rows).toEqual([
      ['index-0001.html', '1–500: Dinas 0001 … Dinas 0500'],
      ['index-0002.html', '501–1000: Dinas 0501 … Dinas 1000'],
      ['index-0003.html', '1001–1500: Dinas 1001 … Dinas 1500'],
      ['index-0004.html', '1501–2000: Dinas 1501 … Dinas 2000'],
      ['index-0005.html', '2001–2100: Dinas 2001 … Dinas 2100'],
    ]);
    // No OPD page is linked from index.html itself.
    expect(hrefs(site.index).filter((h) => pages.includes(h))).toEqual([]);
    expect(site.index).toContain('2100 perangkat daerah pada 5 halaman indeks, 500 per halaman');
    // Posts before of page 2: OPDs 501..1000 have 501..1000 posts, 375,250 in all; the total is 1 + … + 2100.
    expect(site.index).toMatch(/501–1000: Dinas 0501 … Dinas 1000<\/a><\/th><td class="num">375250<\/td>/);
    expect(site.index).toContain('<tfoot><tr><th scope="row">Jumlah</th><td class="num">2206050</td>');
    expect(site.index).toContain('Temuan menurut jenis');
    expect(site.index).toContain('jf/no-match');
    expect(site.index).toContain('kabupaten-kota.yaml');
  });

  it('links each index page back to index.html and to its neighbours, and lists OPDs only', () => {
    const [first, second, , , last] = site.pages.map((p) => p.text);
    expect(hrefs(first!).filter((h) => !pages.includes(h))).toEqual(['index.html', 'index-0002.html']);
    expect(hrefs(second!).filter((h) => !pages.includes(h))).toEqual(['index.html', 'index-0001.html', 'index-0003.html']);
    expect(hrefs(last!).filter((h) => !pages.includes(h))).toEqual(['index.html', 'index-0004.html']);
    expect(second).toContain('<title>Laporan Penyetaraan Jabatan — Perangkat daerah 501–1000</title>');
    expect(second).toContain('Halaman indeks 2 dari 5: Perangkat daerah 501–1000');
    expect(second).toContain('<tfoot><tr><th scope="row">Jumlah</th><td class="num">375250</td>');
    for (const p of site.pages) {
      expect(p.text).not.toContain('Temuan menurut jenis');
      expect(p.text).toMatch(/^<!DOCTYPE html>\n[^]*<\/html>\n$/);
    }
  });

  it('keeps every page small: index.html a few kilobytes, an index page of 500 OPDs under 200 KB', () => {
    expect(Buffer.byteLength(site.index)).toBeLessThan(20_000);
    for (const p of site.pages) expect(Buffer.byteLength(p.text), p.name).toBeLessThan(200_000);
  });

  it('gives the same bytes for the same summaries', () => {
    expect(renderHtmlSite(summary(2_100), { lang: 'id' }, opdPages(2_100), 'index.html')).toEqual(site);
  });

  it('speaks English with --lang en', () => {
    const en = renderHtmlSite(model, { lang: 'en' }, pages, 'index.html');
    expect(en.index).toContain('2100 regional departments on 5 index pages, 500 per page');
    expect(en.pages[4]!.text).toContain('Index page 5 of 5: Regional departments 2001–2100');
    expect(en.pages[4]!.text).toContain('← previous');
  });
});

describe('renderHtmlSite, up to 500 OPDs', () => {
  it('lists every OPD on index.html itself, with no index pages', () => {
    for (const count of [1, 500]) {
      const site = renderHtmlSite(summary(count), { lang: 'id' }, opdPages(count), 'index.html');
      expect(site.pages).toEqual([]);
      expect(rowLinks(site.index).map(([href]) => href)).toEqual(opdPages(count));
      expect(site.index).toContain('Temuan menurut jenis');
    }
  });
});
