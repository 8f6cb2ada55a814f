/**
 * A national run (models/england-2023-24.json) in Chromium at desktop and
 * phone sizes: legends without repeated names in every view of the balance
 * chart, results by kind and by ICS with drill-down to one ICS's
 * organisations, power tables collapsed and searchable, a page of sensible
 * height, and charts that fit their panels; the published ICB names in the
 * table and the drill-down; its 0.9 MB of JSON kept out of the editor until
 * asked for.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useChromium, VIEWPORTS } from './support/page.ts';
import { axeViolations } from './support/axe.ts';
import { chartFit } from './support/chartFit.ts';

const baseURL = inject('baseURL');
const chromium = useChromium();

const legend = (page: Page) => page.locator('#chart-balances .legend text').allTextContents();

for (const [viewport, size] of Object.entries(VIEWPORTS)) {
  describe(`England (${viewport})`, () => {
    let page: Page;
    const errors: string[] = [];
    beforeAll(async () => {
      page = await chromium().newPage();
      await page.setViewportSize(size);
      page.on('pageerror', (e) => errors.push(e.message));
      // Counts the simulation workers the page starts (the Worker constructor, wrapped before any script).
      await page.addInitScript(() => {
        const Base = window.Worker;
        const w = window as unknown as { __simWorkers: number; Worker: typeof Worker };
        w.__simWorkers = 0;
        w.Worker = class extends Base {
          constructor(url: string | URL, options?: WorkerOptions) {
            super(url, options);
            if (options?.name === 'icsim-sim') w.__simWorkers++;
          }
        };
      });
      await page.goto(`${baseURL}?model=england-2023-24`);
      await page.waitForSelector('body[data-runs="1"][data-run-state="done"]', { timeout: 120_000 });
      await page.waitForSelector('#by-system-table');
    });
    afterAll(async () => {
      await page?.close();
    });

    it('runs its first run in one worker: the start sent before the model had loaded goes to the worker the page took', async () => {
      // England's 0.9 MB arrives after the page's code; a second worker would build the same run again.
      expect(await page.evaluate(() => (window as unknown as { __simWorkers: number }).__simWorkers)).toBe(1);
    });

    it('starts with totals by kind, and no view repeats a name in its legend', async () => {
      expect(await page.inputValue('#balance-view')).toBe('byKind');
      const views = await page.locator('#balance-view option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(views.length).toBeGreaterThan(40);
      for (const view of ['byKind', 'orgs', 'bySystem', views.find((v) => v.startsWith('system:'))!]) {
        await page.selectOption('#balance-view', view);
        await page.waitForSelector(`#chart-balances[data-view="${view}"]`, { state: 'attached' });
        const names = await legend(page);
        expect(names.length, view).toBeGreaterThan(1);
        expect(new Set(names).size, `${view}: ${names.join(' | ')}`).toBe(names.length);
        expect(names.some((n) => /practices/i.test(n)), view).toBe(false);
      }
    });

    it('drills down from the table by ICS to that ICS\u2019s organisations', async () => {
      const first = page.locator('#by-system-table tbody button').first();
      const system = await first.getAttribute('data-system');
      await first.click();
      expect(await page.inputValue('#balance-view')).toBe(`system:${system}`);
      await page.waitForSelector(`#chart-balances[data-view="system:${system}"]`, { state: 'attached' });
      const names = await legend(page);
      expect(names.length).toBeGreaterThan(2);
      expect(new Set(names).size).toBe(names.length);
    });

    it('names the 42 ICBs as published, in the table, the chooser and the drill-down', async () => {
      const systems = await page.locator('#by-system-table tbody button').allTextContents();
      expect(systems).toHaveLength(42);
      expect(systems).toContain('Lancashire and South Cumbria');
      expect(systems.filter((n) => /^ICS \d+$/.test(n))).toEqual([]);
      const lsc = page.locator('#by-system-table tbody button', { hasText: 'Lancashire and South Cumbria' });
      const id = await lsc.getAttribute('data-system');
      await lsc.click();
      await page.waitForSelector(`#chart-balances[data-view="system:${id}"]`, { state: 'attached' });
      expect(await page.locator('#balance-view option:checked').textContent()).toContain('Lancashire and South Cumbria');
      // Its organisations by their names: the councils of the ICB's upper-tier authorities among them.
      const names = await legend(page);
      expect(names.some((n) => /Lancashire|Blackburn|Blackpool|Cumberland|Westmorland/.test(n)), names.join(' | ')).toBe(true);
      expect(names.filter((n) => /^(acute|ICS )\d+/.test(n))).toEqual([]);
    });

    it('keeps power tables collapsed and searchable, and the page of sensible height', async () => {
      expect(await page.locator('.power-table').count()).toBe(0);
      await page.click('#power summary');
      expect(await page.locator('.power-table').count()).toBeLessThanOrEqual(12);
      await page.fill('#power-search', 'QE1');
      const boards = await page.locator('.power-table').evaluateAll((ts) => ts.map((t) => t.getAttribute('data-board') ?? ''));
      expect(boards.length).toBeGreaterThan(0);
      expect(boards.every((b) => b.includes('QE1'))).toBe(true);
      await page.click('#power summary');
      const height = await page.evaluate(() => document.body.scrollHeight);
      expect(height).toBeLessThan(viewport === 'desktop' ? 8000 : 16000);
    });

    it('draws every chart at its panel\u2019s width with nothing clipped', async () => {
      const fit = await chartFit(page);
      expect(fit.charts).toBeGreaterThanOrEqual(4);
      expect(fit.problems).toEqual([]);
      expect(errors).toEqual([]);
    });

    it('keeps its JSON out of the editor until asked, then shows the whole scenario', async () => {
      expect(await page.isHidden('#scenario-json')).toBe(true);
      expect(await page.inputValue('#scenario-json')).toBe('');
      expect(await page.textContent('#scenario-json-held')).toMatch(/large \(\d[\d,]* kB\)/);
      // The note and the button that stand in for the editor, with every panel open: no axe-core violation.
      await page.evaluate(() => {
        for (const d of document.querySelectorAll('details')) d.open = true;
      });
      expect(await axeViolations(page)).toEqual([]);
      await page.click('#scenario-json-open');
      expect(await page.isVisible('#scenario-json')).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('scenario-json');
      const raw = JSON.parse(await page.inputValue('#scenario-json')) as { systems: Array<{ name: string }> };
      expect(raw.systems).toHaveLength(42);
      expect(raw.systems.map((s) => s.name)).toContain('Lancashire and South Cumbria');
      expect(await page.isHidden('#scenario-json-open')).toBe(true);
      expect(errors).toEqual([]);
    });
  });
}
