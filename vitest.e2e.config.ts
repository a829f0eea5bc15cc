import { defineConfig } from 'vitest/config';

// Real-browser tests: one file at a time (two cores, and each file starts browsers), generous
// timeouts for browser start-up, and a build in dist/ made beforehand by `npm run build`.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
