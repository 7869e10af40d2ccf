/**
 * The HTML report in a real browser (Debian's chromium through playwright-core): charts render, no table cell
 * overflows, no chart text leaves its box, nothing is fetched from anywhere. Screenshots go to test-artifacts/.
 * Skipped only when /usr/bin/chromium is missing (CI installs it).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, migrateSample, report } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`html-browser.test.ts: skipped, ${CHROMIUM} not found (apt-get install chromium)`);

describe('HTML report in headless Chromium', () => {
  let browser: Browser | undefined;
  let full: string;
  let dinkes: string;

  beforeAll(async () => {
    if (!haveChromium) return;
    const dir = await migrateSample();
    const a = await report([dir]);
    const b = await report([dir, '--opd', 'Dinas Kesehatan']);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    full = a.stdout;
    dinkes = b.stdout;
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'laporan.html'), full);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string, requests: string[]): Promise<Page> {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
    });
    await page.setContent(html, { waitUntil: 'load' });
    return page;
  }

  it.skipIf(!haveChromium)('renders every chart, overflows no table cell and fetches nothing', async () => {
    const requests: string[] = [];
    const page = await open(full, requests);
    const charts = await page.$$eval('svg.orgchart', (svgs) => svgs.map((s) => {
      const r = s.getBoundingClientRect();
      return { w: r.width, h: r.height, title: s.querySelector('title')?.textContent ?? '' };
    }));
    expect(charts.length).toBe(2 * 16);
    for (const c of charts) {
      expect(c.w, c.title).toBeGreaterThan(100);
      expect(c.h, c.title).toBeGreaterThan(50);
    }
    const overflowing = await page.$$eval('td, th', (cells) =>
      cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => `${c.tagName} ${c.scrollWidth}>${c.clientWidth}: ${c.textContent?.slice(0, 60)}`),
    );
    expect(overflowing).toEqual([]);
    const external = await page.$$eval('[src], [href]', (els) =>
      els.map((e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '').filter((v) => /^(https?:)?\/\//i.test(v.trim())),
    );
    expect(external).toEqual([]);
    expect(full).not.toMatch(/\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(requests).toEqual([]);
    await page.close();
  }, 120_000);

  it.skipIf(!haveChromium)('keeps every chart label inside its box', async () => {
    const page = await open(full, []);
    const outside = await page.$$eval('svg.orgchart g.node', (nodes) => {
      const bad: string[] = [];
      for (const g of nodes) {
        const rect = (g.querySelector('rect') as SVGRectElement).getBBox();
        for (const t of Array.from(g.querySelectorAll('text')) as SVGTextElement[]) {
          const b = t.getBBox();
          if (b.x < rect.x - 0.5 || b.x + b.width > rect.x + rect.width + 0.5 || b.y < rect.y - 0.5 || b.y + b.height > rect.y + rect.height + 0.5)
            bad.push(`${g.getAttribute('data-id')}: ${t.textContent} (${Math.round(b.x + b.width - rect.x - rect.width)}px)`);
        }
      }
      return bad;
    });
    expect(outside).toEqual([]);
    await page.close();
  }, 120_000);

  it.skipIf(!haveChromium)('prints on A4 landscape with charts no wider than the page', async () => {
    const page = await open(dinkes, []);
    await page.emulateMedia({ media: 'print' });
    const widths = await page.$$eval('svg.orgchart', (svgs) => svgs.map((s) => [s.getBoundingClientRect().width, document.body.clientWidth]));
    for (const [w, body] of widths) expect(w).toBeLessThanOrEqual(body! + 1);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.length).toBeGreaterThan(10_000);
    writeFileSync(join(ARTIFACTS, 'laporan-dinkes.pdf'), pdf);
    await page.close();
  }, 120_000);

  it.skipIf(!haveChromium)('saves screenshots of the 76-post OPD (full page and its charts) to test-artifacts/', async () => {
    const page = await open(dinkes, []);
    await page.screenshot({ path: join(ARTIFACTS, 'report-dinkes-full.png'), fullPage: true });
    const charts = await page.$$('svg.orgchart');
    expect(charts.length).toBe(2);
    await charts[0]!.screenshot({ path: join(ARTIFACTS, 'chart-dinkes-before.png') });
    await charts[1]!.screenshot({ path: join(ARTIFACTS, 'chart-dinkes-after.png') });
    for (const f of ['report-dinkes-full.png', 'chart-dinkes-before.png', 'chart-dinkes-after.png']) expect(existsSync(join(ARTIFACTS, f)), f).toBe(true);
    await page.close();
  }, 120_000);
});
