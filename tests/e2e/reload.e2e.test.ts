// Extension reload or update while a tab is open, in each browser: the copy of the content script left in the
// open page is orphaned ("Extension context invalidated"); it must notice, remove its listeners, marks and card,
// and stop without a word in the page's console. Reloading the page then gives one working copy again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Served } from '../../tools/serve';
import { GECKO_ID } from '../../scripts/manifest';
import { DIST, type E2EBrowser, type E2EPage } from '../../tools/driver';
import { launchChromium } from '../../tools/chromium';
import { launchFirefox, wrap } from '../../tools/firefox';
import { forEachBrowser, type BrowserName } from './support/browsers';

const ROOT = new URL('../../', import.meta.url).pathname;
const MARKS = `document.querySelectorAll('mark[data-backstory]')`;
const CARD = `document.querySelector('[data-backstory-card]')?.shadowRoot`;
/** Console text that would be ours: the invalidation error, our name, or a script of an extension. */
const OURS = /invalidated|backstory|chrome-extension:|moz-extension:|dead object/i;

interface ReloadHarness {
  browser: E2EBrowser;
  /** Opens a page that records its console errors and uncaught errors (the content script's included) into `errors`. */
  newWatchedPage(errors: string[]): Promise<E2EPage>;
  /** Reloads (updates) the extension and resolves once the new copy's background is running. */
  reloadExtension(): Promise<void>;
}

/** Chromium runs the new content script only in new documents, and the orphan can clean up after itself.
 * Firefox injects the new copy into open tabs and kills the old one without running any of its code (so it can
 * neither notice nor clean up), and the new copy takes the old copy's marks back before its own scan. */
type ReloadFlavour = 'orphan-cleans-up' | 'new-copy-takes-over';

/** The state of the page's highlights, as plain values. */
const STATE = `(() => ({
  marks: ${MARKS}.length,
  nested: document.querySelectorAll('mark[data-backstory] mark, mark mark[data-backstory]').length,
  cards: document.querySelectorAll('[data-backstory-card]').length,
  text: document.body.textContent,
  textarea: document.querySelector('textarea').value,
}))()`;
interface State {
  marks: number;
  nested: number;
  cards: number;
  text: string;
  textarea: string;
}

const HARNESS: Record<BrowserName, { flavour: ReloadFlavour; launch(): Promise<ReloadHarness> }> = {
  chromium: {
    // CDP Extensions.loadUnpacked of the same dist/chrome reloads the unpacked extension in place (same id, new
    // service worker), as "Reload" on chrome://extensions does. (chrome.runtime.reload() from the worker unloads
    // an extension loaded with --load-extension and does not bring it back here.)
    flavour: 'orphan-cleans-up',
    async launch() {
      const b = await launchChromium({ args: ['--enable-unsafe-extension-debugging'] });
      return {
        browser: b,
        async newWatchedPage(errors) {
          const page = await b.newPage();
          const raw = b.raw(page)!;
          raw.on('console', (m) => void (m.type() === 'error' && errors.push(`console: ${m.text()} (${m.location().url})`)));
          raw.on('pageerror', (e) => void errors.push(`pageerror: ${e.message}`));
          return page;
        },
        async reloadExtension() {
          const old = b.context.serviceWorkers()[0];
          const next = b.context.waitForEvent('serviceworker', { predicate: (w) => w !== old && w.url().includes(b.extensionId), timeout: 15000 });
          const cdp = await b.context.browser()!.newBrowserCDPSession();
          const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: DIST('chrome') } as never)) as { id: string };
          if (id !== b.extensionId) throw new Error(`reloaded as ${id}, not ${b.extensionId}`);
          await cdp.detach();
          await (await next).evaluate(`chrome.runtime.id`);
        },
      };
    },
  },
  firefox: {
    // Installing dist/firefox again over the temporary add-on (same gecko id) is what about:debugging's Reload
    // does. Content script errors go to the browser console, not the page's; the page's own console and uncaught
    // errors are checked.
    flavour: 'new-copy-takes-over',
    async launch() {
      const b = await launchFirefox();
      return {
        browser: b,
        async newWatchedPage(errors) {
          const raw = await b.browser.newPage();
          raw.on('console', (m) => void (m.type() === 'error' && errors.push(`console: ${m.text()}`)));
          raw.on('pageerror', (e) => void errors.push(`pageerror: ${String(e)}`));
          return wrap(raw);
        },
        async reloadExtension() {
          const id = await b.browser.installExtension(DIST('firefox'));
          if (id !== GECKO_ID) throw new Error(`reinstalled as ${id}, not ${GECKO_ID}`);
          // The new background answers (an extension page can reach it).
          const ext = await b.openExtensionPage('src/popup/index.html?tabId=0');
          try {
            await ext.waitFor(`browser.runtime.sendMessage({ type: 'lookupEntity', id: 'netflix' }).then((c) => c?.name === 'Netflix', () => false)`, 10000);
          } finally {
            await ext.close();
          }
        },
      };
    },
  },
};

