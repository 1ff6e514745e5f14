// Chromium with the built extension, through playwright-core (no browser download: Debian's chromium).
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, requireBrowser } from './browsers';
import { DIST, poll, type E2EBrowser, type E2EPage } from './driver';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function wrap(page: Page): E2EPage {
  return {
    goto: async (url) => {
      // A tab opened behind another (the welcome page, a popup window) is hidden: its timers wake at most once a
      // second (a 300 ms hover delay took 1.6 s). Select it first, as the Firefox driver does.
      await page.bringToFront();
      await page.goto(url, { waitUntil: 'load' });
    },
    eval: (expr) => page.evaluate(expr),
    waitFor: (expr, timeoutMs = 5000) => poll(() => page.evaluate(expr), timeoutMs, expr) as never,
    hover: (sel) => page.hover(sel),
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (sel) => page.click(sel),
    press: (key) => page.keyboard.press(key),
    type: (sel, text) => page.locator(sel).pressSequentially(text),
    screenshot: async (path) => void (await page.screenshot({ path })),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    emulateColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    close: () => page.close(),
  };
}

export interface ChromiumHandle extends E2EBrowser {
  context: BrowserContext;
  /** '' when launched with `extension: false`. */
  extensionId: string;
  raw(page: E2EPage): Page | undefined;
}

export interface ChromiumOptions {
  headless?: boolean;
  args?: string[];
  /** A profile to use and keep (a relaunch with the same dir sees the same storage); default a fresh temp dir. */
  profileDir?: string;
  /** UI language, e.g. 'es' (--lang, and LANGUAGE, which Chromium on Linux reads instead). */
  lang?: string;
  /** `false` launches the same browser without Backstory (the baseline of the corpus run). */
  extension?: boolean;
}

export async function launchChromium(opts: ChromiumOptions = {}): Promise<ChromiumHandle> {
  const executablePath = requireBrowser(CHROMIUM, 'chromium');
  const dir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'backstory-chromium-'));
  const ext = DIST('chrome');
  const withExtension = opts.extension ?? true;
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 800 },
    args: [
      ...CHROMIUM_FLAGS,
      ...(withExtension ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : ['--disable-extensions']),
      ...(opts.lang ? [`--lang=${opts.lang}`] : []),
      ...(opts.args ?? []),
    ],
    ...(opts.lang ? { locale: opts.lang, env: { ...process.env, LANGUAGE: opts.lang, LANG: `${opts.lang}.UTF-8` } } : {}),
  });
  let extensionId = '';
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
    extensionId = new URL(worker.url()).host;
  }
  const pages = new WeakMap<E2EPage, Page>();
  const make = (p: Page) => {
    const w = wrap(p);
    pages.set(w, p);
    return w;
  };
  return {
    name: 'chromium',
    context,
    extensionId,
    raw: (p) => pages.get(p),
    newPage: async () => make(await context.newPage()),
    openExtensionPage: async (path) => {
      const p = await context.newPage();
      await p.goto(`chrome-extension://${extensionId}/${path}`);
      return make(p);
    },
    close: async () => {
      await context.close();
      if (!opts.profileDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export { poll };
