/**
 * The page's readers of the decision log, the devolution decisions, the
 * breach timeline and the executive's funding (src/ui/resultFields.ts), on
 * seeded runs of the bundled models: exact values, so a change in what the
 * engine reports, or in how the page reads it, shows here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyVariant, parseScenario, runScenario, setPath } from '../../src/engine/index.ts';
import { breachTimeline, decisionFacets, decisionLines, decisionRuleText, decisionTotals, devolutionRows, executiveRows, filterDecisions, pageOf } from '../../src/ui/resultFields.ts';

const model = (name: string) => JSON.parse(readFileSync(new URL(`../../models/${name}.json`, import.meta.url), 'utf8')) as unknown;

/**
 * Cumbria with loans made without approval and every breach consequence on
 * (the `loan-without-approval-accountable` variant), with the officers not
 * weighing the risk (`officerRisk` 0): otherwise no loan is made without
 * approval in seeds 1 to 30, and there is no breach to show.
 */
const accountable = parseScenario(setPath(applyVariant(model('cumbria'), 'loan-without-approval-accountable'), 'finance.breach.officerRisk', 0), 'cumbria');

describe('the decision log', () => {
  const r = runScenario(accountable, { seed: 1 });
  it('lists the kinds of board, years and boards with their counts', () => {
    const f = decisionFacets(r.decisions);
    expect(f.scopes).toEqual([{ scope: 'icb', count: 3 }, { scope: 'place', count: 12 }]);
    expect(f.years.map((y) => [y.fy, y.count])).toEqual([['2009/10', 5], ['2010/11', 5], ['2011/12', 5]]);
    // Grey's breach is found in 2011/12, after its board's last decision of the run: every place board decides each year.
    expect(f.boards.find((b) => b.board === 'cumbria:grey:place-board')).toEqual({ board: 'cumbria:grey:place-board', scope: 'place', count: 3 });
    expect(f.boards.find((b) => b.board === 'cumbria:west:place-board')).toEqual({ board: 'cumbria:west:place-board', scope: 'place', count: 3 });
  });
  it('filters by kind of board, year and board, and pages the rest', () => {
    expect(filterDecisions(r.decisions, { scope: 'icb' }).every((d) => d.scope === 'icb')).toBe(true);
    expect(filterDecisions(r.decisions, { scope: 'icb' })).toHaveLength(3);
    expect(filterDecisions(r.decisions, { year: 2010 })).toHaveLength(5);
    expect(filterDecisions(r.decisions, { scope: 'place', year: 2010, board: 'cumbria:grey:place-board' })).toHaveLength(1);
    expect(filterDecisions(r.decisions, { scope: 'icb', year: 2010, board: 'cumbria:grey:place-board' })).toHaveLength(0);
    expect(filterDecisions(r.decisions, { scope: '', year: null, board: '' })).toHaveLength(r.decisions.length);
    const rows = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(rows, 2, 50)).toMatchObject({ page: 2, pages: 3, first: 101, last: 120 });
    expect(pageOf(rows, 2, 50).rows).toHaveLength(20);
    expect(pageOf(rows, 9, 50).page).toBe(2);
    expect(pageOf([], 0, 50)).toMatchObject({ page: 0, pages: 1, first: 0, last: 0, rows: [] });
  });
  it('shows a decision line by line in £m beside the allocation with GP seats empty', () => {
    const d = r.decisions[0]!;
    expect(d.board).toBe('cumbria:blue:place-board');
    expect(decisionRuleText(d)).toBe('consensus');
    const lines = decisionLines(d);
    expect(lines.map((l) => l.label)).toEqual(['Acute', 'Community', 'Mental health', 'Primary care', 'Prescribing', 'Social care', 'Prevention']);
    expect(lines[0]).toEqual({ line: 'acute', label: 'Acute', adopted: 68.21, withoutGp: 68.29, gpEffect: -0.08, gpIdeal: 67.57, need: 68.21, statusQuo: 67.29 });
    expect(lines[3]).toMatchObject({ line: 'primaryCare', adopted: 15.13, withoutGp: 14.66, gpEffect: 0.47, gpIdeal: 15.39 });
    // The same envelope either way: what general practice gained on one line came from others.
    // (each line is rounded to £0.01m, so the lines' effects add up to nothing within that rounding).
    expect(Math.abs(lines.reduce((a, l) => a + l.gpEffect, 0))).toBeLessThanOrEqual(0.01 * lines.length / 2);
    // Totals are summed before rounding: the envelope either way.
    expect(decisionTotals(d)).toEqual({ adopted: 133.28, withoutGp: 133.28, gpEffect: 0, gpIdeal: 133.28, need: 131.29, statusQuo: 129.4 });
  });
  it('names a failed rule before the one that decided', () => {
    const d = { ...r.decisions[0]!, rule: 'executive', failed: [{ rule: 'consensus', reason: 'x' }, { rule: 'majority', reason: 'y' }] };
    expect(decisionRuleText(d)).toBe('the executive (after consensus, majority vote failed)');
  });
});

