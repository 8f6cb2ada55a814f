/**
 * The page's Content-Security-Policy: scripts, workers, styles and fonts
 * from the page's own origin only (no inline script, no eval, no inline
 * style element or attribute; styles set from script go through the CSSOM,
 * which the policy allows); images also from `data:` (the favicon) and
 * `blob:` (a chart drawn to a canvas for a PNG download). The build writes
 * it into index.html as a `<meta>` element and the preview server (`npm
 * start`) sends it as a header, which also covers the worker's script
 * (vite.config.ts). It is left out of the dev server, whose hot reload
 * injects style elements.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
