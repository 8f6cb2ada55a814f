/**
 * The comparison in Chromium: a bundled scenario's variants are listed as
 * soon as it is chosen; the paired differences from a chosen baseline equal
 * `icsim summarise`'s on the same runs (same scenario, variants, seeds and
 * replications), digit for digit; no interval of a count or a share crosses
 * its bounds; the forest plot is drawn and exported.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { metricInfo } from '../../src/ui/resultFields.ts';
import { launch, ROOT } from './support/browser.ts';
import { chartFit } from './support/chartFit.ts';

const exec = promisify(execFile);
const baseURL = inject('baseURL');
let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;
const errors: string[] = [];

const BASELINE = 'advisory-divided-absent';
const OPTIONS = ['devolved-unified-attending', 'devolved-divided-absent'];
const REPS = 4;

/**
 * Ticks or clears an option's box as a click would (the tables of the first run may still be
 * growing above the section, moving the boxes while a real click is aimed).
 */
async function tick(box: import('playwright-core').Locator, on: boolean): Promise<void> {
  await box.evaluate((el, want) => {
    const input = el as HTMLInputElement;
    if (input.checked === want) return;
    input.checked = want;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, on);
}

/** `icsim sweep` then `icsim summarise --baseline` on the same runs, as CSV rows. */
async function cliSummary(): Promise<Array<Record<string, string>>> {
  const dir = mkdtempSync(join(tmpdir(), 'icsim-cmp-'));
  const cli = join(ROOT, 'bin/icsim.mjs');
  const runs = join(dir, 'runs.ndjson');
  const csv = join(dir, 'summary.csv');
  await exec(process.execPath, [cli, 'sweep', join(ROOT, 'models/three-point-plan.json'), ...[BASELINE, ...OPTIONS].flatMap((v) => ['--variant', v]), '--reps', String(REPS), '--set', 'years=2', '--out', runs, '--workers', '0', '--quiet'], { cwd: ROOT });
  await exec(process.execPath, [cli, 'summarise', runs, '--baseline', BASELINE, '--csv', csv], { cwd: ROOT });
  const [head, ...lines] = readFileSync(csv, 'utf8').trim().split('\n');
  const cols = head!.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i]!, v])));
}

beforeAll(async () => {
  browser = await launch();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(baseURL);
  await page.waitForSelector('body[data-runs="1"][data-run-state="done"]', { timeout: 30_000 });
});
afterAll(async () => {
  await browser?.close();
});

