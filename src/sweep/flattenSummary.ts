/**
 * A run's summary as flat metric columns: every number (and every boolean,
 * as 0 or 1) under its dotted path, e.g. `outcomes.byKind.acute.deficit`.
 * Arrays (such as the per-year breakdown, whose length depends on the years
 * run) and text are left out, so fields added to the summary become columns
 * with no change here.
 */
export function flattenSummary(summary: unknown, prefix = '', out: Record<string, number> = {}): Record<string, number> {
  if (typeof summary !== 'object' || summary === null || Array.isArray(summary)) return out;
  for (const [key, value] of Object.entries(summary)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'number') out[name] = value;
    else if (typeof value === 'boolean') out[name] = value ? 1 : 0;
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) flattenSummary(value, name, out);
  }
  return out;
}
