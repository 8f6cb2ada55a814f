// comlink ships a .d.ts but TypeScript expects a .d.mts beside the .mjs adapter (TOOLCHAIN.md pitfall 4).
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import nodeEndpoint from 'comlink/dist/umd/node-adapter';
  export default nodeEndpoint;
}