describe('comparing the options of a scenario', () => {
  it('lists the chosen scenario\u2019s variants at once', async () => {
    await page.selectOption('#model', 'three-point-plan');
    await page.waitForSelector('#arm-advisory-divided-absent');
    const arms = await page.locator('#compare-arms input[type=checkbox]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(arms).toEqual(['base', ...Object.keys((JSON.parse(readFileSync(join(ROOT, 'models/three-point-plan.json'), 'utf8')) as { variants: object }).variants), '__setting']);
  });

  it('gives the same paired differences as icsim summarise, and intervals within bounds', async () => {
    const cli = cliSummary();
    await page.fill('[data-path="years"]', '2');
    await page.press('[data-path="years"]', 'Tab');
    for (const box of await page.locator('#compare-arms input[type=checkbox]').all()) {
      const v = await box.getAttribute('value');
      await tick(box, v === BASELINE || OPTIONS.includes(v!));
    }
    await page.selectOption('#compare-baseline', BASELINE);
    await page.fill('#compare-n', String(REPS));
    await page.click('#compare-run');
    await page.waitForSelector('#compare-table', { timeout: 60_000 });
    const cells = await page.locator('#compare-table td.diff').evaluateAll((tds) => tds.map((td) => ({ ...(td as HTMLElement).dataset })));
    const rows = await cli;
    const cliDiffs = rows.filter((r) => r.variant !== BASELINE);
    // Every metric of the command line is in the page (the page also lists metrics the first row of the
    // sweep file lacks, such as place outcomes when the first option has none: summarise reads its
    // columns from that row), with the same numbers, both written as the shortest round-trip decimal.
    const pageKeys = new Set(cells.map((c) => `${c.arm}|${c.metric}`));
    expect(cliDiffs.length).toBeGreaterThan(20);
    expect(cliDiffs.filter((r) => !pageKeys.has(`${r.variant}|${r.metric}`))).toEqual([]);
    for (const r of cliDiffs) {
      const c = cells.find((x) => x.arm === r.variant && x.metric === r.metric)!;
      expect([c.metric, c.mean, c.low, c.high, c.n]).toEqual([r.metric, r.diff_mean, r.diff_ci95_low || 'NaN', r.diff_ci95_high || 'NaN', r.diff_n]);
    }
    // Levels: counts at least 0, shares within [0, 1].
    const levels = await page.locator('#compare-levels td').evaluateAll((tds) => tds.map((td) => ({ ...(td as HTMLElement).dataset })));
    expect(levels.length).toBeGreaterThan(10);
    let bounded = 0;
    for (const l of levels) {
      const [lo, hi] = metricInfo(l.metric!).bounds;
      // An option without the metric (no runs had it) has no interval.
      if (l.low === 'NaN') continue;
      if (Number.isFinite(lo) || Number.isFinite(hi)) bounded++;
      expect(Number(l.low), `${l.metric} low`).toBeGreaterThanOrEqual(lo);
      expect(Number(l.high), `${l.metric} high`).toBeLessThanOrEqual(hi);
    }
    expect(bounded).toBeGreaterThan(5);
    // The page names the command line that gives these numbers.
    const note = await page.textContent('#compare-cli');
    expect(note).toContain(`icsim sweep models/three-point-plan.json --set years=2 --variant ${BASELINE} ${OPTIONS.map((o) => `--variant ${o}`).join(' ')} --reps ${REPS} --seed 1`);
    expect(note).toContain(`icsim summarise runs.ndjson --baseline ${BASELINE}`);
    // The bands of the deficits chart (a count) stay at or above zero.
    const bandYs = await page.locator('#chart-compare-deficits path.band').evaluateAll((ps) => ps.length);
    expect(bandYs).toBe(3);
    expect(errors).toEqual([]);
  });

  it('draws the options forest plot, exports it, and every chart fits its panel', async () => {
    expect(await page.locator('#compare-forest svg .measure').count()).toBeGreaterThan(1);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-forest')]);
    const svg = readFileSync((await dl.path())!, 'utf8');
    expect(svg).toContain(`Options compared with ${BASELINE}`);
    const fit = await chartFit(page, '#compare .chart-host');
    expect(fit.charts).toBe(2);
    expect(fit.problems).toEqual([]);
  });
});

describe('comparing on a phone', () => {
  it('shows the differences, charts that fit and a forest plot with readable text', async () => {
    const phone = await browser.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${baseURL}?model=three-point-plan&set=years%3D1`);
    await phone.waitForSelector('body[data-runs="1"][data-run-state="done"]', { timeout: 60_000 });
    await phone.waitForSelector('#arm-advisory-divided-absent');
    for (const box of await phone.locator('#compare-arms input[type=checkbox]').all()) {
      const v = await box.getAttribute('value');
      await tick(box, v === BASELINE || v === OPTIONS[0]);
    }
    await phone.selectOption('#compare-baseline', BASELINE);
    await phone.fill('#compare-n', '3');
    await phone.click('#compare-run');
    await phone.waitForSelector('#compare-table', { timeout: 60_000 });
    const fit = await chartFit(phone, '#compare .chart-host');
    expect(fit.charts).toBe(2);
    expect(fit.problems).toEqual([]);
    const smallest = await phone.locator('#compare-forest svg text').evaluateAll((ts) => {
      const svg = (ts[0] as SVGTextElement).ownerSVGElement!;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return Math.min(...ts.filter((t) => (t.textContent ?? '').trim()).map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
    });
    expect(smallest).toBeGreaterThanOrEqual(10.95);
    await phone.close();
  });
});
