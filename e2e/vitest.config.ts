import { defineConfig } from 'vitest/config';

// End-to-end tests: each file launches a real browser with the built extension against the
// real reference server, so files run one at a time on this 2-core machine. Chromium's are
// built by `npm run test:e2e`; the Firefox project builds its own in its global setup, which
// runs only when a Firefox file is part of the run.
const shared = { fileParallelism: false, testTimeout: 60_000, hookTimeout: 90_000 };

export default defineConfig({
  test: {
    ...shared,
    projects: [
      {
        test: {
          ...shared,
          name: 'chromium',
          include: ['e2e/**/*.test.ts'],
          exclude: ['e2e/firefox/**'],
        },
      },
      {
        test: {
          ...shared,
          name: 'firefox',
          include: ['e2e/firefox/**/*.test.ts'],
          globalSetup: ['e2e/firefox/global-setup.ts'],
        },
      },
    ],
  },
});
