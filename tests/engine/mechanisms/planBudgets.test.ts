/**
 * planBudgets (src/engine/mechanisms/planBudgets.ts, in the planning round):
 * the year's envelope (with allocation shocks) less the reserve, split
 * across places and lines. By hand under rollForward: each place gets its
 * share of the weighted population times each line's share; a shock scales
 * the envelope. Recorded: the boards' negotiated budgets.
 */
import { describe, expect, it } from 'vitest';
import { envelope } from '../../../src/engine/allocation.ts';
import { LINE_COUNT } from '../../../src/engine/lines.ts';
import { planParts, runMonthUntil } from '../../helpers/mechanismCall.ts';
import { smallState } from '../../helpers/smallState.ts';

const ROLL = { 'allocation.rule': 'rollForward' };

describe('planBudgets', () => {
  it('splits the envelope less the reserve by weighted population and line shares (by hand)', () => {
    const st = smallState(ROLL);
    runMonthUntil(st, 'planYear');
    const yb = planParts.planBudgets(st, 0);
    const s = st.scenario;
    const sys = st.world.systems[0]!;
    expect(st.envelopes[0]).toBe(envelope(s, st.world, sys, 0));
    // North: 60,000 people at need 1; south: 40,000 at need 1.1.
    expect(sys.weightedPopulation).toBe(104_000);
    const allocatable = st.envelopes[0]! * (1 - s.allocation.reserveShare);
    [60_000, 44_000].forEach((weighted, p) => {
      for (let l = 0; l < LINE_COUNT; l++) expect(yb.central[p]![l]).toBeCloseTo((allocatable * weighted * st.shares[0]![l]!) / 104_000, 3);
      expect([...yb.delegated[p]!]).toEqual(new Array(LINE_COUNT).fill(0));
    });
    expect([...yb.delegate]).toEqual([-1, -1]);
    expect(yb.decisions).toEqual([]);
  });

  it('scales the envelope by an allocation shock in its year', () => {
    const plain = smallState(ROLL);
    runMonthUntil(plain, 'planYear');
    planParts.planBudgets(plain, 0);
    const st = smallState({ ...ROLL, events: [{ type: 'allocationShock', target: 'all', magnitude: -0.05, durationMonths: 12 }] });
    runMonthUntil(st, 'planYear');
    planParts.planBudgets(st, 0);
    expect(st.envelopes[0]).toBe(Math.round(envelope(st.scenario, st.world, st.world.systems[0]!, 0) * 0.95));
    expect(st.envelopes[0]).toBeLessThan(plain.envelopes[0]!);
  });

  it('lets the boards negotiate the split under the default rule (recorded)', () => {
    const st = smallState({ 'governance.devolution.mode': 'delegated', 'governance.devolution.share': 0.5 });
    runMonthUntil(st, 'planYear');
    const yb = planParts.planBudgets(st, 0);
    const round = (a: Float64Array) => [...a].map((v) => Math.round(v));
    expect(st.envelopes[0]).toMatchInlineSnapshot(`18995054000`);
    expect(yb.central.map(round)).toMatchInlineSnapshot(`
      [
        [
          2800447606,
          493745074,
          545194579,
          599714037,
          440390184,
          343472585,
          228981723,
        ],
        [
          2053661578,
          362079721,
          399809358,
          439790294,
          322952802,
          251879895,
          167919930,
        ],
      ]
    `);
    expect(yb.delegated.map(round)).toMatchInlineSnapshot(`
      [
        [
          2795316804,
          508845281,
          560700941,
          599714037,
          440390184,
          339804601,
          207173940,
        ],
        [
          2049898989,
          377819843,
          403824199,
          439790294,
          322952802,
          251879895,
          151927556,
        ],
      ]
    `);
    expect([...yb.delegate]).toEqual([5, 8]);
    expect(yb.decisions.length).toMatchInlineSnapshot(`3`);
    expect(st.shareByYear).toEqual([0.5]);
  });
});
