import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  balancesChart,
  balancesRows,
  comparisonChart,
  flowsChart,
  flowsRows,
  gpInfluenceChart,
  outcomeCounts,
  outcomesChart,
  participationChart,
  toCsv,
  updateBalancesChart,
  updateFlowsChart,
  updateLineChart,
  lineChart,
  OUTCOME_COLOURS,
  CATEGORICAL,
} from '../../src/charts/index.ts';
import { parseScenario, runScenario } from '../../src/engine/index.ts';

function container() {
  const { document } = parseHTML('<!doctype html><html><body><div id="c"></div></body></html>');
  return document.getElementById('c')! as unknown as Element;
}

const months = Array.from({ length: 24 }, (_, i) => `${2024 + Math.floor((i + 3) / 12)}-${String(((i + 3) % 12) + 1).padStart(2, '0')}`);
const flows = {
  month: months,
  bedsOccupied: months.map((_, i) => 1000 + 50 * Math.sin(i / 2)),
  delayedDischarges: months.map((_, i) => 130 + i),
};

describe('charts in Node with linkedom', () => {
  it('flowsChart draws two lines, axes with units, title and description', async () => {
    const c = container();
    const svg = flowsChart(flows, c, { width: 600, height: 300, id: 'flows' });
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.querySelector('title')!.textContent).toBe('Acute beds occupied and delayed discharges');
    expect(svg.querySelector('desc')!.textContent).toMatch(/Beds occupied, Delayed discharges/);
    expect(svg.getAttribute('aria-labelledby')).toBe('flows-title flows-desc');
    expect(svg.querySelectorAll('path.line')).toHaveLength(2);
    expect(svg.querySelectorAll('g.hover rect')).toHaveLength(24);
    expect(svg.querySelector('g.hover rect title')!.textContent).toBe('2024-04\nBeds occupied: 1,000\nDelayed discharges: 130');
    expect(svg.textContent).toContain('Beds (daily mean)');
    expect(svg.textContent).toContain('2024/25');
    expect(svg.querySelector('path.line')!.getAttribute('stroke')).toBe(CATEGORICAL[0]);
    await expect(c.innerHTML).toMatchFileSnapshot('./__snapshots__/flows.svg');
  });

  it('a streaming chart keeps the full x axis and shows partial data', () => {
    const svg = flowsChart({ ...flows, bedsOccupied: flows.bedsOccupied.slice(0, 3), delayedDischarges: flows.delayedDischarges.slice(0, 3) }, container(), { id: 'p' });
    expect(svg.querySelectorAll('g.hover rect')).toHaveLength(3);
    expect(svg.textContent).toContain('2025/26');
  });

  it('an empty chart says so', () => {
    const svg = flowsChart({ month: [], bedsOccupied: [], delayedDischarges: [] }, container(), {});
    expect(svg.textContent).toContain('No data yet');
  });

  it('outcomesChart draws stacked bars per kind and year with outcome colours', async () => {
    const rows = [
      { fy: '2024/25', kind: 'acute', outcome: 'deficit' },
      { fy: '2024/25', kind: 'acute', outcome: 'surplus' },
      { fy: '2025/26', kind: 'acute', outcome: 'deficit' },
      { fy: '2024/25', kind: 'practice', outcome: 'breakeven' },
      { fy: '2024/25', kind: 'practice', outcome: 'breakeven' },
      { fy: '2025/26', kind: 'practice', outcome: 'surplus' },
      { fy: '2025/26', kind: 'icb', outcome: 'none' },
    ];
    expect(outcomeCounts(rows, ['practice', 'acute']).map((c) => `${c.kind} ${c.fy} ${c.surplus}/${c.breakeven}/${c.deficit}`)).toEqual([
      'practice 2024/25 0/2/0',
      'practice 2025/26 1/0/0',
      'acute 2024/25 1/0/1',
      'acute 2025/26 0/0/1',
    ]);
    const c = container();
    const svg = outcomesChart(rows, c, { width: 500, height: 260, id: 'out', kindOrder: ['acute', 'practice'] });
    expect(svg.querySelectorAll('g.panel')).toHaveLength(2);
    expect(svg.querySelectorAll('rect.bar-deficit')).toHaveLength(2);
    expect(svg.querySelector('rect.bar-deficit')!.getAttribute('fill')).toBe(OUTCOME_COLOURS.deficit);
    expect(svg.querySelector('rect.bar-deficit title')!.textContent).toBe('Acute trusts, 2024/25: 1 deficit');
    await expect(c.innerHTML).toMatchFileSnapshot('./__snapshots__/outcomes.svg');
  });

  it('balancesChart keeps the largest balances and says how many are hidden', () => {
    const balances = Array.from({ length: 20 }, (_, i) => ({ org: `o${i}`, kind: 'acute', values: [0, i * 1e6] }));
    const svg = balancesChart({ month: months.slice(0, 2), balances }, container(), { maxSeries: 5, id: 'b' });
    expect(svg.querySelectorAll('path.line')).toHaveLength(5);
    expect(svg.querySelector('desc')!.textContent).toContain('15 more');
    expect(svg.textContent).toContain('£ million');
    expect(balancesRows({ month: months.slice(0, 2), balances })).toHaveLength(40);
  });

  it('governance and comparison charts draw shares and bands', () => {
    const labels = ['2024/25', '2025/26', '2026/27'];
    const g = gpInfluenceChart({ labels, overall: [0.2, 0.3, 0.4], byPlace: [{ name: 'north', values: [0.1, 0.2, null] }] }, container(), { id: 'g' });
    expect(g.querySelectorAll('path.line')).toHaveLength(2);
    expect(g.querySelectorAll('g.hover rect')).toHaveLength(3);
    expect(g.querySelectorAll('g.hover rect title')[2]!.textContent).toBe('2026/27\nOverall: 0.40');
    const p = participationChart({ labels, series: [{ name: 'Attendance', values: [0.9, 0.8, 0.7] }] }, container(), { id: 'a' });
    expect(p.querySelector('title')!.textContent).toBe('GP attendance and cohesion');
    const cmp = comparisonChart(
      { labels, replications: 10, arms: [{ name: 'A', mean: [1, 2, 3], lower: [0.5, 1.5, 2.5], upper: [1.5, 2.5, 3.5] }] },
      container(),
      { yLabel: 'Beds', title: 'x', id: 'cmp' },
    );
    expect(cmp.querySelectorAll('path.band')).toHaveLength(1);
    expect(cmp.querySelector('g.hover title')!.textContent).toBe('2024/25\nA: 1 (95% 0.5 to 1.5)');
  });

  it('draws a real run and its CSV', () => {
    const raw = JSON.parse(readFileSync(new URL('../../models/default.json', import.meta.url), 'utf8'));
    const r = runScenario(parseScenario(raw), { seed: 1, years: 2 });
    const c = container();
    flowsChart(r.series, c, { id: 'f' });
    outcomesChart(r.years, c, { id: 'o' });
    balancesChart({ month: r.series.month, balances: r.series.balances }, c, { id: 'b' });
    expect(c.querySelectorAll('svg')).toHaveLength(3);
    expect(c.querySelectorAll('g.panel').length).toBeGreaterThan(1);
    const csv = toCsv(flowsRows(r.series));
    expect(csv.split('\n')[0]).toBe('month,bedsOccupied,delayedDischarges');
    expect(csv.trim().split('\n')).toHaveLength(25);
  });

  it('an in-place update of a streaming chart gives the same markup as a fresh draw', () => {
    // Month by month, as the page streams a run: every update either applies in place or asks for a redraw.
    const c = container();
    let svg = flowsChart({ ...flows, bedsOccupied: [], delayedDischarges: [] }, c, { id: 'f' });
    let inPlace = 0;
    for (let m = 1; m <= months.length; m++) {
      const data = { ...flows, bedsOccupied: flows.bedsOccupied.slice(0, m), delayedDischarges: flows.delayedDischarges.slice(0, m) };
      if (updateFlowsChart(svg, data, { id: 'f' })) inPlace++;
      else {
        c.replaceChildren();
        svg = flowsChart(data, c, { id: 'f' });
      }
      const fresh = container();
      flowsChart(data, fresh, { id: 'f' });
      expect(c.innerHTML).toBe(fresh.innerHTML);
    }
    expect(inPlace).toBeGreaterThan(months.length / 2);
    // Balances: growing values move the y axis, which is redrawn in place too.
    const balances = [0, 1, 2].map((j) => ({ org: `o${j}`, kind: 'acute', values: months.map((_, i) => (j - 1) * 1e6 * (1 + i / 3)) }));
    const b = container();
    const bsvg = balancesChart({ month: months, balances: balances.map((x) => ({ ...x, values: x.values.slice(0, 1) })) }, b, { id: 'b' });
    const ticks = new Set<string>();
    for (let m = 2; m <= months.length; m++) {
      const data = { month: months, balances: balances.map((x) => ({ ...x, values: x.values.slice(0, m) })) };
      expect(updateBalancesChart(bsvg, data, { id: 'b' })).toBe(true);
      const fresh = container();
      balancesChart(data, fresh, { id: 'b' });
      expect(b.innerHTML).toBe(fresh.innerHTML);
      ticks.add(bsvg.querySelector('g.axis-y')!.textContent!);
    }
    expect(ticks.size).toBeGreaterThan(2);
    // Gaps, lone points (dots), bands and changed earlier values are updated too.
    const labels = ['a', 'b', 'c', 'd', 'e'];
    const opts = { yLabel: 'y', yDomain: [0, 10] as [number, number], id: 'l' };
    const l = container();
    const lsvg = lineChart({ labels, series: [{ name: 's', values: [1, null, 3] }, { name: 't', values: [2, 2, 2], lower: [1, 1, 1], upper: [3, 3, 3] }] }, l, opts);
    const next = { labels, series: [{ name: 's', values: [1, 5, null, 4, null] }, { name: 't', values: [2, 3, 2, 2, 9], lower: [1, 1, 1, 1, 8], upper: [3, 3, 3, 3, 10] }] };
    expect(updateLineChart(lsvg, next, opts)).toBe(true);
    const fresh = container();
    lineChart(next, fresh, opts);
    expect(l.innerHTML).toBe(fresh.innerHTML);
    // A different series list cannot be updated in place.
    expect(updateLineChart(lsvg, { labels, series: [{ name: 'u', values: [1] }] }, opts)).toBe(false);
  });

  it('CSV quotes fields that need it', () => {
    expect(toCsv([{ a: 'x,y', b: 1 }, { a: 'he said "hi"', c: 2 }])).toBe('a,b,c\n"x,y",1,\n"he said ""hi""",,2\n');
  });
});
