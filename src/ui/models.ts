/**
 * The scenarios in `models/`, bundled with the page: the default eagerly (so
 * the first run needs no request), the others on demand.
 */
const eager = import.meta.glob('../../models/default.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
// Held-out test years (models/heldout/, docs/CALIBRATION.md) are listed by their folder: heldout/england-2015-16.
const lazy = import.meta.glob(['../../models/*.json', '../../models/heldout/*.json', '!../../models/default.json', '!../../models/*.schema.json'], {
  query: '?raw',
  import: 'default',
}) as Record<string, () => Promise<string>>;

/** A model's name: its path under models/, without `.json` (`default`, `heldout/england-2015-16`). */
const nameOf = (path: string) => path.replace(/^.*\/models\//, '').replace(/\.json$/, '');

/** Name of the scenario loaded when the page opens. */
export const DEFAULT_MODEL = 'default';

/** Names of the bundled scenarios, the default first. */
export function listModels(): string[] {
  const names = [...Object.keys(eager), ...Object.keys(lazy)].map(nameOf);
  // Plain code-point order (names are ASCII): localeCompare would load the collator on the page's critical path.
  return [...new Set(names)].sort((a, b) => (a === DEFAULT_MODEL ? -1 : b === DEFAULT_MODEL ? 1 : a < b ? -1 : a > b ? 1 : 0));
}

/** The text of a bundled scenario. */
export async function loadModelText(name: string): Promise<string> {
  for (const [path, text] of Object.entries(eager)) if (nameOf(path) === name) return text;
  for (const [path, load] of Object.entries(lazy)) if (nameOf(path) === name) return load();
  throw new Error(`there is no bundled scenario named "${name}" (available: ${listModels().join(', ')})`);
}
