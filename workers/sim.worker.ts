/** Browser module worker: exposes the simulation API over comlink. */
import * as Comlink from 'comlink';
import { createSimApi } from '../src/api/createSimApi.ts';
Comlink.expose(createSimApi());
