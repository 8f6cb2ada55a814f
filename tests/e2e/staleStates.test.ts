/**
 * Issue 24 item 2 in Chromium, at desktop and phone sizes: results computed
 * for other settings never look current. The run's downloads, the
 * comparison (its tables, charts and board-paper export) and the
 * sensitivity screen are marked stale, with their downloads disabled and
 * described by the reason, as soon as a setting changes, and only a new run
 * of each restores them; a clamped number of replications is said where it
 * was typed; errors appear beside the control that caused them.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, runFinished, useChromium, VIEWPORTS, type ViewportName } from './support/page.ts';

const baseURL = inject('baseURL');
const chromium = useChromium();

async function setControl(page: Page, path: string, value: string): Promise<void> {
  const input = page.locator(`[data-path="${path}"]`);
  await input.fill(value);
  await input.press('Tab');
}

/** Vertical distance (px) between two elements' boxes. */
async function gap(page: Page, a: string, b: string): Promise<number> {
  const [p, q] = await Promise.all([page.locator(a).boundingBox(), page.locator(b).boundingBox()]);
  return Math.max(0, Math.max(p!.y, q!.y) - Math.min(p!.y + p!.height, q!.y + q!.height));
}

const disabled = (page: Page, sel: string) => page.locator(sel).evaluateAll((bs) => bs.map((b) => (b as HTMLButtonElement).disabled));

