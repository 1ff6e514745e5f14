import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { datasetPlugin } from './scripts/vite-plugin-dataset';

// A new object per project: vitest moves `define` entries out of the object it is given (into globals for the
// tests), so a shared one would leave the second project without them.
const shared = (...plugins: Plugin[]) => ({
  plugins: [datasetPlugin(), ...plugins],
  define: { __TARGET__: JSON.stringify('chrome') },
  oxc: { jsx: { runtime: 'automatic' as const, importSource: 'preact' } },
});

// Component tests get one fake in place of src/shared/browser (webextension-polyfill will not load outside an
// extension): the module is swapped where it resolves, so every importer gets it and no test file mocks it.
const browserModule = fileURLToPath(new URL('src/shared/browser.ts', import.meta.url));
const fakeBrowser = (): Plugin => ({
  name: 'backstory:fake-browser',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!source.endsWith('/browser')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id === browserModule ? fileURLToPath(new URL('tests/dom/support/fake-browser.ts', import.meta.url)) : null;
  },
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
      {
        ...shared(fakeBrowser()),
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/dom/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/dom/support/setup.ts'],
          // The files share a module graph per worker (the setup file resets the fake before each test, and vitest
          // restores spies and stubbed globals): 38.2 s against 58.5 s for the unit stage on 2 cores.
          isolate: false,
          restoreMocks: true,
          unstubGlobals: true,
          testTimeout,
        },
      },
    ],
  },
});
