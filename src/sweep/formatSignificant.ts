/** Numbers as the discovery and robustness tables print them: three significant digits, thousands grouped (en-GB). */
const three = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 3 });

/** `v` to three significant digits, e.g. 2,600, 0.0206, -125,000,000; a dash when not finite. */
export function formatSignificant(v: number): string {
  return Number.isFinite(v) ? three.format(v) : '\u2013';
}
