/** Browser module worker: exposes the simulation API over comlink. */
// First: zod without eval, under the page's Content-Security-Policy.
import '../src/ui/zodJitless.ts';
import * as Comlink from 'comlink';
import { createSimApi } from '../src/api/createSimApi.ts';
Comlink.expose(createSimApi());
