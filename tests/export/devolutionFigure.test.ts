/** `icsim chart --type devolution`: the delegated share over time from one run (docs/ODD.md §7.14a). */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { applyVariant, parseScenario, runScenario } from '../../src/engine/index.ts';
import { buildFigure } from '../../src/export/buildFigure.ts';
import { rawModel } from '../helpers/models.ts';

describe('devolution figure', () => {
  it('draws the contested share per year, with its data rows', () => {
    const s = parseScenario(applyVariant(rawModel('three-point-plan'), 'contested-unified-attending'), 'three-point-plan');
    const result = runScenario(s, { seed: 2 });
    const fig = buildFigure({ kind: 'run', path: 'run.json', sha256: '0', result }, { type: 'devolution' });
    expect(fig.rows.map((r) => r.fy)).toEqual(['2024/25', '2025/26', '2026/27', '2027/28', '2028/29']);
    expect(fig.rows[0]!.delegatedShare).toBe(0.3);
    // The share moves: it is a state decided each year, within a step of 0.1.
    const shares = fig.rows.map((r) => r.delegatedShare as number);
    expect(new Set(shares).size).toBeGreaterThan(1);
    for (let i = 1; i < shares.length; i++) expect(Math.abs(shares[i]! - shares[i - 1]!)).toBeLessThanOrEqual(0.1 + 1e-9);
    expect(fig.caption).toMatch(/contested devolution/);
    const { document } = parseHTML('<!doctype html><html><body><div id="c"></div></body></html>');
    const svg = fig.draw(document.getElementById('c')!, { widthMm: 160, heightMm: 100 });
    expect(svg.textContent).toContain('Share of the budget delegated to places');
  });
});
