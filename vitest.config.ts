import { defineConfig } from 'vitest/config';

// Unit tests only: no crx plugin, no browser. Real-browser tests live in test/e2e and run through
// their own config (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
