// webextension-polyfill as an ES module, for the Chromium build (vite.config.ts aliases the package to it).
// The package ships one UMD file. Bundled as CommonJS, its value reaches `import browser from` through the
// bundler's interop, which copies every own property of the value onto a new object and reads each one's
// descriptor. Where Chromium has a native `browser` the polyfill hands that object back, and reading a
// descriptor makes Chromium build that API namespace there and then: every namespace the page may use (11 in
// the popup, among them windows, action and storage), on every page the content script runs in and at every
// popup opening. As an ES module whose default export is `module.exports` itself, nothing is copied and a
// namespace is built when the code first uses it. An alias, not a transform: crxjs builds the standalone
// content script in a second build that runs no plugins but keeps `resolve` (as scripts/vite-plugin-dataset.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { GENERATED_DIR } from './vite-plugin-dataset';

/** The UMD source wrapped so that its CommonJS branch runs against a local `module` and is exported. */
export function polyfillAsEsm(umd: string, file: string): string {
  // The wrapper relies on the UMD's CommonJS branch: `factory(module)` when `exports` is defined.
  if (!umd.includes('typeof exports !== "undefined"') || !umd.includes('module.exports =')) {
    throw new Error(`${file}: not the UMD build this wrapper expects (no CommonJS branch); see scripts/polyfill-esm.ts`);
  }
  const body = umd.replace(/^\/\/# sourceMappingURL=.*$/m, '');
  return `var module = { exports: {} }, exports = module.exports;\n${body}\nexport default module.exports;\n`;
}

/** Writes the ES module and returns its path. */
export function writePolyfillEsm(): string {
  const file = createRequire(import.meta.url).resolve('webextension-polyfill');
  mkdirSync(GENERATED_DIR, { recursive: true });
  const out = join(GENERATED_DIR, 'webextension-polyfill.mjs');
  writeFileSync(out, polyfillAsEsm(readFileSync(file, 'utf8'), file));
  return out;
}
