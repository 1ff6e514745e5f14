// Firefox ESR with the built extension, through puppeteer-core over WebDriver BiDi (Debian's firefox-esr).
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX, requireBrowser } from './browsers';
import { freshProfile } from './firefox-profile';
import { DIST, poll, type E2EBrowser, type E2EPage } from './driver';
import { GECKO_ID } from '../scripts/manifest';

/** Pinned so tests know the moz-extension:// origin in advance. */
export const FIREFOX_UUID = '5b3cc4a0-0b5e-4c1a-9d2e-6a1f0b5a7c11';

export function wrap(page: Page): E2EPage {
  const evaluate = (expr: string) => page.evaluate(expr);
  return {
    goto: async (url) => {
      // A new tab is not always the selected one in headless Firefox: a background tab clamps its timers to 1 s
      // (seen as ~1000 ms highlight delays and a churn page running 60× slower). Select it first.
      await page.bringToFront();
      // BiDi navigation to moz-extension:// pages does not settle like a web page: poll instead of awaiting.
      if (url.startsWith('moz-extension:')) {
        void page.goto(url).catch(() => undefined);
        await poll(() => evaluate(`location.href.startsWith(${JSON.stringify(url)}) && document.readyState === 'complete'`), 10000, `load of ${url}`);
      } else await page.goto(url, { waitUntil: 'load' });
    },
    eval: (expr) => evaluate(expr) as never,
    waitFor: (expr, timeoutMs = 5000) => poll(() => evaluate(expr), timeoutMs, expr) as never,
    hover: (sel) => page.hover(sel),
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (sel) => page.click(sel),
    press: async (key) => {
      // Playwright-style chords ("Shift+Tab"): hold the modifiers around the last key.
      const keys = key.length > 1 ? key.split('+') : [key];
      const last = keys.pop()!;
      for (const k of keys) await page.keyboard.down(k as never);
      await page.keyboard.press(last as never);
      for (const k of keys.reverse()) await page.keyboard.up(k as never);
    },
    type: (sel, text) => page.type(sel, text),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    setViewport: async (width, height) => {
      try {
        await page.setViewport({ width, height });
      } catch (e) {
        // Firefox ESR 140 sets the viewport but has no emulation.setScreenOrientationOverride, which puppeteer
        // sends beside it (153 has both): the size is what the specs need, so wait for it to apply.
        if (!String(e).includes('setScreenOrientationOverride')) throw e;
        await poll(() => evaluate(`innerWidth === ${width} && innerHeight === ${height}`), 5000, `a ${width}×${height} viewport`);
      }
    },
    close: () => page.close(),
  };
}

export interface FirefoxHandle extends E2EBrowser {
  browser: Browser;
  origin: string;
}

export interface FirefoxOptions {
  headless?: boolean;
  prefs?: Record<string, unknown>;
  /** A profile to use and keep (a relaunch with the same dir sees the same storage); default a fresh temp profile. */
  profileDir?: string;
  /** `false` launches the same browser without Backstory (the baseline of the corpus run). */
  extension?: boolean;
}

export async function launchFirefox(opts: FirefoxOptions = {}): Promise<FirefoxHandle> {
  const executablePath = requireBrowser(FIREFOX, 'firefox-esr');
  const start = (userDataDir: string, prefs: Record<string, unknown>) =>
    puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: opts.headless ?? true,
      defaultViewport: { width: 1280, height: 800 },
      args: ['--remote-allow-system-access'],
      userDataDir,
      extraPrefsFirefox: prefs,
    });
  // A profile that has never started is copied from the template, which starts with puppeteer's prefs only (a
  // pref given here would be saved into its prefs.js). A kept profile is left as it is; a temporary one deleted.
  const kept = opts.profileDir;
  const dir = kept && existsSync(join(kept, 'prefs.js')) ? kept : await freshProfile(executablePath, (d) => start(d, {}), kept);
  const temp = kept ? undefined : dir;
  const browser = await start(dir, {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    ...opts.prefs,
  });
  if (opts.extension ?? true) await browser.installExtension(DIST('firefox'));
  const origin = `moz-extension://${FIREFOX_UUID}`;
  return {
    name: 'firefox',
    browser,
    origin,
    newPage: async () => wrap(await browser.newPage()),
    openExtensionPage: async (path) => {
      const p = wrap(await browser.newPage());
      await p.goto(`${origin}/${path}`);
      return p;
    },
    close: async () => {
      await browser.close();
      if (temp) rmSync(temp, { recursive: true, force: true });
    },
  };
}