forEachBrowser(({ name }) => {
  const { flavour, launch } = HARNESS[name];
  let h: ReloadHarness;
  let server: Served;
  let page: E2EPage;
  const errors: string[] = [];
  let before: State;
  let ids: string[];

  beforeAll(async () => {
    server = await serve({ '/demo/': `${ROOT}demo` });
    h = await launch();
    page = await h.newWatchedPage(errors);
    await page.goto(`${server.origin}/demo/`);
    await page.waitFor(`${MARKS}.length > 20`, 10000);
    // Let the first scan and its sweep settle, so the count is the page's whole set.
    await page.waitFor(`new Promise((r) => setTimeout(() => r(true), 1000))`);
    before = await page.eval<State>(STATE);
    ids = await page.eval<string[]>(`[...new Set([...${MARKS}].map((m) => m.dataset.backstory))].sort()`);
    // From here on, record (in the page's own world) every card host and mark that appears.
    await page.eval(`(() => {
      window.__reload = { cards: 0, marks: 0 };
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) {
          if (n.nodeType !== 1) continue;
          if (n.matches('[data-backstory-card]')) window.__reload.cards++;
          if (n.matches('mark[data-backstory]')) window.__reload.marks++;
          window.__reload.marks += n.querySelectorAll('mark[data-backstory]').length;
        }
      }).observe(document.documentElement, { childList: true, subtree: true });
      return true;
    })()`);
  });
  afterAll(async () => {
    await h?.browser.close();
    await server?.close();
  });

  describe('a tab open while the extension reloads', () => {
    let where: { x: number; y: number };
    let t0: number;

    beforeAll(async () => {
      where = await page.eval(`(() => {
        const r = document.querySelector('mark[data-backstory="netflix"]').getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      })()`);
      t0 = Date.now();
      await h.reloadExtension();
      console.log(`[${h.browser.name}] extension reloaded in ${Date.now() - t0} ms`);
    });

    if (flavour === 'orphan-cleans-up') {
    it('the orphan stands down at the first pointer over the page: every mark goes, and no card ever opens', async () => {
      const t1 = Date.now();
      // Hover where a mark is (or was): the old copy must not open a card for a mention it can no longer look up.
      await page.mouseMove(where.x - 200, where.y);
      await page.mouseMove(where.x, where.y);
      const after = await page.waitFor<State>(`(() => { const s = ${STATE}; return s.marks === 0 ? s : null; })()`, 5000);
      console.log(`[${h.browser.name}] orphan gone ${Date.now() - t1} ms after the hover (${Date.now() - t0} ms after the reload)`);
      // Past the hover delay: still nothing.
      await page.eval(`new Promise((r) => setTimeout(r, 800))`);
      expect(await page.eval<State>(STATE)).toEqual(after);
      expect(after.nested).toBe(0);
      expect(after.cards).toBe(0);
      expect(await page.eval(`window.__reload.cards`)).toBe(0);
      // The page is as the author wrote it: the same text, the reader's textarea untouched.
      expect(after.text).toBe(before.text);
      expect(after.textarea).toBe(before.textarea);
    });

    it('nobody marks the open page twice (Chromium injects the new copy only into new documents)', async () => {
      await page.eval(`new Promise((r) => setTimeout(r, 1500))`);
      expect(await page.eval(`window.__reload.marks`)).toBe(0);
      expect(await page.eval<number>(`${MARKS}.length`)).toBe(0);
    });

    }
    if (flavour === 'new-copy-takes-over') {
    it('the new copy takes the page over: one set of marks, none nested, and its card works', async () => {
      await page.waitFor(`window.__reload.marks >= ${before.marks} && ${MARKS}.length === ${before.marks}`, 10000);
      console.log(`[${h.browser.name}] page marked again by the new copy ${Date.now() - t0} ms after the reload`);
      await page.eval(`new Promise((r) => setTimeout(r, 800))`);
      const after = await page.eval<State>(STATE);
      expect(after.marks).toBe(before.marks);
      expect(after.nested).toBe(0);
      expect(after.text).toBe(before.text);
      expect(after.textarea).toBe(before.textarea);
      expect(await page.eval(`[...new Set([...${MARKS}].map((m) => m.dataset.backstory))].sort()`)).toEqual(ids);
      await page.mouseMove(where.x - 200, where.y);
      await page.mouseMove(where.x, where.y);
      await page.waitFor(`!!${CARD}?.querySelector('a[href^="https://"]')`, 5000);
      expect(await page.eval(`${CARD}.querySelector('h2').textContent`)).toBe('Netflix');
      expect(await page.eval(`document.querySelectorAll('[data-backstory-card]').length`)).toBe(1);
      await page.mouseMove(5, 5);
    });

    }
    it('says nothing in the page console: no "Extension context invalidated", no uncaught error', () => {
      expect(errors.filter((e) => OURS.test(e) || e.startsWith('pageerror'))).toEqual([]);
    });

    it('highlights work again after the page reloads, once', async () => {
      await page.goto(`${server.origin}/demo/`);
      await page.waitFor(`${MARKS}.length >= ${before.marks}`, 10000);
      await page.eval(`new Promise((r) => setTimeout(r, 500))`);
      const s = await page.eval<State>(STATE);
      expect(s.marks).toBe(before.marks);
      expect(s.nested).toBe(0);
      expect(await page.eval(`[...new Set([...${MARKS}].map((m) => m.dataset.backstory))].sort()`)).toEqual(ids);
      // The card reaches the new background: its facts load.
      await page.hover('mark[data-backstory="netflix"]');
      await page.waitFor(`!!${CARD}?.querySelector('a[href^="https://"]')`, 5000);
      expect(await page.eval(`${CARD}.querySelector('h2').textContent`)).toBe('Netflix');
      expect(errors.filter((e) => OURS.test(e) || e.startsWith('pageerror'))).toEqual([]);
    });
  });
});
