import { describe, expect, it } from 'vitest';
import { Ledger, LedgerError } from '../../src/engine/ledger.ts';

function ledger() {
  const l = new Ledger(['icb', 'trust', 'practice'], ['external:nhsEngland', 'external:suppliers']);
  const a = l.authorise('allocation 2024/25', 'nhsEngland', 'NHS England chief executive');
  const c = l.authorise('contract 2024/25', 'icb', 'ICB accountable officer');
  return { l, a, c };
}

describe('ledger', () => {
  it('moves whole pence and conserves money', () => {
    const { l, a, c } = ledger();
    l.beginMonth(0);
    l.transfer(3, 0, 100_000, 'allocation', a);
    l.transfer(0, 1, 60_000, 'contract', c);
    l.transfer(1, 4, 59_000, 'staffAndGoods', c);
    l.audit();
    expect(Array.from(l.balances)).toEqual([40_000, 1_000, 0, -100_000, 59_000]);
    expect(l.externalTotals()).toEqual({ inflow: 100_000, outflow: 59_000 });
    expect(l.size).toBe(3);
    expect(l.yearIn[1]).toBe(60_000);
    expect(l.yearOut[1]).toBe(59_000);
  });

  it('traces a balance to its transfers with authorising body and officer', () => {
    const { l, a, c } = ledger();
    l.beginMonth(0);
    l.transfer(3, 0, 500, 'allocation', a);
    l.transfer(0, 1, 200, 'contract', c);
    const t = l.transfersOf('trust');
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ from: 'icb', to: 'trust', amount: 2, reason: 'contract', body: 'icb', officer: 'ICB accountable officer' });
  });

  it('rejects amounts that are not whole non-negative pence, naming the transfer', () => {
    const { l, c } = ledger();
    l.beginMonth(3);
    expect(() => l.transfer(0, 1, 1.5, 'contract', c)).toThrow(/icb -> trust, contract, month 3\).*invalid amount 1.5/);
    expect(() => l.transfer(0, 1, -5, 'contract', c)).toThrow(LedgerError);
    expect(() => l.transfer(0, 1, Number.NaN, 'contract', c)).toThrow(LedgerError);
    expect(() => l.transfer(0, 0, 5, 'contract', c)).toThrow(/distinct/);
    expect(() => l.transfer(0, 9, 5, 'contract', c)).toThrow(/known/);
    expect(() => l.transfer(0, 1, 5, 'contract', 99)).toThrow(/authorisation/);
  });

  it('stops on a balance that its transfers do not explain, naming the transfer', () => {
    const { l, a, c } = ledger();
    l.beginMonth(0);
    l.transfer(3, 0, 1000, 'allocation', a);
    l.transfer(0, 1, 400, 'contract', c);
    // Simulate a bug that creates money outside the ledger.
    l.balances[1]! += 7;
    expect(() => l.audit()).toThrow(/account trust is off by £0.07.*#1 icb -> trust £4 \(contract, month 0, "contract 2024\/25" by icb/);
  });

  it('counts a loan as revenue support in both results', () => {
    const { l, c } = ledger();
    l.beginMonth(0);
    l.transfer(0, 1, 1000, 'loan', c);
    expect(l.yearIn[1]).toBe(1000);
    expect(l.yearOut[0]).toBe(1000);
    expect(l.balances[1]).toBe(1000);
  });
});
