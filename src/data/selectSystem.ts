/**
 * One system of a scenario on its own: `icsim run MODEL --system NAME|CODE`
 * and the page's "your ICB". A generated England is expanded first (with the
 * run's seed), so its systems can be chosen too.
 */
import { distance } from 'fastest-levenshtein';
import { systemSpecs, type Scenario, type SystemSpec } from '../engine/index.ts';

/** No system answers to the name: the message lists the closest. */
export class SystemNotFoundError extends Error {
  override name = 'SystemNotFoundError';
  constructor(
    readonly query: string,
    readonly closest: readonly string[],
  ) {
    super(`no system "${query}"${closest.length ? `; the closest: ${closest.join('; ')}` : ''}`);
  }
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/^nhs\s+/, '')
    .replace(/\s+(icb|integrated care board)$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Edits from the query to its best match within the text (a window of the query's length), then to the whole text. */
function closeness(q: string, text: string): [number, number] {
  let part = distance(q, text);
  for (let i = 0; i + q.length <= text.length; i++) part = Math.min(part, distance(q, text.slice(i, i + q.length)));
  return [part, distance(q, text)];
}

/** How a system is listed in messages: `Lancashire and South Cumbria (QE1)`. */
export const systemLabel = (s: Pick<SystemSpec, 'id' | 'name'>) => (s.name && s.name !== s.id ? `${s.name} (${s.id})` : s.id);

/**
 * Finds a system by its id or name, ignoring case and a leading "NHS" or a
 * trailing "ICB"; failing that, the one system whose name holds every word of
 * the query.
 * @throws SystemNotFoundError listing up to five closest systems when none, or more than one, fits
 */
export function findSystem(systems: readonly SystemSpec[], query: string): SystemSpec {
  const q = norm(query);
  const exact = systems.find((s) => norm(s.id) === q || norm(s.name ?? '') === q);
  if (exact) return exact;
  const words = q.split(' ').filter(Boolean);
  const holding = systems.filter((s) => words.length > 0 && words.every((w) => norm(s.name ?? s.id).includes(w)));
  if (holding.length === 1) return holding[0]!;
  const ranked = (holding.length > 1 ? holding : systems)
    .map((s) => {
      const [a, b] = [closeness(q, norm(s.id)), closeness(q, norm(s.name ?? s.id))];
      return { s, d: a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]) ? a : b };
    })
    .sort((a, b) => a.d[0] - b.d[0] || a.d[1] - b.d[1] || (a.s.name ?? a.s.id).localeCompare(b.s.name ?? b.s.id));
  throw new SystemNotFoundError(query, ranked.slice(0, holding.length > 1 ? holding.length : 5).map((r) => systemLabel(r.s)));
}

/**
 * The scenario with only the named system (its other fields unchanged).
 * @param seed the run's seed: a generated scenario's systems depend on it
 */
export function selectSystem(scenario: Scenario, query: string, seed: string | number = scenario.seed): Scenario {
  const system = findSystem(systemSpecs(scenario, seed), query);
  const { generate: _generated, ...rest } = scenario;
  return { ...rest, systems: [system] };
}
