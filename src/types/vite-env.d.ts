/// <reference types="vite/client" />

/** The bundled default model and its validated form, made when the page is built (vite.config.ts; src/api/fastStartApi.ts). */
declare module 'virtual:icsim/parsed-default' {
  const parsed: import('../api/fastStartApi.ts').ParsedDefault;
  export default parsed;
}
