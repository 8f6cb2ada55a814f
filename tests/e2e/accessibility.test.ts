/**
 * Issue 24 items 5 and 6 in Chromium at 1440x900 and 390x844: with every
 * panel open, after a run, a comparison and a sensitivity screen, axe-core
 * 4 (WCAG 2.1 A and AA, and best practice) finds no violation; on a phone
 * the page never scrolls sideways and its figures fit; every region that
 * scrolls is reachable from the keyboard, named, and says that it scrolls.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { chartFit } from './support/chartFit.ts';
import { openPage, runFinished, useChromium, VIEWPORTS, type ViewportName } from './support/page.ts';

const baseURL = inject('baseURL');
const chromium = useChromium();

/** Opens every disclosure on the page. */
async function openAll(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
}

/** Elements that scroll sideways or up and down and are not reachable or not named, and any sideways page scroll. */
async function scrollProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth) {
      // Name the widest culprits.
      const wide = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 1 && el.offsetParent !== null);
      const outer = wide.filter((el) => !wide.includes(el.parentElement!)).slice(0, 5);
      out.push(`the page is ${doc.scrollWidth} px wide in a ${doc.clientWidth} px window: ${outer.map((el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className}`).join(', ')}`);
    }
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.offsetParent === null || ['TEXTAREA', 'SELECT'].includes(el.tagName)) continue;
      const st = getComputedStyle(el);
      const scrolls = (/(auto|scroll)/.test(st.overflowX) && el.scrollWidth > el.clientWidth + 1) || (/(auto|scroll)/.test(st.overflowY) && el.scrollHeight > el.clientHeight + 1);
      if (!scrolls) continue;
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className} (${el.firstElementChild?.id ?? ''})`;
      if (el.tabIndex < 0) out.push(`${name} scrolls but cannot be reached from the keyboard`);
      if (el.getAttribute('role') !== 'region' || !el.getAttribute('aria-label')) out.push(`${name} scrolls but is not a named region`);
      if (!el.classList.contains('scroll-cue')) out.push(`${name} scrolls with no cue`);
    }
    return out;
  });
}

/** Axis titles that overlap a legend entry, in every chart shown. */
async function titleOverLegend(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll('svg.chart')) {
      const legend = [...svg.querySelectorAll('.legend text')].map((t) => t.getBoundingClientRect());
      for (const label of svg.querySelectorAll('.axis-label')) {
        const a = label.getBoundingClientRect();
        if (!a.width) continue;
        if (legend.some((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)) out.push(`${svg.id || svg.closest('[id]')?.id}: "${label.textContent}" overlaps the legend`);
      }
    }
    return out;
  });
}

for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
  describe(`accessibility and layout (${viewport})`, () => {
    let page: Page;
    let errors: string[];
    beforeAll(async () => {
      ({ page, errors } = await openPage(chromium(), `${baseURL}?model=cumbria&set=years%3D2`, viewport));
      await runFinished(page, 1);
      await page.waitForSelector('#decision-table');
      await page.waitForSelector('#sens-run');
    });
    afterAll(async () => {
      await page?.close();
    });

    it('after a run, with every panel open: no axe violation, no sideways scroll, scrolling regions reachable', async () => {
      await openAll(page);
      expect(await scrollProblems(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(await titleOverLegend(page)).toEqual([]);
      const fit = await chartFit(page, '#results .chart-host');
      expect(fit.charts).toBeGreaterThanOrEqual(4);
      expect(fit.problems).toEqual([]);
    });

    it('after a comparison: the same', async () => {
      await page.selectOption('#compare-path', 'governance.devolution.share');
      await page.fill('#compare-value', '0.2');
      await page.fill('#compare-n', '2');
      await page.click('#compare-run');
      await page.waitForSelector('#compare-table', { timeout: 60_000 });
      await page.waitForSelector('#compare-run:not([disabled])');
      await openAll(page);
      expect(await scrollProblems(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      const fit = await chartFit(page, '#compare .chart-host');
      expect(fit.problems).toEqual([]);
    });

    it('after a sensitivity screen: the same', async () => {
      await page.evaluate(() => {
        (document.querySelector('#sens-count')!.parentElement as HTMLDetailsElement).open = true;
      });
      await page.click('#sens-none');
      await page.check('#sens-params input[value="governance.recognition.gp"]');
      await page.check('#sens-params input[value="governance.recognition.trust"]');
      await page.fill('#sens-trajectories', '2');
      await page.click('#sens-run');
      await page.waitForSelector('#sensitivity[data-state="done"]', { timeout: 60_000 });
      await openAll(page);
      expect(await scrollProblems(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
}
