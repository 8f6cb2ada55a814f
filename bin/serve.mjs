#!/usr/bin/env node
// `npm start` runs `vite build && node bin/serve.mjs`: serves dist/ with vite's
// preview server on 127.0.0.1 (port from PORT, default 4173) until Ctrl-C.
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT=${process.env.PORT}: expected a port number from 0 to 65535`);
  process.exit(2);
}
let server;
try {
  server = await preview({ preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
} catch (e) {
  console.error(`icsim: cannot serve on 127.0.0.1:${port}: ${e.message}`);
  console.error('Set PORT to a free port, e.g. PORT=4174 npm start');
  process.exit(1);
}
const addr = server.httpServer.address();
const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : port}/`;
console.log(`icsim is serving the experiment runner at ${url}`);
console.log('Press Ctrl-C to stop.');
let closing = false;
const stop = async () => {
  if (closing) return;
  closing = true;
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