describe('the breach timeline', () => {
  it('puts each loan made without approval in time order with what followed it', () => {
    const t = breachTimeline(runScenario(accountable, { seed: 1 }));
    // West's loan to blue is not found; grey's, in the last year, is, and removes grey's officer and suspends its delegation.
    expect(t.events).toEqual([
      { month: 9, fy: '2009/10', loan: 0, lender: 'cumbria:west', borrower: 'cumbria:blue', officer: 'place accountable officer, West locality', principal: 1249082.76, status: 'repaid', investigated: false, officerRemoved: false, delegationSuspended: false, penalty: 0 },
      { month: 33, fy: '2011/12', loan: 1, lender: 'cumbria:grey', borrower: 'cumbria:south', officer: 'place accountable officer, Locality grey', principal: 1080072.88, status: 'open', investigated: true, officerRemoved: true, delegationSuspended: true, penalty: 108007.29 },
    ]);
  });
  it('splits the penalties pro rata to the loans when every breach was investigated', () => {
    const r = runScenario(accountable, { seed: 3 });
    const t = breachTimeline(r);
    expect(t.events.map((e) => [e.lender, e.principal, e.penalty])).toEqual([
      ['cumbria:west', 1096592.82, 109659.28],
      ['cumbria:grey', 1276679.65, 127667.97],
      ['cumbria:grey', 594224.29, 59422.43],
      ['cumbria:west', 138704.71, 13870.47],
    ]);
    expect(t.events.reduce((a, e) => a + e.penalty, 0)).toBeCloseTo(r.summary.breachConsequences.penalties, 2);
  });
  it('reads each breach\u2019s own consequences from the run (result.breaches), and they add up to the totals', () => {
    const r = runScenario(accountable, { seed: 8 });
    const t = breachTimeline(r);
    expect(t.events).toHaveLength(r.breaches.length);
    expect(t.events.length).toBeGreaterThan(0);
    const c = r.summary.breachConsequences;
    expect(t.events.filter((e) => e.investigated === true).length).toBe(c.investigated);
    expect(t.events.filter((e) => e.officerRemoved === true).length).toBe(c.officersRemoved);
    expect(t.events.filter((e) => e.delegationSuspended === true).length).toBe(c.delegationsSuspended);
    expect(t.events.reduce((a, e) => a + e.penalty, 0)).toBeCloseTo(c.penalties, 2);
    for (const e of t.events) expect(e.borrower).not.toBe('');
  });
  it('reports breaches that brought no consequence, and the loans not made for fear of one', () => {
    const plain = runScenario(parseScenario(applyVariant(model('cumbria'), 'loan-without-approval'), 'cumbria'), { seed: 1 });
    expect(breachTimeline(plain).events.map((e) => [e.investigated, e.officerRemoved, e.penalty])).toEqual([[false, false, 0], [true, false, 0]]);
    const wary = runScenario(parseScenario(applyVariant(model('cumbria'), 'loan-without-approval-accountable'), 'cumbria'), { seed: 1 });
    const t = breachTimeline(wary);
    expect(t.events).toEqual([]);
    expect(t.notMade).toEqual({ count: 5, amount: 5374271.3 });
  });
});

