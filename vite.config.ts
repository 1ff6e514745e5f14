// One config, one mode flag: `vite build --mode chrome` → dist/chrome, `--mode firefox` → dist/firefox.
import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { readFileSync } from 'node:fs';
import { datasetPlugin } from './scripts/vite-plugin-dataset';
import { writePolyfillEsm } from './scripts/polyfill-esm';
import { deriveManifest, type Target } from './scripts/manifest';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const base = JSON.parse(readFileSync(new URL('./manifest.json', import.meta.url), 'utf8')) as Record<string, unknown>;

export default defineConfig(({ mode }) => {
  if (mode !== 'chrome' && mode !== 'firefox') {
    throw new Error(`Build with --mode chrome or --mode firefox (got "${mode}")`);
  }
  const target: Target = mode;
  const manifest = deriveManifest(base, target, pkg.version);
  return {
    plugins: [
      datasetPlugin(),
      crx({
        // crxjs types the manifest narrowly; ours is checked by deriveManifest's tests and web-ext lint.
        manifest: manifest as never,
        browser: target,
        // A self-contained content script: no dynamic-import loader, so no web_accessible_resources.
        contentScripts: { standaloneFiles: ['src/content/index.ts', 'src/content/early.ts'] },
        liveReload: false,
      }),
    ],
    define: { __TARGET__: JSON.stringify(target) },
    // Firefox has the promise API natively: src/shared/browser-native.ts says why the polyfill is left out.
    // Chromium gets the polyfill as an ES module: scripts/polyfill-esm.ts says why.
    resolve: {
      alias: {
        'webextension-polyfill': target === 'firefox' ? new URL('./src/shared/browser-native.ts', import.meta.url).pathname : writePolyfillEsm(),
      },
    },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      minify: true,
      // Every browser we support has modulepreload: no polyfill module on each page.
      modulePreload: { polyfill: false },
      // Extension pages the manifest does not name (crxjs builds only those it does): onboarding, sources, privacy.
      rollupOptions: {
        input: { welcome: 'src/pages/welcome.html', sources: 'src/pages/sources.html', privacy: 'src/pages/privacy.html' },
        // One shared chunk rather than one per combination of importers: each file an extension page loads is a
        // request the browser serves one after another before the first render (the popup's were 11, then 5, now
        // 3: its entry, this chunk and rolldown's runtime, which rolldown keeps apart). Modules used by one entry
        // stay in it; the popup carries its CSS in its entry (src/popup/main.tsx).
        output: {
          codeSplitting: {
            groups: [
              {
                name: 'shared',
                test: /src[\\/](shared|core|options|popup|pages)[\\/].*\.tsx?$|node_modules[\\/](webextension-polyfill|preact)[\\/]/,
                minShareCount: 2,
              },
            ],
          },
        },
      },
    },
  };
});
