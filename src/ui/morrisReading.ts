/**
 * Words for a board reader beside the page's Morris chart: what mu* and
 * sigma mean, and which parameters drive the metric screened.
 */
import type { MorrisRow } from './morrisScreen.ts';

/** What the two measures mean, in plain words (Morris 1991; Campolongo et al. 2007). */
export const MORRIS_MEANING =
  'mu* is how much the result changes, on average and whatever the direction, when one parameter moves across its plausible range with the others held where they are. ' +
  'sigma is how much that change itself differs from one setting of the other parameters to another: a sigma as large as mu* or larger means the parameter matters through its interactions or unevenly over its range.';

/** "a", "a and b", "a, b and c". */
const listOf = (items: readonly string[]) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/**
 * One to three sentences naming the parameters that drive the metric.
 * @param rows the screen's rows, largest mu* first
 * @param name the metric's name for a sentence, e.g. "GP influence"
 * @param fmt formats a value of mu* in the metric's display units
 */
export function morrisReading(rows: readonly MorrisRow[], name: string, fmt: (v: number) => string): string {
  const top = rows[0];
  if (!top || !(top.muStar > 0)) return `No parameter changed ${name} in these runs: at this size the screen finds nothing that drives it.`;
  const lead = rows.slice(0, Math.min(3, rows.length)).filter((r) => r.muStar > 0);
  const named = (r: MorrisRow) => `${r.path} (mu* ${fmt(r.muStar)} \u00b1 ${fmt(r.muStarConf)})`;
  const out = [`${name} turns most on ${listOf(lead.map(named))}.`];
  // Whether the first can be told apart from the second at this size: their intervals do not overlap.
  const second = rows[1];
  if (second && second.muStar > 0) {
    const apart = top.muStar - top.muStarConf > second.muStar + second.muStarConf;
    out.push(apart ? `${top.path} stands clear of the rest: its interval lies above the next one's.` : `The intervals of the first two overlap, so this screen cannot rank them; more trajectories would.`);
  }
  const interacting = lead.filter((r) => Number.isFinite(r.sigma) && r.sigma >= r.muStar).map((r) => r.path);
  if (interacting.length) out.push(`${listOf(interacting)} act${interacting.length === 1 ? 's' : ''} mostly through interactions or unevenly (sigma at least mu*).`);
  const small = rows.filter((r) => r.muStar < top.muStar / 10).length;
  if (small) out.push(`${small} of the ${rows.length} parameters moved it by less than a tenth of the largest effect.`);
  return out.join(' ');
}
