// The popup end to end, in each browser: opened as a tab with ?tabId=N, as the README's contract says. Reads
// the badge through action.getBadgeText from an extension page, drives "Show on page" and checks the page
// scrolled and the card opened, explains a browser page, and runs axe-core (its source injected into the popup
// page) over every view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Served } from '../../tools/serve';
import type { E2EBrowser, E2EPage } from '../../tools/driver';
import type { ChromiumHandle } from '../../tools/chromium';
import { axeViolations } from './support/axe';
import { forEachBrowser } from './support/browsers';
import { screenshot } from './support/screenshots';
import { tabIdFor } from './support/tab-id';

const MARKS = `document.querySelectorAll('mark[data-backstory]')`;
const CARD = `document.querySelector('[data-backstory-card]')?.shadowRoot`;
const ROOT = new URL('../../', import.meta.url).pathname;
const API = `(globalThis.browser ?? chrome)`;

/** Distinct mentions per entity, counted from the page's marks (pieces of one mention share an id). */
const PAGE_COUNTS = `(() => { const out = {}; const seen = new Set(); for (const m of ${MARKS}) { const k = m.dataset.backstoryMention; if (seen.has(k)) continue; seen.add(k); out[m.dataset.backstory] = (out[m.dataset.backstory] ?? 0) + 1; } return out; })()`;

