import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and server tests. End-to-end tests in real Chromium have their own config in e2e/.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{utils,components,server,scripts}/**/__tests__/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto'],
  },
});
