/**
 * The page explains itself (issue 15), at desktop and phone sizes: the
 * headline says why GP influence is zero under centralised rules and puts
 * the same seed under delegated rules beside it; the Info panel gives the
 * scenario's description, the model in plain words and a glossary; labels
 * are plain English; the summary is organised as tables; and a named
 * variant runs from the page with the same result as `icsim run --variant`.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT } from './support/browser.ts';
import { useChromium, VIEWPORTS } from './support/page.ts';

const exec = promisify(execFile);
const baseURL = inject('baseURL');
const chromium = useChromium();

for (const [viewport, size] of Object.entries(VIEWPORTS)) {
  describe(`the first view (${viewport})`, () => {
    let page: Page;
    const errors: string[] = [];
    beforeAll(async () => {
      page = await chromium().newPage();
      await page.setViewportSize(size);
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(baseURL);
      await page.waitForSelector('body[data-runs="1"][data-run-state="done"]', { timeout: 30_000 });
    });
    afterAll(async () => {
      await page?.close();
    });

    it('explains the headline: GP influence as what its presence changed under centralised rules, beside the delegated rules on the same seed', async () => {
      await page.waitForSelector('#headline-table tbody tr:nth-child(2)', { timeout: 30_000 });
      expect(await page.textContent('#headline')).toMatch(/replayed with its seats empty/);
      expect(await page.textContent('#headline')).toMatch(/Under centralised rules its only seat/);
      const rows = await page.locator('#headline-table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('[data-field="gpInfluence"]')!.textContent]));
      expect(rows[0]![0]).toBe('This run: centralised');
      expect(Number(rows[0]![1])).toBeGreaterThanOrEqual(-1);
      expect(rows[1]![0]).toBe('Same seed: delegated');
      expect(Number(rows[1]![1])).toBeGreaterThan(0);
      // On a phone the headline is on the first screen.
      const box = await page.locator('#headline').boundingBox();
      expect(box!.y).toBeLessThan(viewport === 'phone' ? 844 * 1.5 : 900);
    });

    it('has an Info panel with the scenario, the model in plain words and a glossary', async () => {
      const raw = JSON.parse(readFileSync(`${ROOT}models/default.json`, 'utf8')) as { description: string };
      expect(await page.textContent('#info-scenario')).toContain(raw.description.slice(0, 60));
      await page.click('#info-glossary summary');
      const terms = await page.locator('#info-glossary dt').allTextContents();
      for (const t of ['ICB', 'Place', 'PCN', 'Clinical director', 'LMC', 'GP leadership group', 'Surplus / break-even / deficit']) expect(terms).toContain(t);
      expect(await page.locator('#info-model p').count()).toBeGreaterThan(5);
    });

    it('labels controls in plain English, without command-line or internal references', async () => {
      const labels = await page.locator('#controls label').allTextContents();
      expect(labels.filter((l) => /^Governance |: cd hours|^Finance /.test(l))).toEqual([]);
      const hints = (await page.locator('#controls .hint').allTextContents()).join(' ');
      expect(hints).not.toMatch(/--seed|seed 00\d/);
    });

    it('organises the summary as tables by group, and outcomes by kind and year', async () => {
      const groups = await page.locator('#summary-table tbody').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-group')));
      expect(groups).toEqual(expect.arrayContaining(['Year-end outcomes', 'General practice', 'Money', 'Patient flow']));
      expect(await page.locator('#summary-table tbody tr').count()).toBeLessThan(60);
      const head = await page.locator('#by-kind-table thead th').allTextContents();
      expect(head).toEqual(['Kind', '2024/25', '2025/26', '2026/27', '2027/28', '2028/29', 'All years']);
      expect(errors).toEqual([]);
    });
  });
}

describe('a named variant', () => {
  it('runs from the page and from a link with the same summary as icsim run --variant', async () => {
    const variant = 'devolved-unified-attending';
    const cli = exec(process.execPath, ['bin/icsim.mjs', 'run', 'models/three-point-plan.json', '--variant', variant, '--set', 'years=1', '--json'], { cwd: ROOT, maxBuffer: 64 << 20 });
    const page = await chromium().newPage();
    await page.goto(`${baseURL}?model=three-point-plan&set=years%3D1`);
    await page.waitForSelector('body[data-runs="1"][data-run-state="done"]', { timeout: 60_000 });
    await page.selectOption('#variant', variant);
    expect(await page.getAttribute('body', 'data-stale')).toBe('true');
    await page.selectOption('#speed', { index: 3 });
    await page.click('#run');
    await page.waitForSelector('body[data-runs="2"][data-run-state="done"]', { timeout: 60_000 });
    expect(await page.getAttribute('body', 'data-stale')).toBe('false');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const fromPage = JSON.parse(readFileSync((await dl.path())!, 'utf8')) as { summary: unknown };
    const cliSummary = JSON.stringify((JSON.parse((await cli).stdout) as { summary: unknown }).summary);
    expect(JSON.stringify(fromPage.summary)).toBe(cliSummary);
    // The link carries the variant, and opening it runs the variant at once.
    const link = await page.inputValue('#share-link');
    expect(link).toContain(`variant=${variant}`);
    await page.close();
    const again = await chromium().newPage();
    await again.goto(link);
    await again.waitForSelector('body[data-runs="1"][data-run-state="done"]', { timeout: 60_000 });
    const [dl2] = await Promise.all([again.waitForEvent('download'), again.click('#export-json')]);
    expect(JSON.stringify((JSON.parse(readFileSync((await dl2.path())!, 'utf8')) as { summary: unknown }).summary)).toBe(cliSummary);
    await again.waitForFunction((v) => (document.getElementById('variant') as HTMLSelectElement).value === v, variant);
    expect(await again.getAttribute('body', 'data-stale')).toBe('false');
    await again.close();
  });
});
