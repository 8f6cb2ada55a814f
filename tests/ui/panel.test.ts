import { describe, expect, it } from 'vitest';
import { mountPanel, type Panel } from '../../src/ui/panel.ts';
import { createPageStore } from '../../src/ui/pageStore.ts';

describe('panels mounted on the page store', () => {
  it('render at mount and again only when their slice of the state changes', () => {
    const page = createPageStore('default');
    // A stand-in for the panel's element (the unit tests run without a DOM).
    const root = { shown: [] as string[] } as unknown as HTMLElement & { shown: string[] };
    const panel: Panel<{ stale: boolean; valid: boolean }> = {
      markup: () => root,
      state: ({ stale, editorValid }) => ({ stale, valid: editorValid }),
      render: (el, s) => (el as typeof root).shown.push(`${String(s.stale)}/${String(s.valid)}`),
    };
    expect(mountPanel(panel, page, {} as Document)).toBe(root);
    page.update({ modelName: 'england' }); // not in the slice: no render
    page.update({ stale: true });
    page.update({ stale: true, editorValid: true }); // no change at all
    page.update({ editorValid: false, lastIssues: [{ path: 'years', message: 'too small' }] });
    expect(root.shown).toEqual(['false/true', 'true/true', 'true/false']);
  });
});
