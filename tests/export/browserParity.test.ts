/**
 * Issue 7 item 5: the page's SVG export (src/ui/exporters.ts `svgText`) and
 * `icsim chart` give the same bytes for the same figure drawn from the same
 * data, because both use the same chart functions and the same serialiser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { influenceFromRun, outcomesFromRun } from '../../src/export/figures/runFigures.ts';
import { provenanceOf } from '../../src/export/provenance.ts';
import { readInput, type RunInput } from '../../src/export/readInput.ts';
import { svgContainer } from '../../src/export/svgDocument.ts';
import { svgText } from '../../src/ui/exporters.ts';
import { icsim, RUN, scratch } from './helpers.ts';

describe('browser export and icsim chart', () => {
  for (const type of ['influence', 'outcomes'] as const) {
    it(`${type}: svgText of the drawn figure equals the CLI's SVG`, async () => {
      const dir = scratch();
      const out = join(dir, `${type}.svg`);
      expect((await icsim('chart', RUN, '--type', type, '--out', out, '--date', '2000-01-01')).code).toBe(0);
      const input = readInput(RUN) as RunInput;
      const fig = type === 'influence' ? influenceFromRun(input.result, { type }) : outcomesFromRun(input.result, { type });
      const footer = provenanceOf(input, fig.variants, '2000-01-01').footer;
      const svg = fig.draw(svgContainer(), { widthMm: 160, footer, id: `icsim-${type}` });
      expect(svgText(svg)).toBe(readFileSync(out, 'utf8'));
    });
  }
});
