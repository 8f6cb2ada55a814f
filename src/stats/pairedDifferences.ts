/**
 * Paired differences of an option from a baseline option: each run of the
 * option is matched with the baseline's run of the same design point and
 * replication (the pair shares its random numbers), and the differences are
 * described by their mean and t-based 95% interval. Pure, so `icsim
 * summarise` and the page's comparison compute the very same numbers.
 */
import { describe, type Description } from './describe.ts';

/**
 * Describes the differences `value - baseline(key)` over the option's runs,
 * in the order given, skipping pairs where either value is missing or NaN.
 * @param option the option's runs as [pair key, value]
 * @param baseline the baseline's value for a pair key, or undefined when it has none
 */
export function pairedDifferences<K>(option: Iterable<readonly [K, number]>, baseline: (key: K) => number | undefined): Description {
  const d: number[] = [];
  for (const [key, value] of option) {
    const b = baseline(key);
    if (b !== undefined && !Number.isNaN(value) && !Number.isNaN(b)) d.push(value - b);
  }
  return describe(d);
}
