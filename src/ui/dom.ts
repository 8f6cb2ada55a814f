/** Tiny DOM helpers for the page (no framework). */

type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/**
 * Creates an element: `h('button', {type: 'button', onclick: f}, 'Run')`.
 * Attributes starting with `on` become listeners; `false`/null/undefined are skipped.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Array<Node | string | null | undefined | false>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/** The element with this id, or an error naming it. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`page element #${id} is missing`);
  return el as T;
}

/**
 * Sets an element's text only when it differs: a render may run at every
 * month's batch of a run, and rewriting the same text still invalidates the
 * page's layout.
 */
export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

/** Removes every child. */
export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Formats a number for tables. */
export function fmtNumber(v: unknown, digits = 2): string {
  if (typeof v !== 'number' || !Number.isFinite(v)) return v === undefined || v === null ? '' : String(v);
  if (Number.isInteger(v)) return groupDigits(v);
  return groupDigits(v, Math.abs(v) < 1 ? 4 : digits);
}

/** A non-negative finite number as plain decimal digits (no exponent), shortest round-trip form. */
function plainDigits(x: number): string {
  const s = String(x);
  const e = s.indexOf('e');
  if (e < 0) return s;
  const exp = Number(s.slice(e + 1));
  const [a = '', b = ''] = s.slice(0, e).split('.');
  const digits = a + b;
  const point = a.length + exp;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * A number as `toLocaleString('en-GB', {maximumFractionDigits})` writes it
 * (thousands separated by commas, rounded half away from zero, trailing
 * zeros dropped), without Intl: the first Intl formatter a page creates
 * loads locale data in a long task.
 */
export function groupDigits(v: number, maximumFractionDigits = 3): string {
  if (!Number.isFinite(v)) return String(v);
  const [int = '0', frac = ''] = plainDigits(Math.abs(v)).split('.');
  let digits = int + frac.slice(0, maximumFractionDigits).padEnd(maximumFractionDigits, '0');
  if ((frac[maximumFractionDigits] ?? '0') >= '5') {
    // Round the decimal digits up, carrying.
    const d = digits.split('');
    let i = d.length - 1;
    for (; i >= 0; i--) {
      if (d[i] === '9') d[i] = '0';
      else {
        d[i] = String(Number(d[i]) + 1);
        break;
      }
    }
    digits = (i < 0 ? '1' : '') + d.join('');
  }
  const intPart = digits.slice(0, digits.length - maximumFractionDigits).replace(/^0+(?=\d)/, '') || '0';
  const fracPart = digits.slice(digits.length - maximumFractionDigits).replace(/0+$/, '');
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  return `${sign}${intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fracPart ? `.${fracPart}` : ''}`;
}

/** Resolves after `ms` milliseconds. */
export function delay(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * Calls `fn` once the page is idle (no frame or task waiting), or after
 * `timeoutMs` at the latest; a timer where the browser has no idle callbacks.
 */
export function whenIdle(fn: () => void, timeoutMs = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout: timeoutMs });
  else setTimeout(fn, 50);
}

/** Lets the page handle pending events (a macrotask that background tabs do not throttle, unlike timers). */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/**
 * A box that scrolls its content (a wide or long table) inside the page
 * rather than the page sideways: reachable from the keyboard (tabindex 0),
 * a named region (the table's caption, unless `label` is given), and drawn
 * with shadows at the edges that have more to see (the scroll cue).
 */
export function scrollRegion(content: HTMLElement, label?: string): HTMLDivElement {
  const caption = label ?? content.querySelector('caption')?.textContent ?? content.getAttribute('aria-label') ?? 'Table';
  return h('div', { class: 'table-scroll scroll-cue', tabindex: '0', role: 'region', 'aria-label': `${caption} (scrolls)` }, content);
}

/**
 * Makes every `.table-scroll` box under `root` a scroll region as
 * {@link scrollRegion} does (boxes built elsewhere with the class alone).
 */
export function upgradeScrollRegions(root: ParentNode): void {
  const boxes = root instanceof HTMLElement && root.classList.contains('table-scroll') ? [root] : [];
  for (const box of [...boxes, ...root.querySelectorAll<HTMLElement>('.table-scroll')]) {
    if (box.getAttribute('role') === 'region') continue;
    const caption = box.querySelector('caption')?.textContent ?? box.closest('details')?.querySelector('summary')?.textContent ?? 'Table';
    box.classList.add('scroll-cue');
    box.tabIndex = 0;
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', `${caption} (scrolls)`);
  }
}
