/**
 * Consensus: the asymmetric Nash bargaining solution among the present
 * members (Nash 1950; Kalai 1977), bargaining weights = recognition weights.
 * With needs given, members bargain from the needs over the allocations that
 * cover every need (consensus in the shadow of need, docs/ODD.md §7.12); it fails
 * when the envelope cannot cover them, or when no allocation gives every
 * present member its disagreement payoff.
 */
import { nashBargaining, utilitiesAt } from '../nashBargaining.ts';
import type { DecisionRuleFn } from './ruleContext.ts';

/** The consensus rule. */
export const consensusRule: DecisionRuleFn = (ctx, record) => {
  const { input, present, all } = ctx;
  const box = input.box;
  if (present.length === 0) return { fail: 'no member is present' };
  let consensusBox = box;
  let consensusD = ctx.disagreementUtilities;
  if (input.need) {
    const need = input.need;
    if (need.length !== ctx.lines) throw new RangeError(`the need has ${need.length} lines; expected ${ctx.lines}`);
    const lo = box.lo.map((v, l) => Math.max(v, need[l]!));
    const over = lo.findIndex((v, l) => v > box.hi[l]! * (1 + 1e-12));
    const needed = lo.reduce((a, v) => a + v, 0);
    if (over >= 0) return { fail: `line ${over}'s need ${need[over]!.toPrecision(6)} is above what it can receive this year (${box.hi[over]!.toPrecision(6)})` };
    if (needed > box.envelope * (1 + 1e-12)) return { fail: `the envelope covers ${((100 * box.envelope) / needed).toFixed(1)}% of the members' needs` };
    consensusBox = { envelope: box.envelope, lo, hi: box.hi.map((v, l) => Math.max(v, lo[l]!)) };
    consensusD = utilitiesAt(all, lo);
  }
  const res = nashBargaining({
    priorities: present.map(({ m }) => m.priorities),
    weights: present.map(({ m }) => m.recognition),
    disagreement: present.map(({ i }) => consensusD[i]!),
    box: consensusBox,
  });
  if (res.status === 'fails') return { fail: res.reason };
  record.consensus = res.status;
  record.converged = res.converged;
  record.disagreementUtilities = consensusD;
  return { allocation: res.allocation, votesFor: present.map(({ m }) => m.id) };
};
