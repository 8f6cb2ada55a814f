/**
 * The browser worker's full simulation API, loaded behind its fast start (src/api/fastStartApi.ts).
 * First: zod without eval, under the page's Content-Security-Policy, before the engine's schema is built.
 */
import '../src/ui/zodJitless.ts';

export { createSimApi } from '../src/api/createSimApi.ts';
