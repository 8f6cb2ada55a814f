/**
 * governance.gp.attend = false means general practice fills no seat: not at
 * place boards, not at the ICB board (issue 25: the ICB's GP partner used to
 * attend with probability 0.95 regardless), so it can change nothing.
 */
import { describe, expect, it } from 'vitest';
import { applyVariant, parseScenario, runScenario, setPath } from '../../src/engine/index.ts';
import { rawModel } from '../helpers/models.ts';

describe('general practice absent (governance.gp.attend = false)', () => {
  for (const [name, variant] of [
    ['default', undefined],
    ['three-point-plan', 'devolved-unified-absent'],
    ['three-point-plan', 'contested-divided-absent'],
  ] as const) {
    it(`${name}${variant ? ` (${variant})` : ''}: GP influence 0 in every year, attendance 0`, () => {
      let raw: unknown = rawModel(name);
      if (variant) raw = applyVariant(raw, variant);
      raw = setPath(setPath(raw, 'governance.gp.attend', false), 'years', 5);
      const r = runScenario(parseScenario({ ...(raw as object), variants: {} }, name), { seed: 1, summaryOnly: true });
      expect(r.summary.gpInfluence).toBe(0);
      const years = Object.values(r.summary.yearly);
      expect(years).toHaveLength(5);
      for (const y of years) expect(y.gpInfluence).toBe(0);
      expect(r.summary.gpAttendance).toBe(0);
    });
  }
});
