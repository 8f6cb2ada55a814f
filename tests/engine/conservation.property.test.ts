import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../src/engine/index.ts';

// Ledger conservation over many generated scenarios: whatever the sizes,
// shares, costs and noise, every month's audit passes and the organisations'
// balances sum to the money that came in minus the money that went out.
const scenarioArb = fc.record({
  systems: fc.integer({ min: 1, max: 3 }),
  placesPer: fc.integer({ min: 1, max: 3 }),
  pcnsPerPlace: fc.integer({ min: 1, max: 3 }),
  practicesPerPcn: fc.integer({ min: 1, max: 4 }),
  populationPerPractice: fc.integer({ min: 10000, max: 20000 }),
  growthRate: fc.double({ min: -0.05, max: 0.08, noNaN: true }),
  inflation: fc.double({ min: 0, max: 0.1, noNaN: true }),
  noise: fc.double({ min: 0, max: 0.3, noNaN: true }),
  acceptanceDays: fc.double({ min: 0.5, max: 60, noNaN: true }),
  acuteShare: fc.double({ min: 0.2, max: 0.6, noNaN: true }),
  startAcute: fc.double({ min: -0.1, max: 0.1, noNaN: true }),
  payAward: fc.double({ min: 0, max: 0.1, noNaN: true }),
  activityShare: fc.double({ min: 0, max: 1, noNaN: true }),
  years: fc.integer({ min: 1, max: 3 }),
  seed: fc.integer({ min: 0, max: 1e6 }),
});

describe('ledger conservation (property)', () => {
  it('holds for generated scenarios', () => {
    fc.assert(
      fc.property(scenarioArb, (a) => {
        const places = a.systems * a.placesPer;
        const pcns = places * a.pcnsPerPlace;
        const practices = pcns * a.practicesPerPcn;
        const rest = (1 - a.acuteShare) / 6;
        const s = parseScenario({
          years: a.years,
          allocation: {
            growthRate: a.growthRate,
            shares: { acute: a.acuteShare, community: rest, mentalHealth: rest, primaryCare: rest, prescribing: rest, socialCare: rest, prevention: 1 - a.acuteShare - 5 * rest },
          },
          costs: { inflation: a.inflation, payAward: a.payAward },
          income: { activityShare: { acute: a.activityShare } },
          finance: { start: { acute: a.startAcute } },
          demand: { noise: a.noise },
          council: { acceptanceDays: a.acceptanceDays },
          generate: {
            systems: a.systems,
            places,
            pcns,
            practices,
            councils: a.systems,
            population: practices * a.populationPerPractice,
            trusts: { acute: a.systems, integrated: 0, mentalHealth: a.systems, community: 0 },
          },
        });
        const r = runScenario(s, { seed: a.seed });
        expect(r.summary.ledger.conserved).toBe(true);
        expect(r.summary.systemBalance).toBeCloseTo(r.summary.ledger.inflow - r.summary.ledger.outflow, 2);
      }),
      { numRuns: 60, seed: 20261123 },
    );
  });
});
