import { describe, expect, it } from 'vitest';
import { balanceSeries, defaultView, systemsOf, viewChoices } from '../../src/ui/balanceView.ts';

// Two ICSs whose organisations share names, as in a national run.
const tracked = [
  { org: 'ics01:icb', name: 'ICS 1 ICB', kind: 'icb' },
  { org: 'ics01:acute1', name: 'acute1', kind: 'acute' },
  { org: 'ics02:icb', name: 'ICS 2 ICB', kind: 'icb' },
  { org: 'ics02:acute1', name: 'acute1', kind: 'acute' },
  { org: 'practices', name: 'all practices', kind: 'practices' },
];
const values = [[1, 2], [3, 4], [5, 6], [7, 8], [1000, 2000]];

describe('balance views', () => {
  it('names repeated organisations with their ICS, so no legend name repeats', () => {
    const names = balanceSeries('orgs', tracked, values).map((s) => s.name);
    expect(names).toEqual(['ICS 1 ICB', 'acute1, ics01', 'ICS 2 ICB', 'acute1, ics02', 'all practices']);
  });
  it('sums by kind and by ICS, leaving the practices out', () => {
    expect(balanceSeries('byKind', tracked, values).map((s) => [s.name, s.values])).toEqual([['ICB', [6, 8]], ['Acute trusts', [10, 12]]]);
    expect(balanceSeries('bySystem', tracked, values).map((s) => [s.name, s.values])).toEqual([['ICS 1', [4, 6]], ['ICS 2', [12, 14]]]);
    expect(balanceSeries('practices', tracked, values).map((s) => s.values)).toEqual([[1000, 2000]]);
  });
  it('drills down to one ICS and offers every ICS', () => {
    expect(balanceSeries('system:ics02', tracked, values).map((s) => s.org)).toEqual(['ics02:icb', 'ics02:acute1']);
    expect(systemsOf(tracked)).toEqual([{ id: 'ics01', name: 'ICS 1' }, { id: 'ics02', name: 'ICS 2' }]);
    expect(viewChoices(tracked).map((c) => c.value)).toEqual(['byKind', 'orgs', 'bySystem', 'system:ics01', 'system:ics02', 'practices']);
    expect(defaultView(tracked)).toBe('orgs');
  });
});
