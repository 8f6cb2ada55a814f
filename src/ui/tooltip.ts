/**
 * Tooltips for charts: hovering or focusing a mark shows its `<title>` text
 * in a styled box near the pointer (charts stay pure; this is page-only).
 */
export function installTooltip(doc: Document): void {
  const tip = doc.createElement('div');
  tip.className = 'tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  doc.body.append(tip);
  const titleOf = (t: EventTarget | null): string | null => {
    if (!(t instanceof Element) || !t.closest('svg.chart')) return null;
    const title = t.querySelector(':scope > title');
    return t.tagName.toLowerCase() === 'svg' ? null : (title?.textContent ?? null);
  };
  doc.addEventListener('pointerover', (e) => {
    const text = titleOf(e.target);
    if (!text) {
      tip.hidden = true;
      return;
    }
    tip.textContent = text;
    tip.hidden = false;
  });
  doc.addEventListener('pointermove', (e) => {
    if (tip.hidden) return;
    tip.style.left = `${e.clientX + 12}px`;
    tip.style.top = `${e.clientY + 12}px`;
  });
  doc.addEventListener('pointerout', (e) => {
    if (titleOf(e.target)) tip.hidden = true;
  });
}
