// End-to-end suite: the built dist/chrome and dist/firefox in real browsers. Run after `npm run build`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // Two files at a time, each with its own browsers: the tests mostly wait on pages and timers, so two share a
    // 2-core machine well (docs/performance.md § Test suite time).
    fileParallelism: true,
    maxWorkers: 2,
    // Each worker imports playwright-core and puppeteer-core once, not once per file (6–14 s between files before).
    isolate: false,
    // One retry would hide flakiness; none.
    retry: 0,
  },
});
