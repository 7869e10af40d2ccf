/**
 * The index page of a split HTML report (`report --format html --split DIR`): the summary of every OPD, each OPD's
 * name a link to its own page beside it. A national report of 30,000 OPDs is then a page with one table, not one
 * page with 60,000 org charts that a browser takes minutes to open.
 */
import { tableCaption } from './labels.js';
import { escapeXml } from './orgchart.js';
import { pageStart, summarySection } from './html.js';
import type { RenderOptions, ReportModel } from './model.js';

/** `pages[i]`: the file name of the page of `model.opds[i]`, relative to the index. */
export function renderHtmlIndex(model: ReportModel, opts: RenderOptions, pages: readonly string[]): string {
  const { lang } = opts;
  let tableNo = 0;
  const cap = (title: string) => tableCaption(lang, ++tableNo, title);
  const link = (o: { opd: string }, i: number) => ({ html: `<a href="${escapeXml(encodeURI(pages[i]!))}">${escapeXml(o.opd)}</a>` });
  return [...pageStart(model, lang, undefined), ...summarySection(model, lang, cap, link), '</main>\n</body>\n</html>\n'].join('\n');
}
