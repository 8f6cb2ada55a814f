import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nashBargaining, utilitiesAt, type BargainingProblem } from '../../../src/engine/governance/nashBargaining.ts';
import { solveLp } from '../../../src/engine/governance/linearProgram.ts';

const own2 = [
  [1, 0],
  [0, 1],
];
const box100 = { envelope: 100, lo: [0, 0], hi: [100, 100] };

function agreed(p: BargainingProblem) {
  const r = nashBargaining(p);
  if (r.status === 'fails') throw new Error(r.reason);
  return r;
}

/** The Nash product objective, or -Infinity outside the bargaining set. */
function nashValue(p: BargainingProblem, x: number[]): number {
  const u = utilitiesAt(p.priorities, x);
  let v = 0;
  for (let i = 0; i < u.length; i++) {
    const g = u[i]! - p.disagreement[i]!;
    if (g < 0) return -Infinity;
    v += p.weights[i]! * Math.log(g);
  }
  return v;
}

/** Random problems whose disagreement point is a feasible allocation moved inwards, so someone can gain. */
const problems = fc
  .record({
    n: fc.integer({ min: 1, max: 6 }),
    k: fc.integer({ min: 2, max: 7 }),
    seed: fc.integer({ min: 1, max: 2 ** 30 }),
  })
  .map(({ n, k, seed }) => {
    let s = seed;
    const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647);
    const last = Array.from({ length: k }, () => 1e6 * (0.05 + rnd()));
    const E = last.reduce((a, b) => a + b, 0);
    const lo = last.map((v) => v * (0.7 + 0.2 * rnd()));
    const hi = last.map((v) => v * (1.1 + 0.3 * rnd()));
    const priorities = Array.from({ length: n }, () => Array.from({ length: k }, () => (rnd() < 0.4 ? 0 : rnd())));
    priorities.forEach((p) => (p[Math.floor(rnd() * k)] = 0.5 + rnd()));
    const du = utilitiesAt(priorities, last);
    const disagreement = du.map((u) => u * (0.9 + 0.1 * rnd()));
    const weights = Array.from({ length: n }, () => 0.1 + rnd());
    return { priorities, weights, disagreement, box: { envelope: E, lo, hi } } as BargainingProblem;
  });