forEachBrowser((browser) => {
  let server: Served;
  let launched: E2EBrowser;
  beforeAll(async () => {
    server = await serve({ '/demo/': `${ROOT}demo` });
    launched = await browser.launch();
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
  });
  const ctx = () => ({ b: launched, origin: server.origin });

  describe('popup', () => {
    let b: E2EBrowser;
    let page: E2EPage;
    let tabId: number;
    let url: string;

    beforeAll(async () => {
      ({ b } = ctx());
      url = `${ctx().origin}/demo/?popup`;
      page = await b.newPage();
      await page.goto(url);
      await page.waitFor(`${MARKS}.length > 20`, 10000);
      tabId = await tabIdFor(b, url);
    });

    it('lists exactly the entities on the page, with their counts and the headline', async () => {
      const expected = await page.eval<Record<string, number>>(PAGE_COUNTS);
      const popup = await b.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
      await popup.waitFor(`document.querySelectorAll('li.entity').length > 0`, 5000);
      const listed = await popup.eval<Record<string, number>>(`Object.fromEntries([...document.querySelectorAll('li.entity')].map((li) => [li.dataset.entity, Number(li.dataset.count)]))`);
      expect(listed).toEqual(expected);
      const total = Object.values(expected).reduce((a, n) => a + n, 0);
      const names = Object.keys(expected).length;
      expect(await popup.eval(`document.querySelector('.count').textContent`)).toBe(`${total} mentions of ${names} names`);
      // Styled: its CSS comes in its script as a constructed sheet (the pages' CSP allows no inline <style>).
      expect(
        await popup.eval(`[getComputedStyle(document.body).width, getComputedStyle(document.querySelector('[role=tab][aria-selected=true]')).borderBottomColor, getComputedStyle(document.querySelector('.backstory-quick')).display]`),
      ).toEqual(['400px', 'rgb(91, 60, 196)', 'flex']);
      // The screenshots for the README: the list, then one row open.
      await popup.setViewport(400, 600);
      await screenshot(popup, `popup-${b.name}.png`);
      await popup.click('li.entity button.name');
      await popup.waitFor(`!!document.querySelector('li.entity .detail')`, 5000);
      if (b.name === 'chromium') await screenshot(popup, 'popup.png');
      await popup.close();
    });

    it('the badge shows how many distinct entities the tab mentions, and its tooltip says so', async () => {
      const names = Object.keys(await page.eval<Record<string, number>>(PAGE_COUNTS)).length;
      const ext = await b.openExtensionPage('src/popup/index.html?tabId=0');
      expect(await ext.waitFor<string>(`${API}.action.getBadgeText({ tabId: ${tabId} })`, 5000)).toBe(String(names));
      expect(await ext.eval<string>(`${API}.action.getTitle({ tabId: ${tabId} })`)).toBe(`Backstory: ${names} names mentioned on this page`);
      await ext.close();
    });

    it('"Show on page" scrolls to the mention, flashes it, opens its card, and cycles', async () => {
      await page.eval(`scrollTo(0, 0)`);
      // An entity first mentioned below the fold, so the scroll is visible.
      const target = await page.eval<string>(
        `(() => { for (const m of ${MARKS}) if (m.getBoundingClientRect().top > innerHeight) return m.dataset.backstory; return [...${MARKS}].at(-1).dataset.backstory; })()`,
      );
      const name = await page.eval<string>(`document.querySelector('mark[data-backstory="${target}"]').textContent`);
      expect(name.length).toBeGreaterThan(0);
      const popup = await b.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
      await popup.waitFor(`!!document.querySelector('li[data-entity="${target}"] button.show')`, 5000);
      await popup.click(`li[data-entity="${target}"] button.show`);
      await page.waitFor(`scrollY > 0 && !!document.querySelector('mark[data-backstory="${target}"].backstory-flash')`, 5000);
      await page.waitFor(`!!${CARD}?.querySelector('h2')`, 5000);
      const first = await page.eval<string>(`document.querySelector('mark.backstory-flash').dataset.backstoryMention`);
      const mentions = await page.eval<number>(`new Set([...document.querySelectorAll('mark[data-backstory="${target}"]')].map((m) => m.dataset.backstoryMention)).size`);
      if (mentions > 1) {
        await page.waitFor(`!document.querySelector('mark.backstory-flash')`, 5000);
        await popup.click(`li[data-entity="${target}"] button.show`);
        await page.waitFor(`document.querySelector('mark.backstory-flash')?.dataset.backstoryMention !== undefined && document.querySelector('mark.backstory-flash').dataset.backstoryMention !== ${JSON.stringify(first)}`, 5000);
      }
      await popup.close();
      await page.press('Escape');
    });

    it('axe-core finds no serious or critical violations in any view', async () => {
      const popup = await b.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
      await popup.setViewport(400, 600);
      await popup.waitFor(`document.querySelectorAll('li.entity').length > 0`, 5000);
      await popup.click('li.entity button.name');
      const found: Record<string, string[]> = { page: await axeViolations(popup) };
      for (const tab of ['positions', 'timeline', 'search'] as const) {
        await popup.click(`#tab-${tab}`);
        await popup.waitFor(`document.querySelector('[role=tabpanel]').dataset.view === '${tab}'`, 5000);
        if (tab === 'search') {
          await popup.type('#q', 'SAG');
          await popup.waitFor(`document.querySelectorAll('li[data-hit]').length > 0`, 5000);
        }
        found[tab] = await axeViolations(popup);
      }
      await popup.click('li[data-hit] button');
      await popup.waitFor(`!!document.querySelector('[data-entity-detail]')`, 5000);
      found.entity = await axeViolations(popup);
      if (b.name === 'chromium') {
        // The dark theme too (colour contrast): Playwright can emulate prefers-color-scheme.
        await (b as ChromiumHandle).raw(popup)!.emulateMedia({ colorScheme: 'dark' });
        found.entity.push(...(await axeViolations(popup)).map((v) => `dark ${v}`));
        await popup.click('button.back');
        await popup.click('#tab-positions');
        found.positions!.push(...(await axeViolations(popup)).map((v) => `dark ${v}`));
        await popup.click('#tab-page');
        await popup.click('li.entity button.name');
        found.page!.push(...(await axeViolations(popup)).map((v) => `dark ${v}`));
      }
      await popup.close();
      const sources = await b.openExtensionPage('src/pages/sources.html');
      await sources.waitFor(`document.querySelectorAll('details').length > 0`, 5000);
      found.sources = await axeViolations(sources);
      await sources.close();
      expect(found).toEqual({ page: [], positions: [], timeline: [], search: [], entity: [], sources: [] });
    });

    it('?entity=<id> opens that entity (the card\'s "More"), ?view= a view', async () => {
      const popup = await b.openExtensionPage(`src/popup/index.html?tabId=${tabId}&entity=sag-aftra`);
      await popup.waitFor(`document.querySelector('[data-entity-detail]')?.dataset.entityDetail === 'sag-aftra'`, 5000);
      expect(await popup.eval(`document.querySelector('#detail-title').textContent`)).toBe('SAG-AFTRA');
      await popup.close();
      const timeline = await b.openExtensionPage(`src/popup/index.html?tabId=${tabId}&view=timeline`);
      await timeline.waitFor(`document.querySelector('[role=tabpanel]')?.dataset.view === 'timeline' && document.querySelectorAll('li[data-event]').length > 0`, 5000);
      await timeline.close();
    });

    it('follows the page as it changes: a new name appears in the open popup, and the badge counts it', async () => {
      const popup = await b.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
      await popup.waitFor(`document.querySelectorAll('li.entity').length > 0`, 5000);
      expect(await popup.eval(`!!document.querySelector('li[data-entity="david-zaslav"]')`)).toBe(false);
      const names = Object.keys(await page.eval<Record<string, number>>(PAGE_COUNTS)).length;
      await page.eval(`(() => { const p = document.createElement('p'); p.id = 'added'; p.textContent = 'David Zaslav spoke to staff about the strike.'; document.body.append(p); })()`);
      await popup.waitFor(`document.querySelector('li[data-entity="david-zaslav"]')?.dataset.count === '1'`, 5000);
      const ext = await b.openExtensionPage('src/popup/index.html?tabId=0');
      expect(await ext.waitFor<string>(`${API}.action.getBadgeText({ tabId: ${tabId} }).then((t) => t === '${names + 1}' && t)`, 5000)).toBe(String(names + 1));
      await ext.close();
      await page.eval(`document.getElementById('added').remove()`);
      await popup.waitFor(`!document.querySelector('li[data-entity="david-zaslav"]')`, 5000);
      await popup.close();
    });

    it('on a browser page it says why in one line, and the dataset views still work', async () => {
      // A privileged page in each browser: chrome://version; about:robots in Firefox (its load never settles
      // for WebDriver BiDi, so it is not awaited). Its tab id is the one that was not there before.
      const ext = await b.openExtensionPage('src/popup/index.html?tabId=0');
      const before = await ext.eval<number[]>(`${API}.tabs.query({}).then((ts) => ts.map((t) => t.id))`);
      const special = await b.newPage();
      void special.goto(b.name === 'chromium' ? 'chrome://version/' : 'about:robots').catch(() => undefined);
      const id = await ext.waitFor<number>(`${API}.tabs.query({}).then((ts) => ts.map((t) => t.id).find((i) => !${JSON.stringify(before)}.includes(i)) ?? 0)`, 5000);
      await ext.eval(`new Promise((r) => setTimeout(r, 1000))`);
      const popup = await b.openExtensionPage(`src/popup/index.html?tabId=${id}`);
      const reason = await popup.waitFor<string>(`document.querySelector('.why')?.dataset.reason ?? ''`, 5000);
      expect(['restricted', 'unknown']).toContain(reason);
      expect(await popup.eval<string>(`document.querySelector('.why p').textContent`)).toMatch(/Browsers|browsers/);
      expect(await popup.eval(`document.querySelectorAll('li.entity').length`)).toBe(0);
      await popup.click('#tab-positions');
      await popup.waitFor(`document.querySelectorAll('tbody tr').length > 0`, 5000);
      await popup.close();
      await ext.close();
      await special.close().catch(() => undefined);
    });
  });
});
