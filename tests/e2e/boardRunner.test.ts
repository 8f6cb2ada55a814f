/**
 * Issue 15 in Chromium, at a desktop (1440x900) and a phone (390x844)
 * viewport: invalid settings are shown beside their control and at the top,
 * shown results go stale when the settings change, a bad file never replaces
 * the scenario, Reset and empty charts behave, and charts fill their panels
 * with nothing clipped and no text under 11 px.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, runFinished, useChromium, VIEWPORTS, type ViewportName } from './support/page.ts';
import { chartFit } from './support/chartFit.ts';

const baseURL = inject('baseURL');
const chromium = useChromium();

const open = (viewport: ViewportName, url = baseURL) => openPage(chromium(), url, viewport);
const finished = runFinished;

async function setControl(page: Page, path: string, value: string): Promise<void> {
  const input = page.locator(`[data-path="${path}"]`);
  await input.fill(value);
  await input.press('Tab');
}

for (const viewport of ['desktop', 'phone'] as const) {
  describe(`stale and invalid settings (${viewport})`, () => {
    let page: Page;
    let errors: string[];
    beforeAll(async () => {
      ({ page, errors } = await open(viewport));
      await finished(page, 1);
    });
    afterAll(async () => {
      await page?.close();
    });

    it('the first results match the settings: no banner, Run says it runs again', async () => {
      expect(await page.getAttribute('body', 'data-stale')).toBe('false');
      expect(await page.isHidden('#stale-banner')).toBe(true);
      expect(await page.isHidden('#error-summary')).toBe(true);
      expect(await page.textContent('#run')).toBe('Run again');
    });

    it('an out-of-range control shows its message beside it, in the summary at the top, and marks the results stale', async () => {
      await setControl(page, 'years', '99');
      await page.waitForSelector('#ctl-years-error:not([hidden])');
      expect(await page.textContent('#ctl-years-error')).toMatch(/50/);
      expect(await page.getAttribute('[data-path="years"]', 'aria-invalid')).toBe('true');
      await setControl(page, 'governance.devolution.share', '1.7');
      await page.waitForSelector('#ctl-governance-devolution-share-error:not([hidden])');
      expect(await page.textContent('#ctl-governance-devolution-share-error')).toMatch(/1/);
      // The summary at the top names both, each linking to its control.
      expect(await page.isVisible('#error-summary')).toBe(true);
      const links = await page.locator('#error-summary a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
      expect(links).toEqual(expect.arrayContaining([['Years to simulate', '#ctl-years'], [expect.stringMatching(/share/i), '#ctl-governance-devolution-share']]));
      const top = await page.locator('#error-summary').boundingBox();
      expect(top!.y).toBeLessThan(300);
      // The results shown are greyed, with a banner, and Run says it cannot run yet.
      expect(await page.getAttribute('body', 'data-stale')).toBe('true');
      expect(await page.isVisible('#stale-banner')).toBe(true);
      expect(await page.locator('#charts').evaluate((el) => Number(getComputedStyle(el).opacity))).toBeLessThan(1);
      expect(await page.textContent('#run')).toMatch(/fix the scenario/);
    });

    it('fixing the values clears the messages; the results stay stale until run, then match', async () => {
      await setControl(page, 'years', '2');
      await setControl(page, 'governance.devolution.share', '0.5');
      await page.waitForSelector('#error-summary[hidden]', { state: 'attached' });
      expect(await page.isHidden('#ctl-years-error')).toBe(true);
      expect(await page.getAttribute('body', 'data-stale')).toBe('true');
      expect(await page.textContent('#run')).toBe('Run the changed scenario');
      await page.selectOption('#speed', { index: 3 });
      await page.click('#run');
      await finished(page, 2);
      expect(await page.getAttribute('body', 'data-stale')).toBe('false');
      expect(await page.isHidden('#stale-banner')).toBe(true);
      expect(errors).toEqual([]);
    });

    it('draws every chart at its panel\u2019s width, with no text clipped or under 11 px', async () => {
      await page.waitForSelector('#chart-outcomes svg');
      const fit = await chartFit(page);
      expect(fit.charts).toBeGreaterThanOrEqual(4);
      expect(fit.problems).toEqual([]);
    });

    it('redraws the charts at the new width when the window is resized', async () => {
      const narrower = viewport === 'desktop' ? { width: 1000, height: 900 } : { width: 360, height: 740 };
      await page.setViewportSize(narrower);
      // Every chart shown is redrawn (one per frame, after the resize settles) at its panel's new width.
      await page.waitForFunction(() =>
        [...document.querySelectorAll<HTMLElement>('#results .chart-host')]
          .filter((host) => host.offsetParent !== null && host.querySelector('svg'))
          .every((host) => Math.abs(Number(host.querySelector('svg')!.getAttribute('width')) - host.clientWidth) < 2),
      );
      expect((await chartFit(page)).problems).toEqual([]);
      await page.setViewportSize(VIEWPORTS[viewport]);
    });
  });
}

describe('files, banners and Reset', () => {
  it('a bad file never replaces the scenario, and its message goes at the next edit', async () => {
    const { page, errors } = await open('desktop');
    await finished(page, 1);
    const before = await page.inputValue('#scenario-json');
    await page.setInputFiles('#load-file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"years": "ten"}') });
    await page.waitForSelector('#error:not([hidden])');
    expect(await page.textContent('#error-text')).toMatch(/bad\.json.*kept/);
    expect(await page.inputValue('#scenario-json')).toBe(before);
    expect(await page.getAttribute('body', 'data-stale')).toBe('false');
    // The message goes once the user moves on (here, an edit of the JSON).
    await page.fill('#scenario-json', before.replace('"years": 5', '"years": 3'));
    await page.waitForSelector('#error[hidden]', { state: 'attached' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an invalid-scenario banner clears when the JSON is fixed', async () => {
    const { page } = await open('desktop');
    await finished(page, 1);
    const good = await page.inputValue('#scenario-json');
    await page.fill('#scenario-json', good.replace('"years": 5', '"years": -1'));
    await page.waitForSelector('#issues .issue-path');
    await page.click('#run');
    await page.waitForSelector('#error:not([hidden])');
    await page.fill('#scenario-json', good);
    await page.waitForSelector('#error[hidden]', { state: 'attached' });
    expect(await page.getAttribute('body', 'data-stale')).toBe('false');
    await page.close();
  });

  it('after Reset the Run button says Run, and the empty chart shows no made-up axis', async () => {
    const { page } = await open('desktop');
    await finished(page, 1);
    await page.selectOption('#speed', { index: 0 });
    await page.click('#run');
    await page.waitForSelector('body[data-runs="2"][data-run-state="running"]');
    await page.click('#pause');
    await page.waitForSelector('body[data-run-state="paused"]');
    expect(await page.textContent('#run')).toBe('Resume');
    await page.click('#reset');
    await page.waitForSelector('body[data-runs="3"][data-run-state="paused"]');
    expect(await page.textContent('#run')).toBe('Run');
    await page.waitForFunction(() => document.querySelector('#chart-flows .empty') !== null);
    const ticks = await page.locator('#chart-flows .axis-y .tick text').allTextContents();
    expect(new Set(ticks).size).toBe(ticks.length);
    await page.close();
  });
});