describe('nashBargaining', () => {
  it('splits transferable utility: envelope 100, disagreement 20 and 0 give 60 and 40 (Nash 1950)', () => {
    const r = agreed({ priorities: own2, weights: [1, 1], disagreement: [20, 0], box: box100 });
    expect(r.status).toBe('agreed');
    expect(r.converged).toBe(true);
    expect(r.allocation[0]).toBeCloseTo(60, 9);
    expect(r.allocation[1]).toBeCloseTo(40, 9);
    expect(r.utilities[0]).toBeCloseTo(60, 9);
    expect(r.allocation[0]! + r.allocation[1]!).toBe(100);
  });

  it('splits the surplus in proportion to the bargaining weights (Kalai 1977)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.double({ min: 0.05, max: 20, noNaN: true }),
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        (w1, w2, d1, d2) => {
          const r = agreed({ priorities: own2, weights: [w1, w2], disagreement: [d1, d2], box: box100 });
          const surplus = 100 - d1 - d2;
          expect(r.utilities[0]).toBeCloseTo(d1 + (w1 / (w1 + w2)) * surplus, 7);
          expect(r.utilities[1]).toBeCloseTo(d2 + (w2 / (w1 + w2)) * surplus, 7);
        },
      ),
      { numRuns: 200, seed: 11 },
    );
    const r = agreed({ priorities: own2, weights: [3, 1], disagreement: [20, 0], box: box100 });
    expect(r.utilities[0]).toBeCloseTo(80, 9);
    expect(r.utilities[1]).toBeCloseTo(20, 9);
  });

  it('respects bounds: a capped line holds the rest back', () => {
    const r = agreed({ priorities: own2, weights: [1, 1], disagreement: [0, 0], box: { envelope: 100, lo: [0, 0], hi: [30, 100] } });
    expect(r.allocation[0]).toBeCloseTo(30, 9);
    expect(r.allocation[1]).toBeCloseTo(70, 9);
  });

  it('treats symmetric members symmetrically', () => {
    // Three members, each valuing its own line and a shared fourth line.
    const P = [
      [2, 0, 0, 1],
      [0, 2, 0, 1],
      [0, 0, 2, 1],
    ];
    const r = agreed({ priorities: P, weights: [1, 1, 1], disagreement: [10, 10, 10], box: { envelope: 90, lo: [0, 0, 0, 0], hi: [90, 90, 90, 90] } });
    expect(r.utilities[1]).toBeCloseTo(r.utilities[0]!, 9);
    expect(r.utilities[2]).toBeCloseTo(r.utilities[0]!, 9);
    expect(r.allocation[1]).toBeCloseTo(r.allocation[0]!, 8);
  });

  it('is Pareto optimal and beats every other feasible allocation on random problems', () => {
    fc.assert(
      fc.property(problems, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 7, maxLength: 7 }), (p, t) => {
        const r = agreed(p);
        expect(r.status).toBe('agreed');
        expect(r.converged).toBe(true);
        const { lo, hi, envelope } = p.box;
        const k = lo.length;
        expect(r.allocation.reduce((a, b) => a + b, 0)).toBeCloseTo(envelope, 6);
        r.allocation.forEach((v, j) => expect(v >= lo[j]! && v <= hi[j]!).toBe(true));
        // Pareto: no feasible x gives every member at least its utility and raises the (scaled) total.
        const U = envelope;
        const scale = p.priorities.map((q) => Math.max(...q) * U);
        const lp = solveLp({
          objective: Array.from({ length: k }, (_, j) => p.priorities.reduce((s, q, i) => s + (q[j]! * U) / scale[i]!, 0)),
          direction: 'maximize',
          rows: [
            { coef: new Array(k).fill(1), equal: 1 },
            ...lo.map((l, j) => ({ coef: Array.from({ length: k }, (_, q) => (q === j ? 1 : 0)), min: l / U, max: hi[j]! / U })),
            ...p.priorities.map((q, i) => ({ coef: q.map((v) => (v * U) / scale[i]!), min: r.utilities[i]! / scale[i]! - 1e-9 })),
          ],
        });
        const own = r.utilities.reduce((s, u, i) => s + u / scale[i]!, 0);
        expect(lp.value).toBeLessThanOrEqual(own + 1e-7 * p.priorities.length);
        // Optimality: a random feasible allocation (a mix of the solution and a random point of X) is no better.
        const y = lo.map((l, j) => l + t[j]! * (hi[j]! - l));
        const sy = y.reduce((a, b) => a + b, 0);
        const room = sy < envelope ? hi.map((h, j) => h - y[j]!) : lo.map((l, j) => y[j]! - l);
        const roomSum = room.reduce((a, b) => a + b, 0);
        const z = y.map((v, j) => v + ((envelope - sy) * room[j]!) / roomSum);
        for (const a of [0.01, 0.1, 0.5]) {
          const x = r.allocation.map((v, j) => (1 - a) * v + a * z[j]!);
          expect(nashValue(p, x)).toBeLessThanOrEqual(nashValue(p, r.allocation) + 1e-9);
        }
      }),
      { numRuns: 150, seed: 5 },
    );
  });

  it('is invariant to a positive affine rescaling of one member\'s utility', () => {
    fc.assert(
      fc.property(problems, fc.double({ min: 0.01, max: 100, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (p, a, c) => {
        const r1 = agreed(p);
        // u'_0 = a u_0 + c E is linear too: priorities a p_0 + c, disagreement a d_0 + c E.
        const q: BargainingProblem = {
          ...p,
          priorities: p.priorities.map((row, i) => (i === 0 ? row.map((v) => a * v + c) : row)),
          disagreement: p.disagreement.map((d, i) => (i === 0 ? a * d + c * p.box.envelope : d)),
        };
        const r2 = agreed(q);
        r1.utilities.slice(1).forEach((u, i) => expect(r2.utilities[i + 1]! / u).toBeCloseTo(1, 7));
        expect((r2.utilities[0]! - c * p.box.envelope) / a / r1.utilities[0]!).toBeCloseTo(1, 7);
      }),
      { numRuns: 100, seed: 9 },
    );
  });

  it('fails when no allocation gives every member its disagreement payoff', () => {
    const r = nashBargaining({ priorities: own2, weights: [1, 1], disagreement: [70, 40], box: box100 });
    expect(r.status).toBe('fails');
    if (r.status === 'fails') expect(r.reason).toMatch(/disagreement payoff/);
  });

  it('returns the agreed status quo when the only feasible agreement leaves everyone at d', () => {
    const r = agreed({ priorities: own2, weights: [1, 1], disagreement: [60, 40], box: box100 });
    expect(r.status).toBe('statusQuo');
    expect(r.allocation).toEqual([60, 40]);
    // Divide the dollar from an equal split: nobody can gain without someone losing.
    const n = 5;
    const P = [...Array(n)].map((_, i) => [...Array(n)].map((_, j) => (i === j ? 1 : 0)));
    const r5 = agreed({ priorities: P, weights: new Array(n).fill(1), disagreement: new Array(n).fill(0.2), box: { envelope: 1, lo: new Array(n).fill(0), hi: new Array(n).fill(1) } });
    expect(r5.status).toBe('statusQuo');
    r5.allocation.forEach((v) => expect(v).toBeCloseTo(0.2, 9));
  });

  it('lets the others bargain when one member is held at its disagreement payoff', () => {
    // Member 2 values lines 0 and 1 equally and starts at 50: lines 0 and 1 must keep summing to 50;
    // members 0 and 1 split them 25/25 from disagreement 0, and line 2 (valued by nobody else) keeps 50.
    const P = [
      [1, 0, 0],
      [0, 1, 0],
      [1, 1, 0],
      [0, 0, 1],
    ];
    const r = agreed({ priorities: P, weights: [1, 1, 1, 1], disagreement: [0, 0, 50, 50], box: { envelope: 100, lo: [0, 0, 0], hi: [100, 100, 100] } });
    expect(r.status).toBe('agreed');
    expect(r.allocation[0]).toBeCloseTo(25, 7);
    expect(r.allocation[1]).toBeCloseTo(25, 7);
    expect(r.allocation[2]).toBeCloseTo(50, 7);
  });

  it('is fast on a board of 15 members over 7 lines', () => {
    let s = 3;
    const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647);
    const k = 7;
    const last = Array.from({ length: k }, () => 1e11 * (0.05 + rnd()));
    const E = last.reduce((a, b) => a + b, 0) * 1.03;
    const box = { envelope: E, lo: last.map((v) => v * 1.03 * 0.97), hi: last.map((v) => v * 1.03 * 1.03) };
    const xd = last.map((v) => v * 1.03);
    const runs = Array.from({ length: 40 }, () => {
      const priorities = Array.from({ length: 15 }, () => Array.from({ length: k }, () => (rnd() < 0.6 ? 0 : rnd())));
      const disagreement = utilitiesAt(priorities, xd).map((u) => u * 0.995);
      return { priorities, weights: priorities.map(() => 0.2 + rnd()), disagreement, box };
    });
    runs.forEach((p) => nashBargaining(p));
    const t0 = performance.now();
    for (const p of runs) expect(nashBargaining(p).status).not.toBe('fails');
    const perDecision = (performance.now() - t0) / runs.length;
    expect(perDecision).toBeLessThan(20);
  });

  it('rejects malformed problems', () => {
    expect(() => nashBargaining({ priorities: own2, weights: [1, 0], disagreement: [0, 0], box: box100 })).toThrow(/bargaining weight/);
    expect(() => nashBargaining({ priorities: [[1, -1]], weights: [1], disagreement: [0], box: box100 })).toThrow(/non-negative/);
    expect(() => nashBargaining({ priorities: own2, weights: [1], disagreement: [0, 0], box: box100 })).toThrow(/2 members/);
    expect(() => nashBargaining({ priorities: own2, weights: [1, 1], disagreement: [0, 0], box: { envelope: 300, lo: [0, 0], hi: [100, 100] } })).toThrow(/no allocation fits/);
  });
});

