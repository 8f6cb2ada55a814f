/**
 * Issue 24 item 8: a link whose scenario cannot be run (a model that is not
 * bundled, a scenario that is not JSON, a scenario that cannot be decoded)
 * ends in `data-run-state="error"` with the message beside it, at desktop
 * and phone sizes, so nothing waiting for `done` or `error` hangs; fixing the
 * input lets the status follow.
 */
import { describe, expect, inject, it } from 'vitest';
import { openPage, useChromium, VIEWPORTS, type ViewportName } from './support/page.ts';

const baseURL = inject('baseURL');
const chromium = useChromium();
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

const cases: Array<[name: string, query: string, message: RegExp]> = [
  ['a model that is not bundled', '?model=no-such-model', /no-such-model.*not bundled/],
  ['a scenario that is not JSON', `?scenario=${b64('{ "name": "half')}`, /invalid|JSON|parse/i],
  ['a scenario that cannot be decoded', '?scenario=%%%', /link.*cannot be read/],
];

for (const viewport of Object.keys(VIEWPORTS) as ViewportName[]) {
  describe(`a link that cannot run (${viewport})`, () => {
    for (const [name, query, message] of cases) {
      it(`${name}: run state error, with the message`, async () => {
        const { page, errors } = await openPage(chromium(), `${baseURL}${query}`, viewport);
        await page.waitForSelector('body[data-run-state="error"]', { timeout: 30_000 });
        expect(await page.isVisible('#error')).toBe(true);
        expect(await page.textContent('#error-text')).toMatch(message);
        expect(await page.textContent('#status')).toMatch(/^Not started: /);
        // No run was made.
        expect(await page.getAttribute('body', 'data-runs')).toBeNull();
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  });
}

describe('the status follows the scenario once the problem is fixed', () => {
  it('a link to a missing model: dismissing the message leaves the page ready, and Run runs the default', async () => {
    const { page, errors } = await openPage(chromium(), `${baseURL}?model=no-such-model`, 'desktop');
    await page.waitForSelector('body[data-run-state="error"]');
    await page.click('#error-dismiss');
    await page.waitForSelector('body[data-run-state="idle"]');
    expect(await page.textContent('#status')).toBe('Ready.');
    await page.click('#run');
    await page.waitForSelector('body[data-runs="1"][data-run-state="done"]', { timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
