/**
 * Checks, in the page, that every chart shown is drawn at its panel's width,
 * that none of its text lies outside the picture (clipped), and that no text
 * renders under 11 px. Returns the number of charts checked and a readable
 * list of problems (empty when all is well).
 */
import type { Page } from 'playwright-core';

export async function chartFit(page: Page, selector = '.chart-host'): Promise<{ charts: number; problems: string[] }> {
  return page.evaluate((sel) => {
    const problems: string[] = [];
    let charts = 0;
    for (const host of document.querySelectorAll<HTMLElement>(sel)) {
      const svg = host.querySelector('svg');
      if (!svg || host.offsetParent === null) continue;
      charts++;
      const box = svg.getBoundingClientRect();
      const name = host.id;
      if (box.width < host.clientWidth - 1) problems.push(`${name}: chart ${Math.round(box.width)} px wide in a ${host.clientWidth} px panel`);
      const viewWidth = svg.viewBox.baseVal?.width || box.width;
      const scale = box.width / viewWidth;
      for (const t of svg.querySelectorAll('text')) {
        const style = getComputedStyle(t);
        if (style.visibility === 'hidden' || style.display === 'none' || !(t.textContent ?? '').trim()) continue;
        const r = t.getBoundingClientRect();
        if (r.width === 0) continue;
        if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
          problems.push(`${name}: "${t.textContent}" is clipped (${Math.round(r.left - box.left)}..${Math.round(r.right - box.left)} of ${Math.round(box.width)} px)`);
        }
        const px = parseFloat(style.fontSize) * scale;
        if (px < 10.95) problems.push(`${name}: "${t.textContent}" is ${px.toFixed(1)} px`);
      }
    }
    return { charts, problems: problems.slice(0, 40) };
  }, selector);
}