describe('nashBargaining: one answer whatever the order of members and the unit of money', () => {
  // An ICB board's consensus in a fuzzed cumbria (metamorphic case 1/1430): the executives and
  // non-executives share one position (weight 10 each, or the 1e-9 floor for no recognition), and two
  // partners have no recognition (1e-9). The executives value lines 1, 4 and 5 alike, so their optimum
  // is a face, and the partners, breaking ties, pick a point of it. Before the lexicographic stage the
  // point moved by about 1e-5 of a line with the order of the members and the unit of money.
  const exec = [0.028213166144200642, 0.31347962382445155, 0, 0.03134796238244516, 0.3134796238244511, 0.31347962382445155, 0];
  const problem: BargainingProblem = {
    priorities: [...Array.from({ length: 8 }, () => exec), ...Array.from({ length: 4 }, () => exec), [0, 0, 0.4878, 0.4878, 0.0244, 0, 0], [0, 0, 0.2593, 0, 0.1111, 0.6296, 0]],
    weights: [...new Array(8).fill(10), ...new Array(4).fill(1e-9), 1e-9, 7.483160975371139e-9],
    disagreement: [...new Array(12).fill(0.100875), 0.110072, 0.080048],
    box: {
      envelope: 1,
      lo: [0.47269086111046343, 0.10418625000000005, 0.10000000004005834, 0.12097181249976362, 0.09350912620782381, 0.06945750000000002, 0.03418042785080705],
      hi: [0.49394950733362386, 0.10939556250000006, 0.10500000004206127, 0.13370568749973874, 0.09724050000000002, 0.07293037500000002, 0.03777836762457622],
    },
  };
  const permute = <T>(xs: readonly T[], order: readonly number[]) => order.map((i) => xs[i]!);
  const scaled = (p: BargainingProblem, k: number): BargainingProblem => ({
    ...p,
    disagreement: p.disagreement.map((d) => d * k),
    box: { envelope: p.box.envelope * k, lo: p.box.lo.map((v) => v * k), hi: p.box.hi.map((v) => v * k) },
  });
  const reference = agreed(problem).allocation;

  it('gives the same allocation, within 1e-9 of a line, with the members reversed or shuffled', () => {
    for (const order of [[...problem.weights.keys()].reverse(), [13, 2, 12, 9, 0, 5, 11, 1, 8, 3, 10, 7, 4, 6]]) {
      const x = agreed({ ...problem, priorities: permute(problem.priorities, order), weights: permute(problem.weights, order), disagreement: permute(problem.disagreement, order) }).allocation;
      x.forEach((v, l) => expect(Math.abs(v - reference[l]!)).toBeLessThan(1e-9 * (problem.box.hi[l]! - problem.box.lo[l]!) + 1e-15));
    }
  });

  it('scales with the money: ten and a thousand times the envelope give ten and a thousand times the allocation', () => {
    for (const k of [10, 1000]) {
      const x = agreed(scaled(problem, k)).allocation;
      x.forEach((v, l) => expect(Math.abs(v / k - reference[l]!)).toBeLessThan(1e-9 * (problem.box.hi[l]! - problem.box.lo[l]!) + 1e-15));
    }
  });

  it('leaves the recognised members at their own optimum and lets the unrecognised ones choose within it', () => {
    const strongOnly = agreed({ ...problem, priorities: problem.priorities.slice(0, 8), weights: problem.weights.slice(0, 8), disagreement: problem.disagreement.slice(0, 8) });
    const u = (x: number[]) => utilitiesAt([exec], x)[0]!;
    expect(Math.abs(u(reference) - u(strongOnly.allocation))).toBeLessThan(1e-12);
    // The two partners are better off than at the recognised members' own centre of that face.
    const partners = (x: number[]) => utilitiesAt(problem.priorities.slice(12), x);
    const [a, b] = partners(reference);
    const [a0, b0] = partners(strongOnly.allocation);
    expect((a! - 0.110072) * (b! - 0.080048)).toBeGreaterThan((a0! - 0.110072) * (b0! - 0.080048));
  });
});

