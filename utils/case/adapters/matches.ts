/**
 * Pages the manifest's content script loads into: the demo consoles on loopback (match
 * patterns ignore the port). Kept apart from the adapters so `wxt.config.ts` can import it
 * without pulling adapter code into the build config. `localhost` is deliberately left out:
 * the case API may live there (a host permission), but a console there is one a lead adds at
 * run time, and the end-to-end tests use it to exercise that path for real.
 */
export const CONSOLE_MATCHES = ['http://127.0.0.1/*'];
