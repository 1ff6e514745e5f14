// The browsers every e2e file runs in: each file calls forEachBrowser once, and its tests run in a describe
// block per browser, named after it (filter one with `-t chromium`).
import { afterAll, beforeAll, describe } from 'vitest';
import { launchChromium } from '../../../tools/chromium';
import { launchFirefox } from '../../../tools/firefox';
import type { E2EBrowser } from '../../../tools/driver';
import { serve, type Served } from '../../../tools/serve';

const ROOT = new URL('../../../', import.meta.url).pathname;

export type BrowserName = E2EBrowser['name'];

export interface BrowserUnderTest {
  name: BrowserName;
  /** A fresh browser with the built extension and a temporary profile. */
  launch(): Promise<E2EBrowser>;
}

export const BROWSERS: readonly BrowserUnderTest[] = [
  { name: 'chromium', launch: () => launchChromium() },
  { name: 'firefox', launch: () => launchFirefox() },
];

/** Declares `suite` once per browser (all of them unless `only` names some). */
export function forEachBrowser(suite: (browser: BrowserUnderTest) => void, only?: readonly BrowserName[]): void {
  for (const browser of BROWSERS) {
    if (!only || only.includes(browser.name)) describe(browser.name, () => suite(browser));
  }
}

/**
 * Launches `browser` before the tests of the enclosing block, with the demo (/demo/) and the test pages (/pages/)
 * served from 127.0.0.1, and closes both after them. Returns a getter for the tests to call.
 */
export function withPages(browser: BrowserUnderTest): () => { b: E2EBrowser; server: Served } {
  let b: E2EBrowser;
  let server: Served;
  beforeAll(async () => {
    server = await serve({ '/demo/': `${ROOT}demo`, '/pages/': `${ROOT}tests/e2e/pages` });
    b = await browser.launch();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });
  return () => ({ b, server });
}
