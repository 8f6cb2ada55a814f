/**
 * Issue 24 items 3 and 4 in Chromium: a headline per question (GP
 * influence; trusts in deficit with their combined result; practices in
 * deficit), a comparison table that leads with those figures, hides empty
 * rows and shows plain labels only, readable board names, and a national
 * run that says how much of it a chart shows ("top N of M", with Show all),
 * labels its axes by quarter, and writes "1 year".
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, runFinished, useChromium } from './support/page.ts';

const baseURL = inject('baseURL');
const chromium = useChromium();

/** No raw identifier (`cumbria:blue:place-board`, `gpPowerByScope.icb`) in these texts. */
const RAW_KEY = /\b[a-z][\w-]*:[a-z][\w-]*(:[a-z][\w-]*)?\b|\b[a-z]+[A-Z]\w*\.\w+/;

describe('the headline of the default scenario', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPage(chromium(), baseURL, 'desktop'));
    await runFinished(page, 1);
    await page.waitForSelector('#headline-table tbody tr:nth-child(2)', { timeout: 30_000 });
  });
  afterAll(async () => {
    await page?.close();
  });

  it('answers each question apart: GP influence, trusts in deficit with their result, practices in deficit', async () => {
    expect(await page.textContent('#headline-gp')).toMatch(/^GP influence -?\d\.\d\d under /);
    const trusts = (await page.textContent('#headline-trusts'))!;
    expect(trusts).toMatch(/^Trusts: \d+ of \d+ trusts? in deficit in \d{4}\/\d{2}, the last year; their combined result was [\u2212+]?\d+\.\d% of their income \((\u2212\u2060)?£[\d,.]+m\)\. Over the 5 years, \d+ of \d+ trust-years ended in deficit\.$/);
    expect(await page.textContent('#headline-practices')).toMatch(/^Practices: \d+ of \d+ practices in deficit in \d{4}\/\d{2}; over the 5 years, \d+ of \d+ practice-years ended in deficit\./);
    expect(await page.textContent('#headline-interval')).toMatch(/no interval.*95% confidence interval/);
    const cols = await page.locator('#headline-table thead th').allTextContents();
    expect(cols).toEqual(['Rules', 'GP influence', expect.stringMatching(/^Trusts in deficit, /), expect.stringMatching(/^Trusts’ result, /), expect.stringMatching(/^Practices in deficit, /), 'Board decisions']);
    expect(errors).toEqual([]);
  });
});

