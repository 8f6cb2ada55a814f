/**
 * Runs zod without compiling parsers through `new Function`: the page's
 * Content-Security-Policy forbids eval (contentSecurityPolicy.ts), and zod's
 * probe for it would otherwise be reported as a violation. Imported before
 * anything that parses a scenario, on the page and in its workers.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
