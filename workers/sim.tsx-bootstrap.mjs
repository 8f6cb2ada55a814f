// Plain-JS worker entry for Node 20, which cannot start a .ts file as a worker:
// registers tsx inside the worker, then imports the TypeScript entry named in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';
register();
await import(workerData.tsEntry);
