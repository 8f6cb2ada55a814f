/**
 * A simulation worker that crashes mid-run: the page says so clearly, keeps
 * working, and the next run starts cleanly in a fresh worker. The crash is
 * a real uncaught error thrown inside the page's simulation worker (through
 * Playwright's handle on the worker), so the app carries no test-only code.
 */
import type { Page, Worker } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/page.ts';

const baseURL = inject('baseURL');
const chromium = useChromium();

/** The page's simulation worker (not a comparison pool worker). */
async function simWorker(page: Page): Promise<Worker> {
  for (let i = 0; i < 100; i++) {
    const w = page.workers().find((x) => x.url().includes('sim.worker'));
    if (w) return w;
    await page.waitForTimeout(50);
  }
  throw new Error('the page has no simulation worker');
}

describe('a crashed simulation worker', () => {
  it('shows a clear message, and the next run starts cleanly', async () => {
    const page = await chromium().newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(baseURL);
    await page.bringToFront();
    await page.waitForSelector('body[data-runs="1"][data-run-state="done"]', { timeout: 30_000 });

    // A slow run, crashed while it is running.
    await page.selectOption('#speed', { index: 0 });
    await page.click('#run');
    await page.waitForSelector('body[data-runs="2"][data-run-state="running"]');
    const crashed = await simWorker(page);
    await crashed.evaluate(() => {
      setTimeout(() => {
        throw new Error('simulated crash for the test');
      });
    });
    await page.waitForSelector('#error:not([hidden])');
    const message = await page.textContent('#error-text');
    expect(message).toMatch(/simulation worker stopped unexpectedly/);
    expect(message).toContain('simulated crash for the test');
    expect(message).toMatch(/Run again/);
    expect(await page.getAttribute('body', 'data-run-state')).toBe('error');
    expect(await page.textContent('#status')).toMatch(/Stopped with an error/);
    // The run stopped where it was: no more months arrive.
    const month = await page.getAttribute('body', 'data-month');
    await page.waitForTimeout(700);
    expect(await page.getAttribute('body', 'data-month')).toBe(month);
    // The page still works: the run controls are usable.
    expect(await page.isEnabled('#run')).toBe(true);

    // The next run starts cleanly, in a new worker, and fills the charts.
    await page.selectOption('#speed', { index: 3 });
    await page.click('#run');
    await page.waitForSelector('body[data-runs="3"][data-run-state="done"]', { timeout: 30_000 });
    expect(await page.isHidden('#error')).toBe(true);
    expect(await page.textContent('#status')).toMatch(/Finished: 60 months/);
    expect(await page.locator('#chart-flows g.hover rect').count()).toBe(60);
    expect(await page.locator('#summary-table tbody tr').count()).toBeGreaterThan(5);
    const fresh = await simWorker(page);
    expect(fresh).not.toBe(crashed);
    expect(errors).toEqual([]);
    await page.close();
  });
});
