import { defineConfig } from 'vitest/config';

// End-to-end tests: each file launches Debian's Chromium with the built extension against the
// real reference server, so files run one at a time on this 2-core machine.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
