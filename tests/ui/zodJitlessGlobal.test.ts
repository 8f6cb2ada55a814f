/** The worker's jitless setting made before zod loads (src/ui/zodJitlessGlobal.ts) is the one zod reads. */
import '../../src/ui/zodJitlessGlobal.ts';
import { config } from 'zod/v4/core';
import { describe, expect, it } from 'vitest';

describe('zod without eval, set before zod loads', () => {
  it('is zod\'s own configuration', () => {
    expect(config().jitless).toBe(true);
    expect(config()).toBe((globalThis as { __zod_globalConfig?: object }).__zod_globalConfig);
  });
});
