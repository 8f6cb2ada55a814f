/** The words of a Morris figure, shared by `icsim chart --type morris` and the page. */
import { describe, expect, it } from 'vitest';
import { morrisFigureText } from '../../src/export/figures/morrisFigureText.ts';

describe('morrisFigureText', () => {
  it('titles, captions and labels the axes by the metric, with its display scale', () => {
    const t = morrisFigureText('systemBalance', '3 parameters, 2 trajectories of 4 levels, 1 replication averaged at each of 8 points');
    expect(t).toEqual({
      title: 'What drives system balance at the end: Morris screen',
      caption:
        'Each point is a parameter varied over its plausible range (3 parameters, 2 trajectories of 4 levels, 1 replication averaged at each of 8 points). ' +
        'mu*: mean absolute change in system balance at the end from moving the parameter across its range, with its 95% bootstrap interval; ' +
        'sigma: how much that change varies with the other parameters (above the dashed line, mostly through interactions or non-linearly). The ten largest mu* are labelled.',
      xLabel: 'mu*: System balance at the end (£m)',
      yLabel: 'sigma, in the same units',
      scale: 1e-6,
    });
  });

  it('keeps an acronym capitalised and takes another note on the labels', () => {
    const t = morrisFigureText('gpInfluence', 'x', 'Every parameter is labelled.');
    expect(t.title).toBe('What drives GP influence: Morris screen');
    expect(t.caption).toMatch(/non-linearly\)\. Every parameter is labelled\.$/);
  });
});
