// "Sources to" and "Copy citation" end to end, in both browsers: the card on the demo page (an http page on
// 127.0.0.1, a secure context), the card on an http page that is not a secure context (the textarea fallback)
// and the popup's entity detail show the newest source's date, and a real click on "Copy citation" puts the
// expected plain text on the clipboard, read back with navigator.clipboard.readText in a secure page.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serve, type Served } from '../../tools/serve';
import type { E2EBrowser, E2EPage } from '../../tools/driver';
import { launchChromium } from '../../tools/chromium';
import { launchFirefox } from '../../tools/firefox';
import { loadDataset } from '../../scripts/dataset-files';
import { citationText } from '../../src/core/citation';
import { forEachBrowser, type BrowserName } from './support/browsers';
import { tabIdFor } from './support/tab-id';

const ROOT = new URL('../../', import.meta.url).pathname;
const CARD = `document.querySelector('[data-backstory-card]')?.shadowRoot`;
const ds = loadDataset();
const netflix = ds.entities.find((e) => e.id === 'netflix')!;

interface CitationBrowser {
  browser: E2EBrowser;
  /** A selector reaching `inner` inside the card's shadow root, in the driver's syntax. */
  inCard(inner: string): string;
  /** A host name the browser resolves to 127.0.0.1: an http page there is not a secure context. */
  insecureHost: string;
}

/** Dates as the extension writes them (medium style, UTC) in the browser's language. */
async function formatIn(page: E2EPage, dates: string[]): Promise<Map<string, string>> {
  const out = await page.eval<string[]>(
    `${JSON.stringify(dates)}.map((d) => new Intl.DateTimeFormat(navigator.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(d + 'T00:00:00Z')))`,
  );
  return new Map(dates.map((d, i) => [d, out[i]!]));
}

const readClipboard = (page: E2EPage) => page.eval<string>(`navigator.clipboard.readText()`);

/** A browser that lets the page read the clipboard back and resolves backstory.test to 127.0.0.1. */
const LAUNCH: Record<BrowserName, () => Promise<CitationBrowser>> = {
  async chromium() {
    const h = await launchChromium({ args: ['--host-resolver-rules=MAP backstory.test 127.0.0.1'] });
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Playwright's CSS pierces open shadow roots.
    return { browser: h, inCard: (inner) => `[data-backstory-card] ${inner}`, insecureHost: 'backstory.test' };
  },
  async firefox() {
    // The testing pref lets navigator.clipboard.readText answer without the paste prompt;
    // network.dns.localDomains resolves backstory.test to the loopback address.
    const h = await launchFirefox({ prefs: { 'dom.events.testing.asyncClipboard': true, 'network.dns.localDomains': 'backstory.test' } });
    // puppeteer's deep combinator reaches into the card's shadow root.
    return { browser: h, inCard: (inner) => `[data-backstory-card] >>> ${inner}`, insecureHost: 'backstory.test' };
  },
};

forEachBrowser(({ name }) => {
  let h: CitationBrowser;
  let server: Served;
  let page: E2EPage;
  let url: string;

  beforeAll(async () => {
    server = await serve({ '/demo/': `${ROOT}demo` });
    h = await LAUNCH[name]();
    page = await h.browser.newPage();
    url = `${server.origin}/demo/`;
    await page.goto(url);
    await page.waitFor(`document.querySelectorAll('mark[data-backstory="netflix"]').length > 0`, 10000);
  });
  afterAll(async () => {
    await h?.browser.close();
    await server?.close();
  });

  it('the card shows "sources to" the newest source\'s date, and Copy citation copies the fact and its sources', async () => {
    await page.hover('mark[data-backstory="netflix"]');
    await page.waitFor(`!!${CARD}?.querySelector('.summary button.copy-citation')`, 5000);
    const dates = await formatIn(page, [ds.sourcesTo, ...netflix.summary.sources.map((s) => s.date)]);
    expect(ds.sourcesTo).not.toBe(ds.updated);
    expect(await page.eval(`${CARD}.querySelector('.foot').textContent`)).toBe(`Backstory · sources to ${dates.get(ds.sourcesTo)}`);

    await page.eval(`navigator.clipboard.writeText('before').then(() => true, () => false)`);
    await page.click(h.inCard('.summary button.copy-citation'));
    await page.waitFor(`${CARD}.querySelector('.summary [role="status"]').textContent === 'Copied'`, 5000);
    expect(await readClipboard(page)).toBe(citationText(netflix.summary, (iso) => dates.get(iso)!));
  });

  it('on an http page that is not a secure context (no Clipboard API), copies through the fallback', async () => {
    const port = new URL(server.origin).port;
    const insecure = await h.browser.newPage();
    await insecure.goto(`http://${h.insecureHost}:${port}/demo/`);
    expect(await insecure.eval(`isSecureContext || !!navigator.clipboard`)).toBe(false);
    await insecure.waitFor(`document.querySelectorAll('mark[data-backstory="netflix"]').length > 0`, 10000);
    await insecure.hover('mark[data-backstory="netflix"]');
    await insecure.waitFor(`!!${CARD}?.querySelector('.summary button.copy-citation')`, 5000);
    await page.eval(`navigator.clipboard.writeText('before').then(() => true, () => false)`);
    await insecure.click(h.inCard('.summary button.copy-citation'));
    await insecure.waitFor(`${CARD}.querySelector('.summary [role="status"]').textContent === 'Copied'`, 5000);
    expect(await insecure.eval(`${CARD}.querySelectorAll('textarea').length`)).toBe(0);
    const dates = await formatIn(insecure, netflix.summary.sources.map((s) => s.date));
    await insecure.close();
    expect(await readClipboard(page)).toBe(citationText(netflix.summary, (iso) => dates.get(iso)!));
  });

  it('the popup shows "sources to" and its entity detail copies a citation', async () => {
    const tabId = await tabIdFor(h.browser, url);
    const popup = await h.browser.openExtensionPage(`src/popup/index.html?tabId=${tabId}&entity=netflix`);
    await popup.waitFor(`!!document.querySelector('[data-entity-detail] button.copy-citation')`, 10000);
    const fact = netflix.facts[0]!;
    const dates = await formatIn(popup, [ds.sourcesTo, ...fact.sources.map((s) => s.date)]);
    expect(await popup.eval(`document.querySelector('footer').textContent`)).toContain(`Sources to ${dates.get(ds.sourcesTo)} · version ${ds.version}`);

    const button = `section[aria-labelledby="d-facts"] .facts > li:first-child button.copy-citation`;
    await popup.click(button);
    await popup.waitFor(`document.querySelector('section[aria-labelledby="d-facts"] .facts > li:first-child [role="status"]').textContent === 'Copied'`, 5000);
    const expected = citationText(fact, (iso) => dates.get(iso)!);
    expect(await readClipboard(popup)).toBe(expected);
    await popup.close();
  });
});
