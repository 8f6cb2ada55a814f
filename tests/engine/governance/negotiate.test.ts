import { describe, expect, it } from 'vitest';
import { negotiate, type BoardDecisionInput, type BoardMember } from '../../../src/engine/governance/negotiate.ts';
import { stream } from '../../../src/engine/rng.ts';

const own = (i: number, k: number) => Array.from({ length: k }, (_, j) => (j === i ? 1 : 0));
const members5: BoardMember[] = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, priorities: own(i, 5), votingWeight: 1, recognition: 1, present: true }));
const box5 = { envelope: 1, lo: new Array(5).fill(0), hi: new Array(5).fill(1) };

function input(over: Partial<BoardDecisionInput>): BoardDecisionInput {
  return {
    members: members5,
    quota: { weight: 3 },
    discount: 1,
    rules: ['consensus', 'majority', 'executive'],
    executiveMember: 0,
    box: box5,
    disagreement: [0.2, 0.2, 0.2, 0.2, 0.2],
    rng: stream(1, 'negotiation', 'test'),
    ...over,
  };
}

describe('negotiate', () => {
  it('decides by consensus when the disagreement allocation is feasible, with every present member voting for it', () => {
    const d = negotiate(input({}));
    expect(d.rule).toBe('consensus');
    expect(d.consensus).toBe('statusQuo');
    expect(d.failed).toEqual([]);
    d.allocation!.forEach((v) => expect(v).toBeCloseTo(0.2, 9));
    expect(d.votesFor).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(d.proposer).toBeNull();
  });

  it('falls back to majority when no allocation gives everyone its disagreement payoff', () => {
    // Last year's allocation overspends this year's envelope: 0.25 each is out of reach.
    const d = negotiate(input({ disagreement: [0.25, 0.25, 0.25, 0.25, 0.25] }));
    expect(d.rule).toBe('majority');
    expect(d.failed).toHaveLength(1);
    expect(d.failed[0]!.rule).toBe('consensus');
    expect(d.proposals).toHaveLength(5);
    expect(d.quotaWeight).toBe(3);
    const j = ['a', 'b', 'c', 'd', 'e'].indexOf(d.proposer!);
    expect(d.allocation![j]).toBeCloseTo(0.6, 9);
    expect(d.votesFor).toHaveLength(3);
    expect(d.votesAgainst).toHaveLength(2);
    expect(d.votesFor).toContain(d.proposer);
  });

  it('falls back to the executive when absent members leave the vote short of its quota', () => {
    const members = members5.map((m, i) => ({ ...m, present: i < 2 }));
    // a and b alone cannot both get 0.6 of 1, so consensus fails too.
    const d = negotiate(input({ members, disagreement: [0.6, 0.6, 0, 0, 0], executiveMember: 3 }));
    expect(d.rule).toBe('executive');
    expect(d.failed.map((f) => f.rule)).toEqual(['consensus', 'majority']);
    expect(d.failed[1]!.reason).toMatch(/below the quota 3/);
    expect(d.allocation).toEqual([0, 0, 0, 1, 0]);
    expect(d.present.map((p) => p.id)).toEqual(['a', 'b']);
    expect(d.votesFor).toEqual([]);
  });

  it('lets only present members bargain: an absent member gains nothing', () => {
    // Three members each valuing its own line, from an equal status quo with room to move
    // (envelope grew): the absent member c is held at its disagreement payoff.
    const members: BoardMember[] = ['a', 'b', 'c'].map((id, i) => ({ id, priorities: own(i, 3), votingWeight: 1, recognition: 1, present: id !== 'c' }));
    const d = negotiate({
      members,
      quota: { share: 0.5 },
      discount: 0.9,
      rules: ['consensus'],
      executiveMember: 0,
      box: { envelope: 120, lo: [30, 30, 30], hi: [60, 60, 60] },
      disagreement: [40, 40, 40],
      rng: () => 0.5,
    });
    expect(d.rule).toBe('consensus');
    expect(d.consensus).toBe('agreed');
    // a and b split the 90 left above c's floor of 30 equally.
    expect(d.allocation![0]).toBeCloseTo(45, 7);
    expect(d.allocation![1]).toBeCloseTo(45, 7);
    expect(d.allocation![2]).toBeCloseTo(30, 7);
    expect(d.votesFor).toEqual(['a', 'b']);
    expect(d.utilities![2]).toBeCloseTo(30, 7);
    expect(d.disagreementUtilities).toEqual([40, 40, 40]);
  });

  it('keeps absent members out of majority proposals and votes, and draws the proposer from the stream', () => {
    const members = members5.map((m) => ({ ...m, present: m.id !== 'e' }));
    const run = (seed: number) => negotiate(input({ members, rules: ['majority'], quota: { share: 0.5 }, rng: stream(seed, 'negotiation') }));
    const d = run(3);
    expect(d.rule).toBe('majority');
    expect(d.proposals.map((p) => p.proposer)).toEqual(['a', 'b', 'c', 'd']);
    expect(d.votesFor).not.toContain('e');
    expect(d.votesAgainst).not.toContain('e');
    expect(d.allocation![4]).toBeCloseTo(0, 9);
    expect(JSON.stringify(run(3))).toBe(JSON.stringify(d));
    const proposers = new Set(Array.from({ length: 30 }, (_, s) => run(s).proposer));
    expect(proposers.size).toBe(4);
  });

  it('rejects malformed boards', () => {
    expect(() => negotiate(input({ executiveMember: 9 }))).toThrow(/executive member 9/);
    expect(() => negotiate(input({ members: members5.map((m) => ({ ...m, votingWeight: 1.5 })) }))).toThrow(/non-negative integer/);
    expect(() => negotiate(input({ members: members5.map((m) => ({ ...m, recognition: 0 })) }))).toThrow(/recognition/);
    expect(() => negotiate(input({ disagreement: [1, 1] }))).toThrow(/disagreement allocation has 2 lines/);
    expect(() => negotiate(input({ quota: { share: 1.5 } }))).toThrow(/quota share/);
  });
});
