import { defineConfig } from 'vitest/config';
import { datasetPlugin } from './scripts/vite-plugin-dataset';

const shared = {
  plugins: [datasetPlugin()],
  define: { __TARGET__: JSON.stringify('chrome') },
  oxc: { jsx: { runtime: 'automatic' as const, importSource: 'preact' } },
};

export default defineConfig({
  test: {
    projects: [
      { ...shared, test: { name: 'core', environment: 'node', include: ['tests/unit/**/*.test.ts'] } },
      { ...shared, test: { name: 'dom', environment: 'happy-dom', include: ['tests/dom/**/*.test.{ts,tsx}'] } },
    ],
  },
});
