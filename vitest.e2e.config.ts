// End-to-end suite: the built dist/chrome and dist/firefox in real browsers. Run after `npm run build`.
import { basename } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

// Seconds each file took, both browsers (2026-12-05, 2 cores): the longest start first, so that neither worker is
// left alone with a long file at the end (in name order, one worker idled for the last 50 s of a 296 s run). Only
// the order depends on these; a file not listed counts as 30 s.
const SECONDS: Record<string, number> = {
  card: 63, settings: 60, living: 57, popup: 53, briefing: 44, languages: 42, highlight: 39,
  relevance: 34, citation: 25, churn: 21, reload: 20, network: 15, stress: 6,
};
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const seconds = (f: TestSpecification) => SECONDS[basename(f.moduleId, '.e2e.test.ts')] ?? 30;
    return [...files].sort((a, b) => seconds(b) - seconds(a));
  }
}

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // Two files at a time, each with its own browsers: the stage is CPU-bound, and three at a time took longer on
    // 2 cores (298 s against 276 s; docs/performance.md § Test suite time).
    fileParallelism: true,
    sequence: { sequencer: LongestFirst },
    maxWorkers: 2,
    // Each worker imports playwright-core and puppeteer-core once, not once per file (6–14 s between files before).
    isolate: false,
    // One retry would hide flakiness; none.
    retry: 0,
  },
});
