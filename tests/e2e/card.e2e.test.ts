// The hover card end to end, in each browser: hover intent and timing, persistence, Esc, the top layer over a
// maximum-z-index overlay, keyboard navigation through the manifest command's message, 200% zoom, RTL, axe-core,
// and the light and dark themes (the store screenshots, under `npm run screenshots`).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import type { E2EPage } from '../../tools/driver';
import { forEachBrowser, withPages } from './support/browsers';
import { screenshot } from './support/screenshots';
import { tabIdFor } from './support/tab-id';

const HOST = `document.querySelector('[data-backstory-card]')`;
const CARD = `${HOST}?.shadowRoot`;
const OPEN = `!!${CARD}?.querySelector('h2')`;
const CLOSED = `!${HOST}`;
const sleep = (ms: number) => `new Promise((r) => setTimeout(() => r(true), ${ms}))`;
const rect = (expr: string) => `(() => { const r = ${expr}.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height, top: r.top, bottom: r.bottom, left: r.left, right: r.right }; })()`;
type Rect = { x: number; y: number; w: number; h: number; top: number; bottom: number; left: number; right: number };

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core inside the page on the card's shadow content: serious/critical violations, and rules passed. */
async function axeCard(page: E2EPage): Promise<{ bad: string[]; passed: string[]; incomplete: string[] }> {
  await page.eval(`${AXE}\n;true`); // the page's script world; a plain value back (BiDi serialises nothing else)
  return page.eval<{ bad: string[]; passed: string[]; incomplete: string[] }>(
    `(globalThis.axe ?? window.axe).run({ fromShadowDom: ['[data-backstory-card]', '.card'] })
      .then((r) => ({
        bad: r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.map((n) => JSON.stringify(n.target)).join(', ')),
        passed: r.passes.map((p) => p.id),
        incomplete: r.incomplete.map((p) => p.id),
      }))`,
  );
}

/**
 * The lowest WCAG contrast between the card's opaque background and any of its texts. axe-core cannot work out
 * the background of an element in the top layer (it reports color-contrast as "needs review", ratio 0), so the
 * ratio is computed here from the computed colours.
 */
