// comlink ships a .d.ts but TypeScript expects a .d.mts beside the .mjs adapter (TS7016 without this).
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import nodeEndpoint from 'comlink/dist/umd/node-adapter';
  export default nodeEndpoint;
}
