/**
 * Checkpoints (issue: the engine as data): a run saved at month 17, stored as
 * JSON and restored in a fresh simulation continues to a byte-identical
 * result, for a listed system with events and loans and a generated one.
 */
import { describe, expect, it } from 'vitest';
import { applyVariant, checkpoint, parseScenario, restore, runScenario, Simulation } from '../../src/engine/index.ts';
import { model, rawModel } from '../helpers/models.ts';

describe('checkpoint and restore', () => {
  const cases = [
    { name: 'default', scenario: model('default'), seed: 42 },
    { name: 'cumbria (loans without approval, with consequences)', scenario: parseScenario(applyVariant(rawModel('cumbria'), 'loan-without-approval-accountable'), 'cumbria'), seed: 3 },
    { name: 'three-point-plan (contested devolution)', scenario: parseScenario(applyVariant(rawModel('three-point-plan'), 'contested-unified-attending'), 'three-point-plan'), seed: 5 },
  ];
  it.each(cases)('$name: saved at month 17 and restored, the run ends byte-identical', ({ scenario, seed }) => {
    const whole = JSON.stringify(runScenario(scenario, { seed }));
    const sim = new Simulation(scenario, { seed });
    for (let m = 0; m < 17; m++) sim.step();
    const stored = JSON.stringify(checkpoint(sim));
    // The original carries on, unaffected by having been saved.
    const resumed = restore(scenario, JSON.parse(stored));
    expect(resumed.month).toBe(17);
    expect(JSON.stringify(resumed.run())).toBe(whole);
    expect(JSON.stringify(sim.run())).toBe(whole);
  });

  it('the run state is plain data: no functions anywhere in it, and only the ledger (with its columns) has a class', () => {
    const sim = new Simulation(parseScenario(applyVariant(rawModel('cumbria'), 'loan-without-approval-accountable'), 'cumbria'), { seed: 3 });
    for (let m = 0; m < 17; m++) sim.step();
    const classes = new Set<string>();
    const seen = new Set<object>();
    const walk = (v: unknown, path: string): void => {
      expect(typeof v, path).not.toBe('function');
      if (v === null || typeof v !== 'object' || seen.has(v) || ArrayBuffer.isView(v)) return;
      seen.add(v);
      const proto = Object.getPrototypeOf(v);
      if (!Array.isArray(v) && !(v instanceof Map) && proto !== Object.prototype && proto !== null) classes.add(proto.constructor.name);
      const entries = v instanceof Map ? [...v.entries()] : Object.entries(v);
      for (const [k, x] of entries) walk(x, `${path}.${String(k)}`);
    };
    walk(sim.state, 'state');
    // The ledger keeps its transfers in growable typed columns of its own.
    expect([...classes].sort()).toEqual(['GrowFloat64', 'GrowInt32', 'Ledger']);
  });

  it('refuses a checkpoint of another scenario, and anything that is not a checkpoint', () => {
    const sim = new Simulation(model('default'), { seed: 1 });
    sim.step();
    const cp = checkpoint(sim);
    expect(() => restore(model('cumbria'), cp)).toThrow(/another scenario/);
    expect(() => restore(model('default'), { format: 'nope' } as never)).toThrow(/not an icsim checkpoint/);
  });
});