async function minContrast(page: E2EPage): Promise<number> {
  const colours = await page.eval<{ bg: string; fgs: string[] }>(
    `(() => { const c = ${CARD}.querySelector('.card'); const els = [c, ...c.querySelectorAll('*')].filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.data.trim()));
      return { bg: getComputedStyle(c).backgroundColor, fgs: [...new Set(els.map((e) => getComputedStyle(e).color))] }; })()`,
  );
  const lum = (css: string) => {
    const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const bg = lum(colours.bg);
  expect(colours.fgs.length).toBeGreaterThan(1);
  return Math.min(...colours.fgs.map((f) => (Math.max(lum(f), bg) + 0.05) / (Math.min(lum(f), bg) + 0.05)));
}

forEachBrowser((browser) => {
  const get = withPages(browser);

  describe('hover card', () => {
    let page: E2EPage;
    let url: string;
    beforeAll(async () => {
      const { b, server } = get();
      page = await b.newPage();
      url = `${server.origin}/pages/card.html`;
      await page.goto(url);
      await page.waitFor(`document.querySelectorAll('#top mark[data-backstory]').length === 3`, 10000);
    });

    it('shows the card after the hover delay, with a source link that opens safely in a new tab', async () => {
      // Timed inside the page from the pointer's arrival (the drivers' own hover takes varying time to move). The
      // ≤ 1 s goal is `npm run bench:responsive`'s: here two browsers share a loaded machine, so only hover intent
      // is checked (no card before the 300 ms delay) and the figure printed.
      expect(await page.eval(`document.visibilityState`)).toBe('visible'); // a hidden tab's timers wake once a second
      await page.eval(`document.querySelector('#top mark[data-backstory="wga"]').addEventListener('pointerover', () => { window.__backstoryHoverAt ??= performance.now(); })`);
      await page.hover('#top mark[data-backstory="wga"]');
      const ms = await page.waitFor<number>(`${CARD}?.querySelector('a[href^="https://"]') ? performance.now() - window.__backstoryHoverAt : 0`, 5000);
      console.log(`[card] ${get().b.name}: pointer arrival to sourced card in ${Math.round(ms)} ms (hover delay 300 ms)`);
      expect(ms).toBeGreaterThanOrEqual(290);
      const link = await page.eval<{ rel: string; target: string }>(`(() => { const a = ${CARD}.querySelector('a[href^="https://"]'); return { rel: a.rel, target: a.target }; })()`);
      expect(link).toEqual({ rel: 'noopener noreferrer', target: '_blank' });
      expect(await page.eval(`${CARD}.querySelector('h2').textContent`)).toBe('Writers Guild of America');
      expect(await page.eval(`[...${CARD}.querySelectorAll('h3')].map((h) => h.textContent)`)).toEqual(
        expect.arrayContaining(['Stance on AI', 'Latest contract', 'Key facts']),
      );
    });

    it('stays on top of a fixed z-index 2147483647 overlay that comes later in the document', async () => {
      // Later in document order and the same maximum z-index: only the top layer puts the card above it.
      await page.eval(`document.documentElement.append(document.getElementById('overlay'))`);
      const r = await page.eval<Rect>(rect(HOST));
      const cx = r.x + r.w / 2;
      const cy = r.y + r.h / 2;
      const o = await page.eval<Rect>(rect(`document.getElementById('overlay')`));
      expect(cx > o.left && cx < o.right && cy > o.top && cy < o.bottom).toBe(true); // the overlay is really there
      expect(await page.eval(`document.elementFromPoint(${cx}, ${cy}) === ${HOST}`)).toBe(true);
    });

    it('stays open while the pointer is in the card, and closes after it leaves', async () => {
      const r = await page.eval<Rect>(rect(HOST));
      await page.mouseMove(r.x + 30, r.y + Math.min(40, r.h / 2));
      await page.eval(sleep(700));
      expect(await page.eval(OPEN)).toBe(true);
      const t0 = Date.now();
      await page.mouseMove(1200, 20);
      await page.waitFor(CLOSED, 5000);
      console.log(`[card] ${get().b.name}: closed ${Date.now() - t0} ms after leaving (close delay 300 ms)`);
    });

    it('closes on Esc', async () => {
      await page.hover('#top mark[data-backstory="netflix"]');
      await page.waitFor(OPEN, 5000);
      await page.press('Escape');
      await page.waitFor(CLOSED, 5000);
    });

    it('has no serious or critical axe-core violation inside the card', async () => {
      await page.hover('#top mark[data-backstory="sag-aftra"]');
      await page.waitFor(`!!${CARD}?.querySelector('a[href^="https://"]')`, 5000);
      expect(await page.eval(`${CARD}.querySelectorAll('.actions button').length`)).toBe(2);
      expect(await page.eval(`${CARD}.querySelectorAll('button.copy-citation').length`)).toBeGreaterThan(1);
      const { bad, passed, incomplete } = await axeCard(page);
      console.log(`[card] ${get().b.name}: axe passed ${passed.length} rules; needs review: ${incomplete.join(', ') || 'none'}`);
      expect(bad).toEqual([]);
      // It really looked at the card: these rules only pass where there is a named dialog, links, buttons and a list.
      expect(passed).toEqual(expect.arrayContaining(['aria-dialog-name', 'link-name', 'button-name', 'list']));
      await page.mouseMove(1200, 20);
      await page.waitFor(CLOSED, 5000);
    });

    it('stays inside the viewport and scrolls within itself at 200% zoom (a 640×400 CSS viewport)', async () => {
      await page.setViewport(640, 400);
      try {
        await page.hover('#top mark[data-backstory="sag-aftra"]');
        await page.waitFor(`!!${CARD}?.querySelector('a')`, 5000);
        await page.eval(sleep(100));
        const r = await page.eval<Rect>(rect(HOST));
        expect(r.left).toBeGreaterThanOrEqual(0);
        expect(r.right).toBeLessThanOrEqual(640);
        expect(r.bottom).toBeLessThanOrEqual(400);
        const card = await page.eval<{ font: string; scrolls: boolean }>(
          `(() => { const c = ${CARD}.querySelector('.card'); return { font: getComputedStyle(c).fontSize, scrolls: c.scrollHeight > c.clientHeight && getComputedStyle(c).overflowY === 'auto' }; })()`,
        );
        expect(card).toEqual({ font: '14px', scrolls: true });
      } finally {
        await page.mouseMove(5, 300);
        await page.waitFor(CLOSED, 5000);
        await page.setViewport(1280, 800);
      }
    });

    it('keyboard: the next/previous command focuses a highlight and opens its card, without trapping focus', async () => {
      const { b } = get();
      await page.eval(`window.scrollTo(0, 0)`);
      const tabId = await tabIdFor(b, url);
      const ext = await b.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
      // What the background does on the manifest command: forward it to the tab (real shortcuts cannot be
      // pressed through the drivers; the command-to-message wiring is checked in tests/unit).
      const send = (direction: string) =>
        ext.eval<boolean>(`(globalThis.browser ?? chrome).tabs.sendMessage(${tabId}, { type: 'focusHighlight', direction: '${direction}' }, { frameId: 0 })`);
      const focusedMark = `(document.activeElement?.matches('mark[data-backstory]') && document.activeElement.getAttribute('tabindex') === '-1') ? document.activeElement.dataset.backstory : ''`;
      try {
        expect(await send('next')).toBe(true);
        expect(await page.waitFor(focusedMark, 5000)).toBe('wga');
        await page.waitFor(`${CARD}?.querySelector('h2')?.textContent === 'Writers Guild of America'`, 5000);
        expect(await send('next')).toBe(true);
        expect(await page.waitFor(`${focusedMark} === 'sag-aftra' && 'sag-aftra'`, 5000)).toBe('sag-aftra');
        await page.waitFor(`${CARD}?.querySelector('h2')?.textContent === 'SAG-AFTRA'`, 5000);
        expect(await send('previous')).toBe(true);
        expect(await page.waitFor(`${focusedMark} === 'wga' && 'wga'`, 5000)).toBe('wga');
        expect(await page.eval(`document.querySelectorAll('mark[tabindex]').length`)).toBe(1);
      } finally {
        await ext.close();
      }
      // The card follows its mention when the page scrolls (the scroll moves the mention at once; the card
      // catches up on a later frame).
      const gap = `(${rect(HOST)}.top - ${rect(`document.querySelector('#top mark[data-backstory="wga"]')`)}.bottom)`;
      await page.waitFor(`${CARD}?.querySelector('h2')?.textContent === 'Writers Guild of America'`, 5000);
      const before = await page.eval<number>(gap);
      await page.eval(`window.scrollBy(0, 25)`);
      expect(await page.waitFor(`Math.abs(${gap} - ${before}) < 2`, 5000)).toBe(true);
      await page.eval(`window.scrollTo(0, 0)`);
      await page.eval(sleep(100));
      // Tab enters the card; Shift+Tab returns to the mark; Esc closes; Tab then continues the page's order.
      await page.press('Tab');
      expect(await page.waitFor(`document.activeElement === ${HOST} && ${CARD}.activeElement?.tagName`, 5000)).toBe('A');
      await page.press('Shift+Tab');
      expect(await page.waitFor(`${focusedMark}`, 5000)).toBe('wga');
      await page.press('Escape');
      await page.waitFor(CLOSED, 5000);
      await page.press('Tab');
      expect(await page.waitFor(`document.activeElement?.id`, 5000)).toBe('after');
      // The tabindex is released as focus moves on (on focusin elsewhere, or the task after the Tab): poll briefly.
      const released = `document.querySelectorAll('mark[tabindex]').length === 0`;
      const why = `JSON.stringify({ active: document.activeElement?.outerHTML.slice(0, 80), held: [...document.querySelectorAll('mark[tabindex]')].map((m) => m.outerHTML.slice(0, 120)) })`;
      expect(await page.waitFor(released, 5000).catch(async (e: Error) => Promise.reject(new Error(`${e.message}: ${await page.eval<string>(why)}`)))).toBe(true);
    });
    it('"More" opens the popup page on this entity for this tab', async () => {
      const { b } = get();
      await page.mouseMove(1200, 20);
      await page.hover('#top mark[data-backstory="netflix"]');
      await page.waitFor(`${CARD}?.querySelector('h2')?.textContent === 'Netflix'`, 5000);
      await page.eval(`${CARD}.querySelector('button.more').click()`);
      await page.waitFor(CLOSED, 5000);
      const tabId = await tabIdFor(b, url);
      const ext = await b.openExtensionPage('src/popup/index.html?tabId=0');
      try {
        // Extension pages open in tabs, as the extension itself sees them.
        const views = `(globalThis.browser ?? chrome).extension.getViews({ type: 'tab' }).map((w) => w.location.search)`;
        const found = await ext.waitFor<string>(`${views}.find((q) => q.includes('entity=')) ?? ''`, 5000);
        expect(found).toBe(`?tabId=${tabId}&entity=netflix`);
        await ext.eval(`(globalThis.browser ?? chrome).extension.getViews({ type: 'tab' }).filter((w) => w.location.search.includes('entity=')).forEach((w) => w.close()), true`);
      } finally {
        await ext.close();
      }
    });

    it('"Not this" hides the mention and can stop highlighting the alias, remembered in settings', async () => {
      const { b } = get();
      await page.mouseMove(1200, 20); // the pointer is still where "More" was hovered: arrive afresh
      await page.hover('#top mark[data-backstory="netflix"]');
      await page.waitFor(`${CARD}?.querySelector('h2')?.textContent === 'Netflix'`, 5000);
      await page.eval(`${CARD}.querySelector('button.not-this').click()`);
      expect(await page.eval(`document.querySelector('#top mark[data-backstory="netflix"]').hasAttribute('data-backstory-hidden')`)).toBe(true);
      await page.waitFor(`${CARD}?.querySelector('button.stop')?.textContent === 'Stop highlighting “Netflix”'`, 5000);
      await page.eval(`${CARD}.querySelector('button.stop').click()`);
      const ext = await b.openExtensionPage('src/popup/index.html?tabId=0');
      const sync = `(globalThis.browser ?? chrome).storage.sync`;
      try {
        expect(await ext.waitFor<string>(`${sync}.get('disabledAliases').then((v) => (v.disabledAliases ?? []).join(','))`, 5000)).toBe('Netflix');
      } finally {
        await ext.eval(`${sync}.remove('disabledAliases').then(() => true)`); // leave the profile as found
        await ext.close();
      }
    });
  });

  it('right-to-left page: the card is start-aligned under the mention, in the viewport, with its own direction', async () => {
    const { b, server } = get();
    const page = await b.newPage();
    try {
      await page.goto(`${server.origin}/pages/card-rtl.html`);
      await page.waitFor(`!!document.querySelector('mark[data-backstory="netflix"]')`, 10000);
      await page.hover('mark[data-backstory="netflix"]');
      await page.waitFor(`!!${CARD}?.querySelector('a')`, 5000);
      await page.eval(sleep(100));
      const m = await page.eval<Rect>(rect(`document.querySelector('mark[data-backstory="netflix"]')`));
      const c = await page.eval<Rect>(rect(HOST));
      expect(Math.abs(c.right - m.right)).toBeLessThan(2);
      expect(c.top).toBeGreaterThan(m.bottom);
      expect(c.left).toBeGreaterThanOrEqual(0);
      expect(await page.eval(`getComputedStyle(${CARD}.querySelector('.card')).direction`)).toBe('ltr');
    } finally {
      await page.close();
    }
  });

  it('follows prefers-color-scheme, readable in the light and the dark theme (1280×800)', async () => {
    const { b, server } = get();
    const page = await b.newPage();
    const bg = `getComputedStyle(${CARD}.querySelector('.card')).backgroundColor`;
    try {
      await page.setViewport(1280, 800);
      await page.goto(`${server.origin}/demo/`);
      await page.waitFor(`document.querySelectorAll('mark[data-backstory]').length > 20`, 10000);
      await page.emulateColorScheme?.('light');
      await page.hover('mark[data-backstory="sag-aftra"]');
      await page.waitFor(`!!${CARD}?.querySelector('a')`, 5000);
      await page.eval(sleep(300));
      expect(await page.eval(bg)).toBe('rgb(255, 255, 255)');
      const light = await axeCard(page);
      expect(light.bad).toEqual([]);
      const lightRatio = await minContrast(page);
      console.log(`[card] ${get().b.name}: lowest text contrast in the light card ${lightRatio.toFixed(2)}:1`);
      expect(lightRatio).toBeGreaterThanOrEqual(4.5);
      // Firefox over WebDriver BiDi cannot emulate the media feature: the dark theme and its screenshots are
      // Chromium's.
      if (!page.emulateColorScheme) return;
      await screenshot(page, 'card-light.png');
      await page.emulateColorScheme('dark');
      // The demo page has no dark theme of its own; darken it for a truthful picture of the card on a dark page.
      await page.eval(`Object.assign(document.body.style, { background: '#15131a', color: '#e8e4ee' }); document.documentElement.style.background = '#15131a'`);
      await page.eval(sleep(300));
      expect(await page.eval(bg)).toBe('rgb(33, 29, 41)');
      const dark = await axeCard(page);
      expect(dark.bad).toEqual([]);
      const darkRatio = await minContrast(page);
      console.log(`[card] ${get().b.name}: lowest text contrast in the dark card ${darkRatio.toFixed(2)}:1`);
      expect(darkRatio).toBeGreaterThanOrEqual(4.5);
      await screenshot(page, 'card-dark.png');
    } finally {
      await page.close();
    }
  });
});
