/**
 * Browser module worker: exposes the simulation API over comlink. A run of the bundled default
 * model, unedited, starts from its form validated when the page was built, without loading the
 * engine's schema (src/api/fastStartApi.ts); the full API loads behind its first months.
 */
// First: zod without eval (the page's Content-Security-Policy), before any chunk can load it.
import '../src/ui/zodJitlessGlobal.ts';
import * as Comlink from 'comlink';
import parsedDefault from 'virtual:icsim/parsed-default';
import { createFastStartApi } from '../src/api/fastStartApi.ts';

Comlink.expose(createFastStartApi(parsedDefault, async () => (await import('./fullSimApi.ts')).createSimApi()));