describe('nashBargaining: a tie no member cares about is split at the centre, not left at a bound', () => {
  // A place-led ICB board in a fuzzed carlisle-options (metamorphic case 1/466): every member values
  // lines 2 and 5 alike, and the one member without recognition (weight 1e-9) values neither, so
  // money can move between them at no one's cost. The lexicographic stage pushes along that
  // direction to a bound; the centring must bring it back, whichever bound it reached. (The basis of
  // the face carried rounding noise on lines left at 1e-25 of a bound, which swamped the true
  // direction until it was dropped; the two runs then ended at opposite bounds.)
  const groups: Array<{ p: number[]; w: number; d: number; n: number }> = [
    { p: [0.20000000000000004, 0.20000000000000004, 0.20000000000000004, 1.8012058313702466e-181, 2.725239848730465e-308, 0.20000000000000004, 0.19999999999999984], w: 1.5, d: 0.15102793536282516, n: 11 },
    { p: [0.20000000000000004, 0.20000000000000004, 0.20000000000000004, 1.8012058313702466e-181, 2.725239848730465e-308, 0.20000000000000004, 0.19999999999999984], w: 0.8, d: 0.15102793536282516, n: 17 },
    { p: [0, 0.490196078431372, 0, 0.49019607843137325, 5e-324, 6.782250896376541e-260, 0.019607843137254933], w: 1e-9, d: 0.09366961228509808, n: 1 },
    { p: [2.139899526149604e-140, 1.3114664929414344e-159, 0.24154589371980678, 0.24154589371980678, 0.24154589371980678, 0.24154589371980678, 0.033816425120772944], w: 10, d: 0.12172433051540514, n: 1 },
    { p: [0.026086956521739136, 0.026086956521739136, 0.2361268641041798, 0.21003990758244068, 0.21003990758244068, 0.2361268641041798, 0.055492543583280804], w: 0.3, d: 0.1255465398433295, n: 2 },
  ];
  const members = groups.flatMap((g) => Array.from({ length: g.n }, () => g));
  const box = {
    envelope: 1,
    lo: [0.31393864534042093, 0.08810814199219655, 0.20094338145083773, 0.10148040186751112, 0.08156093882544435, 0.11471287798336068, 0.037436630047309766],
    hi: [0.7295945693844144, 0.18039426169106168, 0.39999999998886915, 0.213570864533324, 0.1615533980582524, 0.2368286572988176, 0.07805824904526076],
  };
  const problem = (ms: typeof members, k: number): BargainingProblem => ({
    priorities: ms.map((m) => m.p),
    weights: ms.map((m) => m.w),
    disagreement: ms.map((m) => m.d * k),
    box: { envelope: box.envelope * k, lo: box.lo.map((v) => v * k), hi: box.hi.map((v) => v * k) },
  });
  const x = agreed(problem(members, 1)).allocation;

  it('leaves both tied lines inside their bounds', () => {
    for (const l of [2, 5]) {
      const width = box.hi[l]! - box.lo[l]!;
      expect(x[l]! - box.lo[l]!).toBeGreaterThan(0.1 * width);
      expect(box.hi[l]! - x[l]!).toBeGreaterThan(0.1 * width);
    }
  });

  it('gives the same split with the money times 10 and with the members reversed', () => {
    const scaled = agreed(problem(members, 10)).allocation.map((v) => v / 10);
    const reversed = agreed(problem([...members].reverse(), 1)).allocation;
    for (const y of [scaled, reversed]) y.forEach((v, l) => expect(Math.abs(v - x[l]!)).toBeLessThan(1e-9 * (box.hi[l]! - box.lo[l]!) + 1e-15));
  });
});
