import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { datasetPlugin } from './scripts/vite-plugin-dataset';

// A new object per project: vitest moves `define` entries out of the object it is given (into globals for the
// tests), so a shared one would leave the second project without them.
const shared = () => ({
  plugins: [datasetPlugin()],
  define: { __TARGET__: JSON.stringify('chrome') },
  oxc: { jsx: { runtime: 'automatic' as const, importSource: 'preact' } },
});

// A hang guard, not a speed check (speed goals live in bench/): the property tests' fixed runs take 1–10 s
// alone and several times that when the machine is busy.
const testTimeout = 60_000;

export default defineConfig({
  test: {
    // One worker per core: vitest's default in a run leaves one core free, and on 2 cores ran the files one at a time.
    maxWorkers: availableParallelism(),
    // Worker threads start faster than the default child processes: 50 s against 55 s for this suite on 2 cores.
    pool: 'threads',
    projects: [
      { ...shared(), test: { name: 'core', environment: 'node', include: ['tests/unit/**/*.test.ts'], testTimeout } },
      { ...shared(), test: { name: 'dom', environment: 'happy-dom', include: ['tests/dom/**/*.test.{ts,tsx}'], testTimeout } },
    ],
  },
});
