/**
 * Pages the content script loads into. Kept apart from the adapters so `wxt.config.ts` can
 * import it without pulling adapter code into the build config. Match patterns ignore the
 * port, so this covers the demo console on any loopback port.
 */
export const CONSOLE_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
