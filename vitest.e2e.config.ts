// End-to-end suite: the built dist/chrome and dist/firefox in real browsers. Run after `npm run build`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    // One retry would hide flakiness; none.
    retry: 0,
  },
});
