// The browsers every e2e file runs in: each file calls forEachBrowser once, and its tests run in a describe
// block per browser, named after it (filter one with `-t chromium`).
import { describe } from 'vitest';
import { launchChromium } from '../../../tools/chromium';
import { launchFirefox } from '../../../tools/firefox';
import type { E2EBrowser } from '../../../tools/driver';

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
