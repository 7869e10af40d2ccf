/**
 * The index of a split HTML report (`report --format html --split DIR`): the summary of every OPD, each OPD's name a
 * link to its own page beside it. A national report of 30,000 OPDs is then index pages with one table each, not one
 * page with 60,000 org charts that a browser takes minutes to open. Up to INDEX_PAGE_OPDS OPDs, index.html lists them
 * all; a national dataset's index.html sums up index pages of INDEX_PAGE_OPDS OPDs each (one table of 33,332 rows took
 * Chromium 17–20 s to open), and each OPD's page is linked from exactly one of them. The findings by type and the
 * rulesets are on index.html only: an index page lists its OPDs.
 */
import type { Lang } from '../i18n/index.js';
import { tableCaption } from './labels.js';
import { escapeXml } from './orgchart.js';
import { pageStart, summarySection } from './html.js';
import { htmlIndexPageNames, INDEX_PAGE_OPDS } from './html-site-pages.js';
import type { OpdCounts, RenderOptions, ReportModel } from './model.js';
import { summaryView } from './summary.js';

const TEXT: Record<Lang, {
  opds: (from: number, to: number) => string;
  intro: (count: number, pages: number) => string;
  page: (k: number, pages: number) => string;
  previous: string;
  next: string;
}> = {
  id: {
    opds: (from, to) => `Perangkat daerah ${from}–${to}`,
    intro: (count, pages) => `${count} perangkat daerah pada ${pages} halaman indeks, ${INDEX_PAGE_OPDS} per halaman: tiap baris tabel ringkasan membuka satu halaman.`,
    page: (k, pages) => `Halaman indeks ${k} dari ${pages}`,
    previous: '← sebelumnya',
    next: 'berikutnya →',
  },
  en: {
    opds: (from, to) => `Regional departments ${from}–${to}`,
    intro: (count, pages) => `${count} regional departments on ${pages} index pages, ${INDEX_PAGE_OPDS} per page: each row of the summary table opens one page.`,
    page: (k, pages) => `Index page ${k} of ${pages}`,
    previous: '← previous',
    next: 'next →',
  },
};

const link = (href: string, text: string) => ({ html: `<a href="${escapeXml(encodeURI(href))}">${escapeXml(text)}</a>` });

/** One index page: `pages[i]` is the file name of the page of `model.opds[i]`, relative to the index. */
export function renderHtmlIndex(model: ReportModel, opts: RenderOptions, pages: readonly string[]): string {
  return indexPage(model, opts.lang, (o, i) => link(pages[i]!, o.opd));
}

export interface HtmlSite {
  /** index.html. */
  index: string;
  /** The index pages index.html links to, in order (none when index.html lists every OPD). */
  pages: Array<{ name: string; text: string }>;
}

/**
 * The index of a split report. `pages[i]` is the file name of the page of `model.opds[i]`; `home` is the name of
 * index.html, which the index pages link back to.
 */
export function renderHtmlSite(model: ReportModel, opts: RenderOptions, pages: readonly string[], home: string): HtmlSite {
  const names = htmlIndexPageNames(model.opds.length);
  if (names.length === 0) return { index: renderHtmlIndex(model, opts, pages), pages: [] };
  const { lang } = opts;
  const t = TEXT[lang];
  const parts = names.map((name, k) => {
    const from = k * INDEX_PAGE_OPDS;
    const opds = model.opds.slice(from, from + INDEX_PAGE_OPDS);
    return { name, from, opds, title: t.opds(from + 1, from + opds.length) };
  });

  // index.html: the summary table has a row per index page, its counts the sums of the page's OPDs.
  const rows: OpdCounts[] = parts.map((p) => ({
    ...summaryView({ ...model, opds: p.opds, findings: [] }, lang).total,
    opd: `${p.from + 1}–${p.from + p.opds.length}: ${p.opds[0]!.opd} … ${p.opds.at(-1)!.opd}`,
  }));
  const intro = `<p class="meta">${escapeXml(t.intro(model.opds.length, names.length))}</p>`;
  const index = indexPage({ ...model, opds: rows }, lang, (o, k) => link(names[k]!, o.opd), { intro });

  return {
    index,
    pages: parts.map((p, k) => {
      const nav = [escapeXml(`${t.page(k + 1, names.length)}: ${p.title}`)];
      if (k > 0) nav.push(link(names[k - 1]!, t.previous).html);
      if (k + 1 < names.length) nav.push(link(names[k + 1]!, t.next).html);
      const text = indexPage({ ...model, opds: p.opds, findings: [] }, lang, (o, i) => link(pages[p.from + i]!, o.opd), {
        title: p.title,
        home,
        intro: `<nav aria-label="${escapeXml(t.page(k + 1, names.length))}"><p class="meta">${nav.join(' · ')}</p></nav>`,
        opdsOnly: true,
      });
      return { name: p.name, text };
    }),
  };
}

/** A page with the summary section of `model`, each of its OPD rows given by `cell`; `intro` goes before it. */
function indexPage(
  model: ReportModel, lang: Lang, cell: (o: OpdCounts, i: number) => { html: string },
  page: { title?: string; home?: string; intro?: string; opdsOnly?: boolean } = {},
): string {
  let tableNo = 0;
  const cap = (title: string) => tableCaption(lang, ++tableNo, title);
  return [
    ...pageStart(model, lang, page.title, page.home),
    ...(page.intro !== undefined ? [page.intro] : []),
    ...summarySection(model, lang, cap, cell, page.opdsOnly),
    '</main>\n</body>\n</html>\n',
  ].join('\n');
}
