/**
 * The page's own markup (index.html) as a DOM in Node (linkedom), for
 * rendering a panel from a given state in a unit test. `h()` in
 * src/ui/dom.ts builds elements with the global `document`, so the
 * document is made global for the length of each test (a new one each).
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { afterAll, beforeEach } from 'vitest';

/** Parses index.html afresh before each of the file's tests and makes its document (and a do-nothing ResizeObserver) global; returns a getter for it. */
export function usePageDocument(): () => Document {
  let doc: Document | undefined;
  const g = globalThis as Record<string, unknown>;
  const names = ['document', 'ResizeObserver', 'HTMLElement', 'HTMLInputElement', 'HTMLSelectElement', 'HTMLTextAreaElement', 'HTMLButtonElement'];
  const saved = Object.fromEntries(names.map((n) => [n, g[n]]));
  beforeEach(() => {
    const { document } = parseHTML(readFileSync(new URL('../../index.html', import.meta.url), 'utf8'));
    doc = document as unknown as Document;
    g.document = doc;
    // linkedom reads a select's value from its selected option but cannot set it: set it as a browser does.
    const select = Object.getPrototypeOf(document.createElement('select')) as object;
    const getter = Object.getOwnPropertyDescriptor(select, 'value')?.get;
    Object.defineProperty(select, 'value', {
      configurable: true,
      get: getter,
      set(this: HTMLSelectElement, v: string) {
        for (const o of [...this.querySelectorAll('option')]) {
          if (o.value === v) o.setAttribute('selected', '');
          else o.removeAttribute('selected');
        }
      },
    });
    // Classes the page's modules test elements against.
    const parsed = document.defaultView as unknown as Record<string, unknown>;
    for (const name of ['HTMLElement', 'HTMLInputElement', 'HTMLSelectElement', 'HTMLTextAreaElement', 'HTMLButtonElement']) g[name] = parsed[name];
    // Chart panels watch their width; in Node nothing resizes.
    g.ResizeObserver = class {
      observe(): void {}
      disconnect(): void {}
    };
  });
  afterAll(() => {
    for (const n of names) g[n] = saved[n];
  });
  return () => {
    if (!doc) throw new Error('the page document is made in beforeAll: call usePageDocument() at the top of the file');
    return doc;
  };
}