describe('readable names in a run of several boards (Cumbria)', () => {
  it('names boards in plain words in the decision log, the power tables and the influence chart', async () => {
    const { page, errors } = await openPage(chromium(), `${baseURL}?model=cumbria`, 'desktop');
    await runFinished(page, 1);
    await page.waitForSelector('#decision-board option:nth-child(2)', { state: 'attached' });
    const options = await page.locator('#decision-board option').allTextContents();
    expect(options).toContain('Locality blue place board (3)');
    for (const o of options) expect(o).not.toMatch(RAW_KEY);
    const legend = await page.locator('#chart-influence .legend text').allTextContents();
    expect(legend.length).toBeGreaterThan(2);
    for (const l of legend) expect(l).not.toMatch(RAW_KEY);
    await page.click('#power summary');
    // The power tables are built one per task after the click: wait until the ICB board's caption is there.
    await page.waitForFunction(() => [...document.querySelectorAll('.power-table caption')].some((c) => c.textContent === 'Voting power on NHS Cumbria ICB board'));
    const captions = await page.locator('.power-table caption').allTextContents();
    expect(captions).toContain('Voting power on NHS Cumbria ICB board');
    for (const c of captions) expect(c).not.toMatch(RAW_KEY);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the comparison table', () => {
  it('leads with the headline figures, in plain words, with no empty row', async () => {
    const { page, errors } = await openPage(chromium(), `${baseURL}?model=three-point-plan&set=years%3D2`, 'desktop');
    await runFinished(page, 1);
    await page.waitForSelector('#arm-devolved-unified-attending');
    await page.evaluate(() => {
      for (const box of document.querySelectorAll<HTMLInputElement>('#compare-arms input[type=checkbox]')) {
        box.checked = ['base', 'devolved-unified-attending', 'advisory-divided-absent'].includes(box.value);
        box.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    await page.fill('#compare-n', '3');
    await page.click('#compare-run');
    await page.waitForSelector('#compare-table', { timeout: 60_000 });
    const groups = await page.locator('#compare-table tbody').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.group));
    expect(groups[0]).toBe('Headline');
    const metrics = await page.locator('#compare-table tbody[data-group="Headline"] tr[data-metric]').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.metric));
    expect(metrics[0]).toBe('gpInfluence');
    expect(metrics).toEqual(expect.arrayContaining(['lastYear.trustsInDeficit', 'outcomes.deficit']));
    const rows = await page.locator('#compare-table tr[data-metric]').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent ?? '', [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')] as const));
    for (const [label, cells] of rows) {
      expect(label).not.toMatch(RAW_KEY);
      expect(cells.some((c) => /\d/.test(c)), label).toBe(true);
    }
    expect(await page.locator('#compare-table [title]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a national run (England 2023/24, one year)', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await openPage(chromium(), `${baseURL}?model=england-2023-24`, 'desktop'));
    await page.waitForSelector('body[data-runs="1"][data-run-state="done"]', { timeout: 120_000 });
    await page.waitForSelector('#headline-trusts');
  });
  afterAll(async () => {
    await page?.close();
  });

  it('gives trusts and practices headlines of their own, and points to no row it does not show', async () => {
    expect(await page.textContent('#headline-trusts')).toMatch(/^Trusts: \d+ of \d+ trusts in deficit in 2023\/24/);
    expect(await page.textContent("#headline-practices")).toMatch(/^Practices: [\d,]+ of [\d,]+ practices in deficit in 2023\/24\. An organisation/);
    expect(await page.textContent('#headline-gp')).not.toMatch(/beside it/);
    expect(await page.locator('#headline-table tbody tr').count()).toBe(1);
  });

  it('says "1 year", never "1 years"', async () => {
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).not.toMatch(/\b1 years\b/);
    expect(await page.textContent('#run-meta')).toMatch(/ 1 year\.$/);
  });

  it('labels the monthly axis by quarter', async () => {
    const ticks = await page.locator('#chart-flows .axis-x .tick text').allTextContents();
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    expect(ticks[0]).toBe('Apr 2023');
  });

  it('says how many organisations the balance chart shows, and can show all of an ICS', async () => {
    await page.selectOption('#balance-view', 'orgs');
    await page.waitForSelector('#chart-balances[data-view="orgs"]', { state: 'attached' });
    expect(await page.textContent('#balance-count')).toMatch(/^Top 16 of [\d,]+ organisations .*Choose an ICS/);
    expect(await page.isHidden('#balance-all')).toBe(true);
    const system = await page.locator('#balance-view option[value^="system:"]').first().getAttribute('value');
    await page.selectOption('#balance-view', system!);
    await page.waitForSelector(`#chart-balances[data-view="${system}"]`, { state: 'attached' });
    const count = (await page.textContent('#balance-count'))!;
    const total = Number(/of (\d+) organisations/.exec(count)?.[1] ?? /All (\d+)/.exec(count)?.[1] ?? 0);
    expect(total).toBeGreaterThan(0);
    if (total > 16) {
      expect(count).toMatch(/^Top 16 of \d+ organisations/);
      await page.click('#balance-all');
      await page.waitForFunction((n) => document.querySelectorAll('#chart-balances .legend text').length === n, total);
      expect(await page.textContent('#balance-count')).toBe(`All ${total} organisations.`);
    }
    expect(errors).toEqual([]);
  });
});
