import { describe, expect, it } from 'vitest';
import { runScenario, Simulation } from '../../src/engine/index.ts';
import { model } from '../helpers/models.ts';

describe('simulation of models/default.json', () => {
  const scenario = model('default');
  const r = runScenario(scenario, { seed: 42 });

  it('is byte-identical for the same seed and differs for another', () => {
    const again = runScenario(scenario, { seed: 42 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(r));
    const other = runScenario(scenario, { seed: 43 });
    expect(JSON.stringify(other.summary)).not.toBe(JSON.stringify(r.summary));
  });

  it('conserves money and reports the ledger', () => {
    expect(r.summary.ledger.conserved).toBe(true);
    expect(r.summary.ledger.transfers).toBeGreaterThan(5000);
    expect(r.summary.systemBalance).toBeCloseTo(r.summary.ledger.inflow - r.summary.ledger.outflow, 2);
    const totalResult = r.years.reduce((s, y) => s + y.result, 0);
    expect(totalResult).toBeCloseTo(r.summary.systemBalance, 0);
  });

  it('has one year row per organisation per year and counts outcomes from them', () => {
    expect(r.years).toHaveLength(r.meta.organisations * 5);
    const o = r.summary.outcomes;
    const counted = r.years.filter((y) => y.outcome !== 'none').length;
    expect(o.surplus + o.breakeven + o.deficit).toBe(counted);
    const kinds = Object.values(o.byKind).reduce((s, c) => s + c.surplus + c.breakeven + c.deficit, 0);
    expect(kinds).toBe(counted);
    for (const y of r.years) {
      expect(Number.isInteger(Math.round(y.income * 100))).toBe(true);
      expect(y.result).toBeCloseTo(y.income - y.spend, 2);
    }
  });

  it('gives these exact values for seed 42 (regression anchor; update deliberately when the model changes)', () => {
    expect({
      outcomes: [r.summary.outcomes.surplus, r.summary.outcomes.breakeven, r.summary.outcomes.deficit],
      acute: r.summary.outcomes.byKind.acute,
      transfers: r.summary.ledger.transfers,
      inflow: r.summary.ledger.inflow,
      delayedShare: r.summary.delayedDischargeShare,
      firstBeds: r.series.bedsOccupied[0],
    }).toMatchInlineSnapshot(`
      {
        "acute": {
          "breakeven": 3,
          "deficit": 7,
          "surplus": 0,
        },
        "delayedShare": 0.107093,
        "firstBeds": 929.9,
        "inflow": 8555948419.05,
        "outcomes": [
          168,
          79,
          43,
        ],
        "transfers": 7740,
      }
    `);
  });

  it('records monthly series of the right length', () => {
    const s = r.series;
    expect(s.month).toHaveLength(60);
    expect(s.month[0]).toBe('2024-04');
    expect(s.month[11]).toBe('2025-03');
    for (const k of ['bedsOccupied', 'delayedDischarges', 'carePackages', 'emergencyAdmissions'] as const) expect(s[k]).toHaveLength(60);
    expect(s.spendingByLine.acute).toHaveLength(60);
    expect(s.byPlace).toHaveLength(4);
    expect(Math.max(...s.emergencyAdmissions)).toBeGreaterThan(Math.min(...s.emergencyAdmissions));
  });

  it('steps month by month to the same result as a full run', () => {
    const sim = new Simulation(scenario, { seed: 42 });
    const snaps = [];
    while (!sim.done) snaps.push(sim.step());
    expect(snaps).toHaveLength(60);
    expect(snaps[5]!.bedsOccupied).toBe(r.series.bedsOccupied[5]);
    expect(JSON.stringify(sim.result())).toBe(JSON.stringify(r));
  });

  it('shares demand across scenarios with one seed (common random numbers)', () => {
    // A cheaper bed-day changes money in the first year but not demand (later years may differ:
    // results feed back into next year's needs and so into boards' decisions).
    const first = runScenario(model('default'), { seed: 42, years: 1 });
    const cheaper = runScenario(model('default', { acute: { costPerBedDay: 400 } }), { seed: 42, years: 1 });
    expect(cheaper.series.emergencyAdmissions).toEqual(first.series.emergencyAdmissions);
    expect(cheaper.summary.ledger.outflow).not.toBe(first.summary.ledger.outflow);
  });

  it('has more delayed discharges where councils accept patients more slowly', () => {
    const slow = runScenario(model('default', { council: { acceptanceDays: 25 } }), { seed: 42 });
    expect(slow.summary.delayedDischarges).toBeGreaterThan(r.summary.delayedDischarges * 1.8);
  });
});
