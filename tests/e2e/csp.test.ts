/**
 * Issue 24 item 10 in Chromium: the built page carries a
 * Content-Security-Policy (as a meta element, and as a header from the
 * preview server, which also covers the workers) with no inline script, and
 * the page and its workers run a simulation, a comparison and a PNG export
 * under it with no `securitypolicyviolation`.
 */
import { describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/ui/contentSecurityPolicy.ts';
import { runFinished, useChromium, VIEWPORTS } from './support/page.ts';

const baseURL = inject('baseURL');
const chromium = useChromium();

describe('the Content-Security-Policy', () => {
  it('is served and written into the page, forbids inline script, and nothing the page does violates it', async () => {
    const page = await chromium().newPage();
    await page.setViewportSize(VIEWPORTS.desktop);
    // Added through the DevTools protocol, so the policy does not apply to this listener itself.
    await page.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`));
    });
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    const workerHeaders: Array<string | undefined> = [];
    page.on('response', (r) => {
      if (/worker/.test(r.url()) && r.request().resourceType() !== 'document') workerHeaders.push(r.headers()['content-security-policy']);
    });
    const response = await page.goto(baseURL);
    expect(response!.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
    // Every script is a file: none is inline.
    expect(await page.locator('script:not([src])').count()).toBe(0);

    await runFinished(page, 1);
    // A PNG download draws the chart through a blob: image.
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#chart-outcomes [data-export="png"]')]);
    expect(await dl.path()).toBeTruthy();
    // A comparison runs a pool of workers.
    await page.waitForSelector('#compare-path option', { state: 'attached' });
    await page.selectOption('#compare-path', 'governance.devolution.share');
    await page.fill('#compare-value', '0.2');
    await page.fill('#compare-n', '2');
    await page.click('#compare-run');
    await page.waitForSelector('#compare-table', { timeout: 60_000 });

    expect(workerHeaders.length).toBeGreaterThan(0);
    for (const h of workerHeaders) expect(h).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    await page.close();
  });
});
