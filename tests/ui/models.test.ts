/** The page's bundled scenarios (src/ui/models.ts): every model of models/, and the held-out test years by their folder. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL, listModels, loadModelText } from '../../src/ui/models.ts';

describe('bundled models', () => {
  it('lists every model file, the default first, and the held-out years as heldout/NAME', () => {
    const top = readdirSync(new URL('../../models/', import.meta.url)).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
    const heldout = readdirSync(new URL('../../models/heldout/', import.meta.url)).filter((f) => f.endsWith('.json'));
    const names = listModels();
    expect(names[0]).toBe(DEFAULT_MODEL);
    expect([...names].sort()).toEqual([...top.map((f) => f.replace(/\.json$/, '')), ...heldout.map((f) => `heldout/${f.replace(/\.json$/, '')}`)].sort());
    expect(names).toContain('heldout/england-2015-16');
  });

  it('loads a held-out year by that name', async () => {
    const raw = JSON.parse(await loadModelText('heldout/england-2015-16')) as { startYear: number; name: string };
    expect(raw.startYear).toBe(2015);
    await expect(loadModelText('england-2015-16')).rejects.toThrow(/no bundled scenario named "england-2015-16"/);
  });
});
