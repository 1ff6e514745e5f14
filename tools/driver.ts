// The little that the end-to-end specs need from a browser, implemented once per engine
// (playwright-core for Chromium, puppeteer-core over WebDriver BiDi for Firefox).
export interface E2EPage {
  goto(url: string): Promise<void>;
  /** Evaluates a JavaScript expression (a string, so one spec serves both drivers) and returns its JSON value. */
  eval<T = unknown>(expression: string): Promise<T>;
  /** Polls an expression until it is truthy; returns its value. Return plain values, never DOM nodes
   * (WebDriver BiDi serialises a node to nothing useful). */
  waitFor<T = unknown>(expression: string, timeoutMs?: number): Promise<T>;
  hover(selector: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** Emulates prefers-color-scheme; absent where the driver cannot (Firefox over BiDi has no media emulation). */
  emulateColorScheme?(scheme: 'light' | 'dark'): Promise<void>;
  close(): Promise<void>;
}

export interface E2EBrowser {
  name: 'chromium' | 'firefox';
  newPage(): Promise<E2EPage>;
  /** Opens an extension page (path inside dist, e.g. src/popup/index.html?tabId=3) in a new tab. */
  openExtensionPage(path: string): Promise<E2EPage>;
  close(): Promise<void>;
}

export const DIST = (target: 'chrome' | 'firefox') => new URL(`../dist/${target}/`, import.meta.url).pathname;

export async function poll<T>(fn: () => Promise<T>, timeoutMs: number, what: string): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
