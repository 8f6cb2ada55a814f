import { describe, expect, it } from 'vitest';
import { baronFerejohn, drawProposal, drawProposer } from '../../../src/engine/governance/baronFerejohn.ts';
import { stream } from '../../../src/engine/rng.ts';

/** Divide the dollar: n members, each valuing only its own line. */
function dollar(n: number, discount: number, quota = Math.floor(n / 2) + 1) {
  return baronFerejohn({
    priorities: [...Array(n)].map((_, i) => [...Array(n)].map((_, j) => (i === j ? 1 : 0))),
    votingWeights: new Array(n).fill(1),
    quota,
    recognition: new Array(n).fill(1),
    discount,
    box: { envelope: 1, lo: new Array(n).fill(0), hi: new Array(n).fill(1) },
  });
}

describe('baronFerejohn', () => {
  it('divides the dollar as Baron and Ferejohn (1989): n = 5, delta = 1, proposer 0.6 and two partners 0.2', () => {
    const r = dollar(5, 1, 3);
    expect(r.converged).toBe(true);
    expect(r.proposals).toHaveLength(5);
    for (const p of r.proposals) {
      const j = p.proposer;
      expect(p.allocation[j]).toBeCloseTo(0.6, 9);
      expect(p.coalition).toEqual([(j + 1) % 5, (j + 2) % 5].sort((a, b) => a - b));
      for (const i of p.coalition) expect(p.allocation[i]).toBeCloseTo(0.2, 9);
      expect(p.allocation.filter((v) => v > 1e-9)).toHaveLength(3);
      expect(p.votesFor).toHaveLength(3);
    }
    r.expectedUtilities.forEach((u) => expect(u).toBeCloseTo(1 / 5, 9));
    r.continuationValues.forEach((v) => expect(v).toBeCloseTo(1 / 5, 9));
  });

  it('matches the closed form for delta < 1 (Baron and Ferejohn 1989): proposer 1 - delta (n-1)/(2n), partners delta/n', () => {
    for (const n of [3, 5, 7, 9]) {
      for (const delta of [0, 0.5, 0.9, 0.99]) {
        const r = dollar(n, delta);
        expect(r.converged).toBe(true);
        for (const p of r.proposals) {
          expect(p.allocation[p.proposer]).toBeCloseTo(1 - (delta * (n - 1)) / (2 * n), 9);
          expect(p.coalition).toHaveLength((n - 1) / 2);
          for (const i of p.coalition) expect(p.allocation[i]).toBeCloseTo(delta / n, 9);
        }
        r.expectedUtilities.forEach((u) => expect(u).toBeCloseTo(1 / n, 9));
      }
    }
  });

  it('builds winning coalitions under weighted votes and bounds', () => {
    // One big member (3 votes) and three small (1 each); quota 4 of 6.
    const r = baronFerejohn({
      priorities: [
        [1, 0, 0, 0],
        [0, 1, 0, 0],
        [0, 0, 1, 0],
        [0, 0, 0, 1],
      ],
      votingWeights: [3, 1, 1, 1],
      quota: 4,
      recognition: [1, 1, 1, 1],
      discount: 0.9,
      box: { envelope: 100, lo: [10, 10, 10, 10], hi: [70, 70, 70, 70] },
    }, { maxIterations: 400 });
    // The big proposer mixes over the three small members, and the small members end with equal values.
    expect(r.converged).toBe(true);
    expect(r.proposals[0]!.options).toHaveLength(3);
    expect(r.continuationValues[2]).toBeCloseTo(r.continuationValues[1]!, 8);
    for (const p of r.proposals) {
      const support = p.votesFor.reduce((s, i) => s + [3, 1, 1, 1][i]!, 0);
      expect(support).toBeGreaterThanOrEqual(4);
      expect(p.allocation.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
      p.allocation.forEach((v) => expect(v >= 10 - 1e-9 && v <= 70 + 1e-9).toBe(true));
    }
    // The big member's vote is worth three small ones: small proposers buy it, or all three smalls.
    expect(r.expectedUtilities[0]).toBeGreaterThan(r.expectedUtilities[1]!);
  });

  it('rejects a quota the members cannot reach', () => {
    expect(() => dollar(3, 1, 4)).toThrow(/quota 4/);
    expect(() => dollar(3, 1.5)).toThrow(/discount/);
  });
});

describe('drawProposer', () => {
  it('draws by recognition weight with one draw per call', () => {
    const rng = stream(1, 'negotiation', 'test');
    const weights = [1, 0, 3];
    const counts = [0, 0, 0];
    const N = 20000;
    for (let t = 0; t < N; t++) counts[drawProposer(weights, rng)]!++;
    expect(counts[1]).toBe(0);
    // Binomial: sd of the share is about 0.003; allow 5 sd.
    expect(counts[0]! / N).toBeCloseTo(0.25, 1);
    expect(Math.abs(counts[0]! / N - 0.25)).toBeLessThan(0.016);
    // Exactly one draw: the next value of a fresh stream after one call matches.
    const a = stream(2, 'negotiation');
    const b = stream(2, 'negotiation');
    drawProposer(weights, a);
    b();
    expect(a()).toBe(b());
    const fixed = () => 0.2;
    expect(drawProposer([1, 1, 1, 1, 1], fixed)).toBe(1);
  });

  it('rejects weights with nothing to draw', () => {
    expect(() => drawProposer([0, 0], () => 0.5)).toThrow(/positive/);
    expect(() => drawProposer([1, -1], () => 0.5)).toThrow(/non-negative/);
  });
});

describe('baronFerejohn: general practice at the table, unanimity, realistic boards', () => {
  it('gives general practice its divide-the-dollar closed form as one of n members', () => {
    // Baron and Ferejohn (1989), symmetric members: each expects 1/n; as proposer GP keeps
    // 1 - delta (n-1)/(2n), and as a partner it is paid delta/n. Member 0 is general practice.
    for (const n of [3, 5, 7]) {
      for (const delta of [0.5, 0.95, 1]) {
        const r = dollar(n, delta);
        expect(r.converged).toBe(true);
        expect(r.residual).toBeLessThanOrEqual(1e-9);
        const gp = r.proposals[0]!;
        expect(gp.allocation[0]).toBeCloseTo(1 - (delta * (n - 1)) / (2 * n), 9);
        for (const i of gp.coalition) expect(gp.allocation[i]).toBeCloseTo(delta / n, 9);
        // Another proposer buys GP in half of its equally likely coalitions, at delta / n.
        const other = r.proposals[1]!;
        const withGp = other.options.filter((o) => o.coalition.includes(0));
        expect(withGp.length / other.options.length).toBeCloseTo(1 / 2, 9);
        for (const o of withGp) expect(o.allocation[0]).toBeCloseTo(delta / n, 9);
        expect(r.expectedUtilities[0]).toBeCloseTo(1 / n, 9);
      }
    }
  });

  it('reaches the unanimity closed form when the quota is every vote', () => {
    // With unanimity the proposer buys everyone at v = delta / n and keeps 1 - delta (n-1)/n.
    for (const n of [3, 5]) {
      for (const delta of [0.9, 1]) {
        const r = dollar(n, delta, n);
        expect(r.converged).toBe(true);
        for (const p of r.proposals) {
          expect(p.coalition).toHaveLength(n - 1);
          expect(p.allocation[p.proposer]).toBeCloseTo(1 - (delta * (n - 1)) / n, 9);
          expect(p.votesFor).toHaveLength(n);
        }
      }
    }
  });

  it('solves a place board that fixed-point iteration capped at 40 iterations left unsolved', () => {
    // A place board of three-point-plan (8 members, quota 5, delta 0.95) in shares of its envelope.
    const r = baronFerejohn({
      priorities: [
        [0.1285714285714286, 0.15, 0.15, 0.14285714285714285, 0.12142857142857143, 0.14285714285714285, 0.16428571428571428],
        [0.05172413793103449, 0.15517241379310348, 0.12068965517241381, 0.08620689655172416, 0.05172413793103449, 0.2931034482758621, 0.24137931034482762],
        [0.08771929824561404, 0.28070175438596495, 0.12280701754385966, 0.14035087719298248, 0.07017543859649124, 0.15789473684210528, 0.14035087719298248],
        [0.31999999999999995, 0.11999999999999997, 0.09999999999999998, 0.09999999999999998, 0.09999999999999998, 0.17999999999999997, 0.07999999999999999],
        [0.07407407407407407, 0.14814814814814814, 0.2962962962962963, 0.1111111111111111, 0.07407407407407407, 0.14814814814814814, 0.14814814814814814],
        [0.06692697689823938, 0.14780772146832927, 0.14071628185574897, 0.29562377017010055, 0.06077046945204507, 0.1474728906949112, 0.14068188946062557],
        [0.06692697689823938, 0.14780772146832927, 0.14071628185574897, 0.29562377017010055, 0.06077046945204507, 0.1474728906949112, 0.14068188946062557],
        [0.06557377049180328, 0.1639344262295082, 0.19672131147540983, 0.09836065573770492, 0.04918032786885246, 0.19672131147540983, 0.22950819672131148],
      ],
      votingWeights: [1, 1, 1, 1, 1, 1, 1, 1],
      quota: 5,
      recognition: [1.5, 1.3, 1.5, 1.5, 1.5, 0.9788848609039241, 0.9788848609039241, 0.5],
      discount: 0.95,
      box: {
        envelope: 1,
        lo: [0.494, 0.0855, 0.1, 0.1045, 0.08, 0.057, 0.038],
        hi: [0.546, 0.0945, 0.105, 0.1155, 0.084, 0.063, 0.042],
      },
    });
    expect(r.converged).toBe(true);
    expect(r.residual).toBeLessThanOrEqual(1e-9);
    r.proposals.forEach((p) => {
      expect(p.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      // Every option played wins: its supporters reach the quota.
      for (const o of p.options) expect(o.votesFor.length).toBeGreaterThanOrEqual(5);
    });
  });
});

describe('drawProposal', () => {
  it('picks a mixing proposer\u2019s option by the equilibrium alone, whatever order the search listed its options in', () => {
    // Symmetric divide-the-dollar: every proposer mixes over the coalitions of two partners.
    const r = dollar(5, 0.9);
    const mixing = r.proposals.find((p) => p.options.length > 1);
    expect(mixing).toBeDefined();
    const reversed = { ...r, proposals: r.proposals.map((p) => ({ ...p, options: [...p.options].reverse(), probabilities: [...p.probabilities].reverse() })) };
    const recognition = [1, 1, 1, 1, 1];
    for (let k = 0; k < 50; k++) {
      const draw = stream(k, 'negotiation');
      const again = stream(k, 'negotiation');
      const a = drawProposal(r, recognition, draw);
      const b = drawProposal(reversed, recognition, again);
      expect(b.proposer).toBe(a.proposer);
      expect(b.proposal.coalition).toEqual(a.proposal.coalition);
    }
  });
});
