/**
 * How the index of a split HTML report is paged (split.ts checks every name before writing the first file; html-site.ts
 * renders the pages). Up to INDEX_PAGE_OPDS OPDs are listed on index.html itself; more are listed on index pages of
 * that many each, in plan order (by OPD name), and index.html sums them up page by page.
 */

/**
 * OPDs per index page. A page of 500 summary rows (about 170 KB) opens in Chromium in a fraction of a second; one
 * page of all 33,332 OPDs of a national dataset (11.7 MB) took 17–20 s.
 */
export const INDEX_PAGE_OPDS = 500;

/** The index pages for `count` OPDs, `index-0001.html` …; none when every OPD fits on index.html. */
export function htmlIndexPageNames(count: number): string[] {
  if (count <= INDEX_PAGE_OPDS) return [];
  return Array.from({ length: Math.ceil(count / INDEX_PAGE_OPDS) }, (_, k) => `index-${String(k + 1).padStart(4, '0')}.html`);
}