describe('who paid for the GP executive', () => {
  it('names the funding and the amounts paid by practices and the ICB', () => {
    const raw = model('executive-capacity');
    const levy = executiveRows(runScenario(parseScenario(applyVariant(raw, 'practice-funded'), 'e'), { seed: 1 }));
    const system = executiveRows(runScenario(parseScenario(applyVariant(raw, 'system-funded'), 'e'), { seed: 1 }));
    expect(levy.slice(0, 5).map((r) => r.value)).toEqual(['a levy on practices (charged to their accounts)', 1, 3268847.64, 0, 3268847.64]);
    expect(system[0]!.value).toMatch(/^the ICB/);
    expect(system.slice(2, 5).map((r) => r.value)).toEqual([0, 3268847.64, 3268847.64]);
    // Year by year (share funded, practices, ICB for each year), adding up to the totals.
    const byYear = (rows: typeof levy, what: RegExp) => rows.filter((r) => what.test(r.what)).reduce((a, r) => a + (r.value as number), 0);
    expect(levy.length).toBe(5 + 3 * 5);
    expect(byYear(levy, /: paid by practices/)).toBeCloseTo(3268847.64, 2);
    expect(byYear(system, /: paid by the ICB/)).toBeCloseTo(3268847.64, 2);
    expect(byYear(levy, /: paid by the ICB/)).toBe(0);
  });
});

describe('the yearly devolution decisions', () => {
  it('reads the share decided each year, with GP seats empty, and the weights for and against', () => {
    const r = runScenario(parseScenario(applyVariant(model('three-point-plan'), 'contested-unified-attending'), 't'), { seed: 1 });
    const rows = devolutionRows(r);
    expect(rows.map((d) => d.fy)).toEqual(['2025/26', '2026/27', '2027/28', '2028/29']);
    expect(rows[0]).toEqual({ year: 2025, fy: '2025/26', system: 'ics', before: 0.3, after: 0.2558130293765228, withoutGp: 0.2330804991436261, weightFor: 2.365531588895774, weightAgainst: 6.111096952219793 });
    // Each year starts from the last one's decision.
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.before).toBe(rows[i - 1]!.after);
    expect(devolutionRows(runScenario(accountable, { seed: 1 }))).toEqual([]);
  });
});

describe('trusts by region', () => {
  it('lists the regions of England 2023/24 deepest first, and nothing for a model without regions', async () => {
    const { regionRows } = await import('../../src/ui/resultFields.ts');
    const england = model('england-2023-24-generated') as { generate: object };
    const s = parseScenario({ ...england, generate: { ...england.generate, systems: 7, places: 14, pcns: 40, practices: 120, councils: 7, trusts: { acute: 7, community: 2, mentalHealth: 7, integrated: 0 }, population: 2_000_000, regions: [{ name: 'North', systems: 3, startOffset: -0.02 }, { name: 'South', systems: 4, startOffset: 0.01 }] } }, 'regions');
    const rows = regionRows(runScenario(s, { seed: 3 }).summary);
    expect(rows.map((r) => r.region)).toEqual(['North', 'South']);
    expect(rows[0]!['result (% of income)']).toBeLessThan(rows[1]!['result (% of income)']);
    expect(rows.reduce((a, r) => a + r.trusts, 0)).toBe(16);
    expect(regionRows(runScenario(accountable, { seed: 1 }).summary)).toEqual([]);
  });
});
