// No request leaves the machine. Browses the demo with Backstory (annotation, a hover card, which asks the
// background for facts, and the popup) while recording every request the browser reports for the pages, the
// extension's pages and (Chromium) its service worker, and requires each to stay on 127.0.0.1 or inside the
// extension. Then checks that the extension pages' CSP refuses a fetch even to 127.0.0.1 (connect-src 'none').
// What cannot be recorded in Firefox: requests of moz-extension:// pages and of the background event page (WebDriver
// BiDi, through puppeteer, reports the web pages' requests only). There the CSP check below is the guarantee.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serve, type Served } from '../../tools/serve';
import type { Page as FirefoxPage } from 'puppeteer-core';
import type { E2EBrowser } from '../../tools/driver';
import { launchChromium } from '../../tools/chromium';
import { launchFirefox } from '../../tools/firefox';
import { forEachBrowser, type BrowserName } from './support/browsers';
import { tabIdFor } from './support/tab-id';

const ROOT = new URL('../../', import.meta.url).pathname;
const MARKS = `document.querySelectorAll('mark[data-backstory]')`;
const CARD = `document.querySelector('[data-backstory-card]')?.shadowRoot`;

interface Recording {
  browser: E2EBrowser;
  /** Every URL the browser reported a request for, in every context we can watch. */
  urls: string[];
  /** Runs `expression` in the extension's background context, when the driver can reach it. */
  inBackground?: (expression: string) => Promise<unknown>;
  /** Whether the driver reports requests of extension pages (Chromium: yes; Firefox over BiDi: no). */
  seesExtensionPages: boolean;
}

const staysLocal = (url: string) => {
  const u = new URL(url);
  return ['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:'].includes(u.protocol) || u.hostname === '127.0.0.1';
};

/** A browser with Backstory, recording every request it reports. */
const RECORD: Record<BrowserName, () => Promise<Recording>> = {
  async chromium() {
    // Playwright reports a service worker's own requests only with this switch (Chromium only).
    process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
    const h = await launchChromium();
    const urls: string[] = [];
    h.context.on('request', (r) => void urls.push(r.url()));
    const worker = h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}/`));
    return { browser: h, seesExtensionPages: true, urls, ...(worker ? { inBackground: (e: string) => worker.evaluate(e) } : {}) };
  },
  async firefox() {
    const h = await launchFirefox();
    const urls: string[] = [];
    // Every tab, the popup's included, as it opens (WebDriver BiDi network events through puppeteer).
    const watch = (p: FirefoxPage) => p.on('request', (r) => void urls.push(r.url()));
    for (const p of await h.browser.pages()) watch(p);
    h.browser.on('targetcreated', (t) => void t.page().then((p) => p && watch(p)).catch(() => undefined));
    return { browser: h, seesExtensionPages: false, urls };
  },
};

forEachBrowser(({ name }) => {
  let rec: Recording;
  let server: Served;
  const hits: string[] = [];

  beforeAll(async () => {
    server = await serve({ '/demo/': `${ROOT}demo` });
    server.server.on('request', (req) => hits.push(req.url ?? ''));
    rec = await RECORD[name]();
  });
  afterAll(async () => {
    await rec?.browser.close();
    await server?.close();
  });

  it('browsing the demo, opening a card and the popup sends nothing beyond 127.0.0.1', async () => {
    const b = rec.browser;
    const page = await b.newPage();
    const url = `${server.origin}/demo/`;
    await page.goto(url);
    await page.waitFor(`${MARKS}.length > 20`, 10000);
    await page.hover('mark[data-backstory="netflix"]');
    await page.waitFor(`!!${CARD}?.querySelector('a[href^="https://"]')`, 5000);
    const tabId = await tabIdFor(b, url);
    const popup = await b.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    await popup.waitFor(`document.querySelectorAll('li.entity').length > 0`, 5000);

    // The extension pages cannot fetch anything, not even from 127.0.0.1: their CSP has connect-src 'none'.
    const probe = `${server.origin}/demo/probe-`;
    expect(await popup.eval(`fetch(${JSON.stringify(`${probe}popup`)}).then(() => 'sent', () => 'refused')`)).toBe('refused');
    if (rec.inBackground) expect(await rec.inBackground(`fetch(${JSON.stringify(`${probe}background`)}).then(() => 'sent', () => 'refused')`)).toBe('refused');
    await popup.eval(`new Promise((r) => setTimeout(r, 300))`);
    expect(hits.filter((h) => h.includes('probe-'))).toEqual([]);
    await popup.close();
    await page.close();

    // The recorder saw the page and the extension's own page loading (so it was listening where it matters)…
    expect(rec.urls).toContain(url);
    if (rec.seesExtensionPages) expect(rec.urls.some((u) => /^(chrome|moz)-extension:.*popup/.test(u))).toBe(true);
    // …and nothing that leaves the machine.
    expect(rec.urls.filter((u) => !staysLocal(u))).toEqual([]);
  });
});
