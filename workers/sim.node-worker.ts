/** Node worker_threads entry: exposes the same simulation API over comlink's Node adapter. */
import { parentPort } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createSimApi } from '../src/api/createSimApi.ts';
Comlink.expose(createSimApi(), nodeEndpoint(parentPort!));