for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
  describe(`stale results and errors beside their controls (${viewport})`, () => {
    let page: Page;
    let errors: string[];
    beforeAll(async () => {
      ({ page, errors } = await openPage(chromium(), `${baseURL}?model=default&set=years%3D1`, viewport));
      await runFinished(page, 1);
      await page.waitForSelector('#sens-run');
      await page.selectOption('#speed', { index: 3 });
    });
    afterAll(async () => {
      await page?.close();
    });

    it('the run\u2019s downloads are disabled, with the reason, while the results are stale, and back after a run', async () => {
      const exports = '#export-json, button.print-export, #charts figcaption.exports button';
      expect(new Set(await disabled(page, exports))).toEqual(new Set([false]));
      await setControl(page, 'governance.devolution.share', '0.7');
      await page.waitForSelector('body[data-stale="true"]');
      expect(new Set(await disabled(page, exports))).toEqual(new Set([true]));
      expect(await page.getAttribute('#export-json', 'aria-describedby')).toBe('stale-text');
      await page.click('#run');
      await runFinished(page, 2);
      expect(new Set(await disabled(page, exports))).toEqual(new Set([false]));
    });

    it('Compare with no value for the changed setting says so beside the Compare button', async () => {
      await page.selectOption('#compare-path', 'governance.devolution.share');
      await page.fill('#compare-value', '');
      await page.click('#compare-run');
      await page.waitForSelector('#compare-error:not([hidden])');
      expect(await page.textContent('#compare-error')).toMatch(/Give a value for/);
      expect(await gap(page, '#compare-error', '#compare-run')).toBeLessThan(80);
      expect(await page.isHidden('#error')).toBe(true);
    });

    it('1 replication is said, not silently made 2; so is -5', async () => {
      await page.fill('#compare-n', '-5');
      expect(await page.textContent('#compare-n-note')).toMatch(/-5 replications asked for: 2 run instead \(an interval needs at least 2\)/);
      await page.fill('#compare-n', '1');
      expect(await page.textContent('#compare-n-note')).toMatch(/1 replication asked for: 2 run instead/);
      await page.fill('#compare-value', '0.2');
      await page.click('#compare-run');
      await page.waitForSelector('#compare-table', { timeout: 60_000 });
      await page.waitForSelector('#compare-run:not([disabled])');
      expect(await page.inputValue('#compare-n')).toBe('2');
      expect(await page.textContent('#compare-status')).toMatch(/^1 replication asked for: 2 run instead/);
      expect(await page.isHidden('#compare-error')).toBe(true);
    });

    it('a comparison goes stale at once when the scenario or an option changes, and a new comparison restores it', async () => {
      expect(await page.getAttribute('#compare-output', 'data-stale')).toBe('false');
      expect(await page.isHidden('#compare-stale')).toBe(true);
      expect(await disabled(page, '#export-forest')).toEqual([false]);
      // An option changed.
      await page.fill('#compare-value', '0.3');
      await page.waitForSelector('#compare-output[data-stale="true"]');
      expect(await page.isVisible('#compare-stale')).toBe(true);
      expect(await disabled(page, '#export-forest')).toEqual([true]);
      expect(await page.getAttribute('#export-forest', 'aria-describedby')).toBe('compare-stale-text');
      // Put back: current again.
      await page.fill('#compare-value', '0.2');
      await page.waitForSelector('#compare-output[data-stale="false"]');
      expect(await disabled(page, '#export-forest')).toEqual([false]);
      // The scenario changed (the seed), then made invalid: stale, and says why.
      await setControl(page, 'seed', '9');
      await page.waitForSelector('#compare-output[data-stale="true"]');
      await setControl(page, 'years', '99');
      await page.waitForFunction(() => /problems/.test(document.getElementById('compare-stale-text')?.textContent ?? ''));
      await setControl(page, 'years', '1');
      await page.waitForFunction(() => /changed/.test(document.getElementById('compare-stale-text')?.textContent ?? ''));
      expect(await page.locator('#compare-output').evaluate((el) => Number(getComputedStyle(el).opacity))).toBeLessThan(1);
      await page.click('#compare-run');
      await page.waitForSelector('#compare-run:not([disabled])', { timeout: 60_000 });
      await page.waitForSelector('#compare-output[data-stale="false"]');
      expect(await disabled(page, '#export-forest')).toEqual([false]);
    });

    it('a sensitivity screen goes stale when the scenario or its settings change, and a new screen restores it', async () => {
      await page.click('#sens-count');
      await page.click('#sens-none');
      await page.click('#sens-run');
      await page.waitForSelector('#sens-error:not([hidden])');
      expect(await gap(page, '#sens-error', '#sens-run')).toBeLessThan(80);
      await page.check('#sens-params input[value="governance.recognition.gp"]');
      await page.fill('#sens-trajectories', '2');
      await page.click('#sens-run');
      await page.waitForSelector('#sensitivity[data-state="done"]', { timeout: 60_000 });
      expect(await page.isHidden('#sens-error')).toBe(true);
      expect(await page.getAttribute('#sens-results', 'data-stale')).toBe('false');
      expect(new Set(await disabled(page, '#sens-results button'))).toEqual(new Set([false]));
      await page.fill('#sens-seed', '12');
      await page.waitForSelector('#sens-results[data-stale="true"]');
      expect(await page.isVisible('#sens-stale')).toBe(true);
      expect(new Set(await disabled(page, '#sens-results button'))).toEqual(new Set([true]));
      await page.fill('#sens-seed', '');
      await page.waitForSelector('#sens-results[data-stale="false"]');
      await setControl(page, 'governance.devolution.share', '0.4');
      await page.waitForSelector('#sens-results[data-stale="true"]');
      await page.click('#sens-run');
      await page.waitForSelector('#sens-results[data-stale="false"]', { timeout: 60_000 });
      expect(new Set(await disabled(page, '#sens-results button'))).toEqual(new Set([false]));
    });

    it('the status follows the scenario: "Not started" goes once the value is fixed', async () => {
      await setControl(page, 'years', '99');
      await page.click('#run');
      await page.waitForSelector('body[data-run-state="error"]');
      expect(await page.textContent('#status')).toMatch(/^Not started: the scenario is invalid/);
      await setControl(page, 'years', '1');
      await page.waitForSelector('body[data-run-state="done"]');
      expect(await page.textContent('#status')).not.toMatch(/Not started/);
      expect(errors).toEqual([]);
    });
  });
}
