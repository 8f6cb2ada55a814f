/**
 * What the browser test files share: Chromium for the length of a file,
 * the two viewports the page is checked at, opening a page that collects
 * its uncaught errors, and waiting for a run to finish.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.ts';

/** A desktop and a phone viewport (CSS pixels). */
export const VIEWPORTS = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;
export type ViewportName = keyof typeof VIEWPORTS;

/**
 * Launches headless Chromium before the file's tests and closes it after
 * them. Call it at the top of a file, before the file's own hooks (vitest
 * runs beforeAll hooks in the order they are declared); the returned function
 * gives the browser context inside hooks and tests.
 */
export function useChromium(): () => BrowserContext {
  let browser: Awaited<ReturnType<typeof launch>> | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running: call useChromium() at the top of the test file');
    return browser.context;
  };
}

/** Opens `url` in a new page (at a named viewport, if given) and collects its uncaught errors. */
export async function openPage(context: BrowserContext, url: string, viewport?: ViewportName): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(VIEWPORTS[viewport]);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors };
}

/** Waits until run number `n` of the page has finished. */
export async function runFinished(page: Page, n: number): Promise<void> {
  // Background tabs have their timers throttled: keep the page under test in front.
  await page.bringToFront();
  await page.waitForSelector(`body[data-runs="${n}"][data-run-state="done"]`, { timeout: 30_000 });
}
