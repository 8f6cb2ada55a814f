/** A DOM container for drawing charts in Node (linkedom), detached from any page. */
import { parseHTML } from 'linkedom';

/** A fresh `<div>` in a fresh linkedom document. */
export function svgContainer(): Element {
  const { document } = parseHTML('<!doctype html><html><body><div id="figure"></div></body></html>');
  return document.getElementById('figure') as unknown as Element;
}
