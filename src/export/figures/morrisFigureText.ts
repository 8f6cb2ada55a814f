/**
 * The words of a Morris figure (title, caption, axis titles) and the
 * metric's display scale, shared by `icsim chart --type morris`
 * (sensitivityFigures.ts) and the page's Sensitivity panel, so both say the
 * same about the same screen. Pure: no file access.
 */
import { metricLabel } from '../labels.ts';
import { lowerFirst } from './Figure.ts';

/** What a Morris figure says, and the scale its values are drawn at. */
export interface MorrisFigureText {
  title: string;
  caption: string;
  xLabel: string;
  yLabel: string;
  /** Multiplies mu, mu*, sigma and intervals for display (1e-6 for £ million). */
  scale: number;
}

/**
 * @param metric the metric's summary column, e.g. gpInfluence
 * @param design the design in words, e.g. "3 parameters, 2 trajectories of 4 levels, ..."
 * @param labelNote what the caption says about the labels
 */
export function morrisFigureText(metric: string, design: string, labelNote = 'The ten largest mu* are labelled.'): MorrisFigureText {
  const lab = metricLabel(metric);
  const name = lowerFirst(lab.label.replace(/ \(.*\)$/, ''));
  return {
    title: `What drives ${name}: Morris screen`,
    caption:
      `Each point is a parameter varied over its plausible range (${design}). mu*: mean absolute change in ${name} from moving the parameter across its range, with its 95% bootstrap interval; ` +
      `sigma: how much that change varies with the other parameters (above the dashed line, mostly through interactions or non-linearly). ${labelNote}`,
    xLabel: `mu*: ${lab.label}`,
    yLabel: 'sigma, in the same units',
    scale: lab.scale,
  };
}
