/**
 * The experiment runner in real Chromium against the built page: a default
 * run fills the charts, controls change results, invalid scenarios are
 * reported by field, exports work, results match the CLI byte for byte, and
 * a shared link reproduces a run.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from './support/browser.ts';
import { openPage, runFinished, useChromium } from './support/page.ts';

const run = promisify(execFile);
const baseURL = inject('baseURL');
const chromium = useChromium();

const open = (url = baseURL) => openPage(chromium(), url);
const finished = runFinished;

async function downloadText(page: Page, selector: string): Promise<Buffer> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFileSync((await dl.path())!);
}

async function summaryOf(page: Page): Promise<string> {
  const json = JSON.parse((await downloadText(page, '#export-json')).toString('utf8')) as { summary: unknown };
  return JSON.stringify(json.summary);
}

/** Picks the fastest speed (later runs of a test need no animation). */
async function fastest(page: Page): Promise<void> {
  await page.selectOption('#speed', { index: 3 });
}

describe('the default scenario, run on page load', () => {
  let page: Page;
  let errors: string[];
  let cli: Promise<{ stdout: string }>;
  beforeAll(async () => {
    cli = run(process.execPath, ['bin/icsim.mjs', 'run', '--json'], { cwd: ROOT, maxBuffer: 64 << 20 });
    ({ page, errors } = await open());
    await finished(page, 1);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('fills its charts with data', async () => {
    const counts = await page.evaluate(() => ({
      flowLines: [...document.querySelectorAll('#chart-flows path.line')].filter((p) => (p.getAttribute('d') ?? '').length > 100).length,
      flowPoints: document.querySelectorAll('#chart-flows g.hover rect').length,
      balanceLines: document.querySelectorAll('#chart-balances path.line').length,
      bars: document.querySelectorAll('#chart-outcomes rect.bar').length,
      titles: [...document.querySelectorAll('svg.chart > title')].map((t) => t.textContent),
      descs: [...document.querySelectorAll('svg.chart > desc')].every((d) => (d.textContent ?? '').length > 20),
      summaryRows: document.querySelectorAll('#summary-table tbody tr').length,
      status: document.getElementById('status')!.textContent,
    }));
    expect(counts.flowLines).toBe(2);
    expect(counts.flowPoints).toBe(60);
    expect(counts.balanceLines).toBeGreaterThan(3);
    expect(counts.bars).toBeGreaterThan(10);
    expect(counts.titles).toContain('Acute beds occupied and delayed discharges');
    expect(counts.descs).toBe(true);
    expect(counts.summaryRows).toBeGreaterThan(5);
    expect(counts.status).toMatch(/Finished: 60 months/);
    expect(errors).toEqual([]);
  });

  it('exports a chart as non-empty SVG, PNG and CSV', async () => {
    await page.bringToFront();
    const svg = (await downloadText(page, '#chart-flows [data-export="svg"]')).toString('utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('<svg');
    expect(svg).toContain('Delayed discharges');
    expect(svg.length).toBeGreaterThan(5000);
    const png = await downloadText(page, '#chart-outcomes [data-export="png"]');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(5000);
    const csv = (await downloadText(page, '#chart-flows [data-export="csv"]')).toString('utf8');
    // A comment line of provenance, then the header and 60 months.
    expect(csv.split('\n')[0]).toMatch(/^# Source: scenario /);
    expect(csv.split('\n')[1]).toBe('month,bedsOccupied,delayedDischarges');
    expect(csv.trim().split('\n')).toHaveLength(62);
  });

  it('exports board-paper figures byte-identical to `icsim chart` on the same run (issue 7 item 5)', async () => {
    await page.bringToFront();
    const dir = mkdtempSync(join(tmpdir(), 'icsim-print-'));
    const runFile = join(dir, 'run.json');
    writeFileSync(runFile, await downloadText(page, '#export-json'));
    const date = new Date().toISOString().slice(0, 10);
    for (const type of ['influence', 'outcomes'] as const) {
      const fromPage = (await downloadText(page, `#export-print-${type}`)).toString('utf8');
      const out = join(dir, `${type}.svg`);
      await run(process.execPath, [join(ROOT, 'bin/icsim.mjs'), 'chart', runFile, '--type', type, '--out', out, '--date', date], { cwd: ROOT });
      expect(fromPage).toBe(readFileSync(out, 'utf8'));
    }
  });

  it('gives the same summary as `icsim run --json`, byte for byte', async () => {
    const cliSummary = JSON.stringify((JSON.parse((await cli).stdout) as { summary: unknown }).summary);
    expect(await summaryOf(page)).toBe(cliSummary);
  });
});

describe('the decision log and the breach timeline (issue 16)', () => {
  // Cumbria, 3 years, seed 1: loans without approval with every breach consequence on, officers not weighing the risk.
  const url = `${baseURL}?model=cumbria&variant=loan-without-approval-accountable&set=${encodeURIComponent('finance.breach.officerRisk=0')}`;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await open(url));
    await finished(page, 1);
    await page.waitForSelector('#decision-table tbody tr');
  });
  afterAll(async () => {
    await page?.close();
  });

  it('shows the breach, when and who, and what followed it', async () => {
    const rows = await page.locator('#breach-timeline tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows).toHaveLength(2);
    // West's loan to blue is not found; grey's, in the last year, is (the same run as tests/ui/decisionRows.test.ts).
    expect(rows[0]!.slice(0, 7)).toEqual(['2010-01 (2009/10)', '#0', 'cumbria:west', 'cumbria:blue', 'place accountable officer, West locality', '1,249,082.76', 'repaid']);
    expect(rows[1]).toEqual(['2012-01 (2011/12)', '#1', 'cumbria:grey', 'cumbria:south', 'place accountable officer, Locality grey', '1,080,072.88', 'open', 'yes', 'yes', 'yes', '108,007.29']);
    expect(await page.textContent('#executive-table')).toMatch(/levy on practices/);
  });

  it('filters the decision log by kind of board and year, and opens a decision beside its GP-seats-empty replay', async () => {
    expect(await page.textContent('#decision-count')).toMatch(/^15 decisions match/);
    await page.selectOption('#decision-scope', 'icb');
    await page.waitForFunction(() => /^3 decisions match/.test(document.getElementById('decision-count')!.textContent ?? ''));
    expect(await page.locator('#decision-table tbody tr[data-scope="icb"]').count()).toBe(3);
    await page.selectOption('#decision-scope', 'place');
    await page.selectOption('#decision-year', '2009');
    await page.waitForFunction(() => /^4 decisions match/.test(document.getElementById('decision-count')!.textContent ?? ''));
    const open = page.locator('#decision-table button.decision-open').first();
    await open.click();
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    const detail = page.locator('#decision-table tr.decision-detail:not([hidden]) table.decision-lines');
    expect(await detail.locator('thead th').allTextContents()).toEqual(['Service line', 'Adopted', 'With GP seats empty', 'Difference GP made', 'GP ideal', 'Need', 'Last year rolled forward']);
    expect(await detail.locator('tbody tr[data-line]').count()).toBe(7);
    expect(await detail.locator('tr[data-line="primaryCare"]').evaluate((tr) => [...tr.children].map((c) => c.textContent))).toEqual(['Primary care', '15.13', '14.66', '0.47', '15.39', '14.11', '14.23']);
    expect(await detail.locator('caption').textContent()).toMatch(/seats empty the board would have decided by consensus/);
    expect(errors).toEqual([]);
  });
});

describe('experiment runner in Chromium', () => {

  it('a changed control changes the result and the link', async () => {
    const { page } = await open();
    await finished(page, 1);
    const before = await summaryOf(page);
    const years = page.locator('[data-path="years"]');
    await years.fill('2');
    await years.press('Tab');
    await fastest(page);
    await page.click('#run');
    await finished(page, 2);
    expect(await page.textContent('#status')).toMatch(/Finished: 24 months/);
    expect(await summaryOf(page)).not.toBe(before);
    expect(decodeURIComponent(page.url())).toContain('set=years=2');
    expect(await page.inputValue('#scenario-json')).toMatch(/"years": 2/);
    await page.close();
  });

  it('an invalid scenario names the field, and a valid run works after it', async () => {
    const { page, errors } = await open();
    await finished(page, 1);
    const text = await page.inputValue('#scenario-json');
    const bad = JSON.parse(text) as Record<string, unknown>;
    (bad.acute as Record<string, unknown>) = { ...(bad.acute as object), lengthOfStayDays: -3 };
    await page.fill('#scenario-json', JSON.stringify(bad, null, 2));
    await page.waitForSelector('#issues .issue-path');
    expect(await page.textContent('#issues')).toContain('acute.lengthOfStayDays');
    await page.click('#run');
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error-text')).toContain('acute.lengthOfStayDays');
    expect(await page.getAttribute('body', 'data-run-state')).toBe('error');
    // Malformed JSON is reported too, without breaking the page.
    await page.fill('#scenario-json', '{"years": 2,');
    await page.waitForFunction(() => /not valid JSON/.test(document.getElementById('issues')!.textContent ?? ''));
    // A valid scenario runs cleanly afterwards.
    await page.fill('#scenario-json', JSON.stringify({ ...JSON.parse(text), years: 1 }, null, 2));
    await page.waitForSelector('#issues .ok');
    await fastest(page);
    await page.click('#run');
    await finished(page, 2);
    expect(await page.isHidden('#error')).toBe(true);
    expect(await page.locator('#chart-flows g.hover rect').count()).toBe(12);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a shared link reproduces the run (overrides form and whole-scenario form)', async () => {
    const { page } = await open();
    await finished(page, 1);
    const seed = page.locator('[data-path="seed"]');
    await seed.fill('42');
    await seed.press('Tab');
    await fastest(page);
    await page.click('#run');
    await finished(page, 2);
    const first = await summaryOf(page);
    const link = await page.inputValue('#share-link');
    expect(decodeURIComponent(link)).toContain('set=seed=42');
    const other = await open(link);
    await finished(other.page, 1);
    expect(await summaryOf(other.page)).toBe(first);
    expect(await other.page.inputValue('[data-path="seed"]')).toBe('42');
    await other.page.close();

    // Removing a field cannot be said as overrides: the link carries the whole scenario.
    const raw = JSON.parse(await page.inputValue('#scenario-json')) as Record<string, unknown>;
    delete raw.sources;
    await page.fill('#scenario-json', JSON.stringify(raw, null, 2));
    await page.waitForFunction(() => location.search.includes('scenario='));
    await page.bringToFront();
    await page.click('#run');
    await finished(page, 3);
    const second = await summaryOf(page);
    const third = await open(await page.inputValue('#share-link'));
    await finished(third.page, 1);
    expect(await summaryOf(third.page)).toBe(second);
    expect(third.errors).toEqual([]);
    await Promise.all([page.close(), third.page.close()]);
  });

  it('an input by year is edited year by year, kept by the link, and replaced by one number only when asked', async () => {
    const { page, errors } = await open();
    await finished(page, 1);
    const pay = page.locator('[data-control="costs.payAward"]');
    await pay.locator('button[data-action="by-year"]').click();
    const y2025 = page.locator('[data-path="costs.payAward.2025"]');
    await y2025.fill('0.07');
    await y2025.press('Tab');
    await pay.locator('button[data-action="add-year"]').click();
    const sentence = '2024/25: 4.5%, 2025/26: 7.0%, 2026/27: 7.0%, then 7.0%';
    await page.waitForFunction((t) => document.querySelector('[data-control="costs.payAward"] .yearly-summary')?.textContent === t, sentence);
    const series = { 2024: 0.045, 2025: 0.07, 2026: 0.07 };
    expect((JSON.parse(await page.inputValue('#scenario-json')) as { costs: unknown }).costs).toEqual({ payAward: series });
    expect(await page.isHidden('[data-path="costs.payAward"]')).toBe(true);

    // The link carries the series; the page it opens runs it and shows it year by year.
    const other = await open(await page.inputValue('#share-link'));
    await finished(other.page, 1);
    expect(await other.page.textContent('[data-control="costs.payAward"] .yearly-summary')).toBe(sentence);
    expect(await other.page.inputValue('[data-path="costs.payAward.2026"]')).toBe('0.07');
    expect((JSON.parse(await other.page.inputValue('#scenario-json')) as { costs: unknown }).costs).toEqual({ payAward: series });

    // One year out of range is named with its year; "Use one number" keeps the first year's value.
    await other.page.fill('[data-path="costs.payAward.2026"]', '0.9');
    await other.page.press('[data-path="costs.payAward.2026"]', 'Tab');
    await other.page.waitForSelector('#ctl-costs-payAward-error:not([hidden])');
    expect(await other.page.textContent('#ctl-costs-payAward-error')).toMatch(/^2026\/27: .*0\.3/);
    await other.page.click('[data-control="costs.payAward"] button[data-action="one-number"]');
    await other.page.waitForSelector('[data-path="costs.payAward"]:visible');
    expect(await other.page.inputValue('[data-path="costs.payAward"]')).toBe('0.045');
    expect((JSON.parse(await other.page.inputValue('#scenario-json')) as { costs: unknown }).costs).toEqual({ payAward: 0.045 });
    expect([...errors, ...other.errors]).toEqual([]);
    await Promise.all([page.close(), other.page.close()]);
  });

  it('a link is validated like a file and never breaks the page', async () => {
    const { page, errors } = await open(`${baseURL}?model=default&set=years%3D0`);
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error-text')).toContain('years');
    const evil = await open(`${baseURL}?model=default&set=__proto__.polluted%3D1`);
    await evil.page.waitForSelector('#error:not([hidden])');
    expect(await evil.page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
    const junk = await open(`${baseURL}?scenario=%%%`);
    await junk.page.waitForSelector('#error:not([hidden])');
    expect(await junk.page.textContent('#error-text')).toMatch(/link/);
    expect([...errors, ...evil.errors, ...junk.errors]).toEqual([]);
    await Promise.all([page.close(), evil.page.close(), junk.page.close()]);
  });

  it('loads and saves scenario files, validated like any input', async () => {
    const { page, errors } = await open();
    await finished(page, 1);
    const raw = JSON.parse(await page.inputValue('#scenario-json')) as Record<string, unknown>;
    await page.setInputFiles('#load-file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...raw, years: 'ten' })) });
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error-text')).toMatch(/bad\.json.*years/);
    await page.setInputFiles('#load-file', { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...raw, name: 'from a file' })) });
    await page.waitForSelector('#issues .ok');
    expect(page.url()).toContain('scenario=');
    const saved = JSON.parse((await downloadText(page, '#save-file')).toString('utf8')) as { name: string };
    expect(saved.name).toBe('from a file');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('pauses, steps and resets a run', async () => {
    const { page } = await open();
    await finished(page, 1);
    await page.selectOption('#speed', { index: 0 });
    await page.click('#run');
    await page.waitForSelector('body[data-runs="2"][data-run-state="running"]');
    await page.click('#pause');
    await page.waitForSelector('body[data-run-state="paused"]');
    // A month already on its way from the worker when the pause was clicked may still land: read the month
    // once it has stopped changing (two reads 300 ms apart agree), so the step is measured from where it rests.
    let m = Number(await page.getAttribute('body', 'data-month'));
    for (;;) {
      await page.waitForTimeout(300);
      const now = Number(await page.getAttribute('body', 'data-month'));
      if (now === m) break;
      m = now;
    }
    await page.click('#step');
    await page.waitForSelector(`body[data-month="${m + 1}"]`);
    await page.click('#reset');
    await page.waitForSelector('body[data-runs="3"][data-run-state="paused"]');
    await page.selectOption('#speed', { index: 3 });
    await page.click('#run');
    await finished(page, 3);
    expect(await page.locator('#chart-flows g.hover rect').count()).toBe(60);
    await page.close();
  });

  it('compares two settings across a pool of workers', async () => {
    const { page, errors } = await open();
    await finished(page, 1);
    await page.fill('[data-path="years"]', '1');
    await page.press('[data-path="years"]', 'Tab');
    await page.selectOption('#compare-path', 'years');
    await page.fill('#compare-value', '2');
    await page.fill('#compare-n', '4');
    await page.click('#compare-run');
    await page.waitForSelector('#compare-table', { timeout: 30_000 });
    const header = await page.locator('#compare-table thead th').allTextContents();
    expect(header).toEqual(['Figure', 'base (as edited): mean (95% CI)', 'Years to simulate = 2 minus base (as edited)']);
    expect(await page.locator('#chart-compare-delayed path.band').count()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});
