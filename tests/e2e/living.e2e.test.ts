// Living pages, in each browser: appended items, a 200-item batch, characterData edits, a ticker,
// shadow roots, frames, a single-page route change, and a hostile page with a strict CSP. Delays from a DOM
// change to its highlight are measured in the page's own world and written to tmp/e2e-delays-<browser>.json.
// Two browsers share a loaded machine here, so the delays have loose bounds (2 s: a change must not wait for the
// page to go idle); the 300 ms goals are `npm run bench:responsive`'s.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Served } from '../../tools/serve';
import type { E2EBrowser, E2EPage } from '../../tools/driver';
import { sumCounts, tabFramesFor } from './support/tabs';
import { forEachBrowser } from './support/browsers';

const ROOT = new URL('../../', import.meta.url).pathname;
const sleep = (page: E2EPage, ms: number) => page.eval(`new Promise((r) => setTimeout(r, ${ms}))`);
/** No mark inside a mark, and every mark's text belongs to its entity. */
const CONSISTENT = `(() => {
  const ids = { netflix: /^Netflix$/, disney: /^Disney$/, wga: /^WGA$/, 'sag-aftra': /^SAG-AFTRA$/, amptp: /^AMPTP$/ };
  const marks = [...document.querySelectorAll('mark[data-backstory]')];
  return document.querySelectorAll('mark[data-backstory] mark').length === 0 &&
    marks.every((m) => !ids[m.dataset.backstory] || ids[m.dataset.backstory].test(m.textContent));
})()`;

forEachBrowser((browser) => {
  let b: E2EBrowser;
  let server: Served;
  const delays: Record<string, unknown> = {};

  beforeAll(async () => {
    server = await serve({ '/pages/': `${ROOT}tests/e2e/pages` });
    b = await browser.launch();
  });
  afterAll(async () => {
    if (b) {
      mkdirSync(`${ROOT}tmp`, { recursive: true });
      writeFileSync(`${ROOT}tmp/e2e-delays-${b.name}.json`, JSON.stringify(delays, null, 2));
      console.log(`[${b.name}] change → highlight delays (ms):`, JSON.stringify(delays));
    }
    await b?.close();
    await server?.close();
  });

  describe('a feed', () => {
    let page: E2EPage;
    beforeAll(async () => {
      page = await b.newPage();
      await page.goto(`${server.origin}/pages/living-feed.html`);
      await page.waitFor(`!!document.querySelector('#feed mark[data-backstory="netflix"]')`, 10000);
    });

    it('highlights appended items soon after they appear', async () => {
      for (let i = 1; i <= 5; i++) {
        await page.eval(`appendItem(${i})`);
        await sleep(page, 350);
      }
      await page.waitFor(`document.querySelectorAll('#feed li mark[data-backstory]').length === 6`, 5000);
      const s = await page.eval<{ n: number; median: number; worst: number }>(`living.summary(feed.appended)`);
      delays.appended = s;
      expect(s.n).toBe(5);
      expect(s.median).toBeLessThan(2000);
    });

    it('highlights a 200-item batch as one batch', async () => {
      await page.eval(`addBatch()`);
      await page.waitFor(`feed.batch.length === 200`, 5000);
      const s = await page.eval<{ n: number; median: number; worst: number }>(`living.summary(feed.batch)`);
      delays.batch = s;
      expect(s.median).toBeLessThan(2000);
      expect(await page.eval(`document.querySelectorAll('#batch mark[data-backstory]').length`)).toBe(200);
      expect(await page.eval(CONSISTENT)).toBe(true);
    });

    it('re-checks text the page rewrites: new mentions appear, stale marks go, the page keeps its text', async () => {
      await page.eval(`setCdata('Now Disney is here.')`);
      await page.waitFor(`document.querySelector('#cdata mark')?.dataset.backstory === 'disney'`, 5000);
      // The page writes into the node it holds (which we split): our pieces must not linger.
      await page.eval(`setCdata('Nothing any more.')`);
      await page.waitFor(`document.querySelectorAll('#cdata mark').length === 0`, 5000);
      expect(await page.eval(`document.querySelector('#cdata').textContent`)).toBe('Nothing any more.');
      await page.eval(`setCdata('Netflix, then Disney.')`);
      await page.waitFor(`document.querySelectorAll('#cdata mark').length === 2`, 5000);
      expect(await page.eval(`document.querySelector('#cdata').textContent`)).toBe('Netflix, then Disney.');
      // Text inside a mark changes so that it no longer matches.
      await page.eval(`document.querySelector('#cmark mark').firstChild.nodeValue = 'WGX'`);
      await page.waitFor(`document.querySelectorAll('#cmark mark').length === 0`, 5000);
      expect(await page.eval(`document.querySelector('#cmark').textContent`)).toBe('The WGX said so.');
      expect(await page.eval(CONSISTENT)).toBe(true);
    });

    it('drops the bookkeeping of removed marks (the counts follow)', async () => {
      await page.eval(`document.getElementById('batch').replaceChildren()`);
      await page.waitFor(`(() => { const s = living.stats(); return s && s.mentions === new Set([...document.querySelectorAll('mark[data-backstory]')].map((m) => m.dataset.backstoryMention)).size; })()`, 5000);
      const t = await tabFramesFor(b, `u.includes('living-feed')`, `(sum.netflix ?? 0) < 10`);
      expect(sumCounts(t).netflix).toBe(await page.eval(`document.querySelectorAll('mark[data-backstory="netflix"]').length`));
    });
  });

  describe('a ticker rewriting a mention 20 times a second', () => {
    it('never duplicates or nests marks, keeps the page\'s text, and stays cheap', async () => {
      const page = await b.newPage();
      await page.goto(`${server.origin}/pages/living-ticker.html`);
      await page.waitFor(`!!document.querySelector('#ticker mark') && !!living.stats()`, 10000);
      const before = await page.eval<{ work: number }>(`living.stats()`);
      const t0 = Date.now();
      await page.eval(`startTicker(50)`);
      const bad: string[] = [];
      for (let i = 0; i < 40; i++) {
        await sleep(page, 47 + (i % 5) * 7);
        const got = await page.eval<{ marks: number; nested: number; text: string; expected: string; text2: string; expected2: string; marks2: number }>(
          `({ marks: document.querySelectorAll('#ticker mark').length, nested: document.querySelectorAll('mark mark').length,
              text: document.getElementById('ticker').textContent, expected: ticker.expected,
              text2: document.getElementById('ticker2').textContent, expected2: ticker.expected2,
              marks2: document.querySelectorAll('#ticker2 mark').length })`,
        );
        if (got.marks > 1 || got.marks2 > 1 || got.nested > 0) bad.push(`marks ${got.marks}/${got.marks2}, nested ${got.nested}`);
        if (got.text !== got.expected) bad.push(`page text "${got.text}" ≠ "${got.expected}"`);
        if (got.text2 !== got.expected2) bad.push(`page text "${got.text2}" ≠ "${got.expected2}"`);
      }
      await page.eval(`stopTicker()`);
      const wall = Date.now() - t0;
      expect(bad).toEqual([]);
      await page.waitFor(`document.querySelectorAll('#ticker mark').length === 1 && document.querySelectorAll('#ticker2 mark').length === 1`, 5000);
      const s = await page.eval<{ n: number; median: number; worst: number }>(`living.summary(ticker.delays)`);
      const t = await page.eval<{ writes: number; missed: number }>(`({ writes: ticker.writes, missed: ticker.missed })`);
      await sleep(page, 120);
      const after = await page.eval<{ work: number; backoffs: number }>(`living.stats()`);
      const cpu = (after.work - before.work) / wall;
      delays.ticker = { ...s, writes: t.writes, highlightedBeforeNextWrite: s.n, cpuShare: Number(cpu.toFixed(3)) };
      expect(s.n).toBeGreaterThan(t.writes / 2);
      expect(s.median).toBeLessThan(2000);
      expect(cpu).toBeLessThan(0.5); // the goal, 0.2, is the bench's
      await page.close();
    });
  });

  describe('shadow roots', () => {
    let page: E2EPage;
    beforeAll(async () => {
      page = await b.newPage();
      await page.goto(`${server.origin}/pages/living-shadow.html`);
    });
    const inShadow = (id: string) => `document.getElementById('${id}').shadowRoot?.querySelector('mark[data-backstory]')?.dataset.backstory ?? null`;

    it('annotates an open shadow root present at load, styled despite being out of reach of our CSS', async () => {
      expect(await page.waitFor(inShadow('early'), 10000)).toBe('netflix');
      const bg = await page.eval<string>(`getComputedStyle(document.getElementById('early').shadowRoot.querySelector('mark')).backgroundColor`);
      expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    });

    it('finds a shadow root attached after load with no other change, and one on an appended host', async () => {
      expect(await page.waitFor(inShadow('late'), 10000)).toBe('sag-aftra');
      await page.eval(`appendHost()`);
      expect(await page.waitFor(inShadow('appended'), 5000)).toBe('amptp');
    });

    it('leaves closed shadow roots alone', async () => {
      expect(await page.eval(`closedRoot.querySelectorAll('mark').length`)).toBe(0);
    });

    // Over 3,000 elements the sweep looks only at custom elements, with one XPath query.
    const STATS = `JSON.parse(document.documentElement.getAttribute('data-backstory-stats') || 'null')`;
    it('on a big page, finds a shadow root attached late to a custom element', async () => {
      const big = await b.newPage();
      await big.goto(`${server.origin}/pages/living-shadow-big.html?custom`);
      expect(await big.waitFor(inShadow('late'), 10000)).toBe('sag-aftra');
      await big.close();
    });

    it('counts every task of its start as its work (the figures the benchmark reads in Firefox)', async () => {
      const big = await b.newPage();
      await big.goto(`${server.origin}/pages/living-shadow-big.html`);
      await big.waitFor(`${STATS}?.doneAt >= 0`, 10000);
      await new Promise((r) => setTimeout(r, 300)); // the report follows the scan; the figures are written 50 ms later
      const s = await big.eval<{ work: number; byWhat: Record<string, number> }>(STATS);
      // The settings' arrival, the task that starts the card and the listeners, the report to the badge, and
      // early.ts's read of the settings at document_start too. (Present, not positive: Firefox's timers can round a
      // short task to 0.)
      expect(Object.keys(s.byWhat)).toEqual(expect.arrayContaining(['early', 'start-up', 'read', 'settings', 'listen', 'report']));
      const sum = Object.values(s.byWhat).reduce((a, v) => a + v, 0);
      expect(Math.abs(sum - s.work)).toBeLessThan(1e-6);
      await big.close();
    });

    it('on a big page without custom elements, stops sweeping until elements are added', async () => {
      const big = await b.newPage();
      await big.goto(`${server.origin}/pages/living-shadow-big.html`);
      await big.waitFor(`${STATS}?.doneAt >= 0`, 10000);
      await new Promise((r) => setTimeout(r, 3500)); // sweeps were due 1 s and 3 s after the first
      expect(await big.eval(`${STATS}.sweeps`)).toBe(1);
      await big.eval(`addLate()`);
      expect(await big.waitFor(inShadow('added'), 12000)).toBe('amptp');
      expect(await big.waitFor(`${STATS}.sweeps > 1`, 5000)).toBe(true); // the figures are written 50 ms later
      await big.close();
    });
  });

  describe('frames', () => {
    it('annotates srcdoc and about:blank frames, and the tab counts every frame', async () => {
      const page = await b.newPage();
      await page.goto(`${server.origin}/pages/living-frames.html`);
      const inFrame = (id: string) => `document.getElementById('${id}').contentDocument?.querySelector('mark[data-backstory]')?.dataset.backstory ?? null`;
      expect(await page.waitFor(inFrame('srcdoc'), 10000)).toBe('amptp');
      expect(await page.waitFor(inFrame('blank'), 10000)).toBe('disney');
      const t = await tabFramesFor(b, `u.includes('living-frames')`, `Object.keys(t.frames).length >= 3`);
      expect(sumCounts(t)).toEqual({ netflix: 1, amptp: 1, disney: 1 });
      await page.close();
    });
  });

  describe('a single-page app', () => {
    it('follows a route change: new marks, and the counts the popup reads are the new view\'s', async () => {
      const page = await b.newPage();
      await page.goto(`${server.origin}/pages/living-route.html`);
      await page.waitFor(`document.querySelectorAll('mark[data-backstory]').length === 2`, 10000);
      await tabFramesFor(b, `u.endsWith('living-route.html')`, `sum.netflix === 1 && sum.wga === 1`);
      await page.click('#go');
      await page.waitFor(`document.querySelectorAll('#view mark[data-backstory]').length === 3`, 5000);
      const t = await tabFramesFor(b, `u.endsWith('?view=two')`, `sum['sag-aftra'] === 2`);
      expect(sumCounts(t)).toEqual({ disney: 1, 'sag-aftra': 2 });
      // And back.
      await page.eval(`history.back()`);
      await page.waitFor(`document.querySelectorAll('#view mark[data-backstory]').length === 2`, 5000);
      const back = await tabFramesFor(b, `u.endsWith('living-route.html')`, `sum.netflix === 1`);
      expect(sumCounts(back)).toEqual({ netflix: 1, wga: 1 });
      await page.close();
    });
  });

  describe('a hostile page with a strict CSP and Trusted Types', () => {
    let page: E2EPage;
    beforeAll(async () => {
      page = await b.newPage();
      await page.goto(`${server.origin}/pages/hostile.html?csp=strict`);
      await page.waitFor(`!!document.querySelector('#p2 mark[data-backstory]')`, 10000);
    });

    it('keeps highlights visible through page CSS that resets mark', async () => {
      const s = await page.eval<{ display: string; visibility: string; opacity: string; bg: string; width: number }>(`(() => {
        const m = document.querySelector('#p1 mark[data-backstory="wga"]'); const c = getComputedStyle(m);
        return { display: c.display, visibility: c.visibility, opacity: c.opacity, bg: c.backgroundColor, width: m.getBoundingClientRect().width };
      })()`);
      expect(s.display).toBe('inline');
      expect(s.visibility).toBe('visible');
      expect(s.opacity).toBe('1');
      expect(s.bg).not.toBe('rgba(0, 0, 0, 0)');
      expect(s.width).toBeGreaterThan(10);
    });

    it('opens a styled card above a maximum z-index overlay, with no CSP violation', async () => {
      await page.hover('#p1 mark[data-backstory="wga"]');
      await page.waitFor(`!!document.querySelector('[data-backstory-card]')?.shadowRoot?.querySelector('h2')`, 5000);
      await sleep(page, 300);
      const top = await page.eval<{ onTop: boolean; styled: boolean }>(`(() => {
        const host = document.querySelector('[data-backstory-card]');
        const r = host.getBoundingClientRect();
        const x = r.left + r.width / 2, y = Math.max(r.top + 10, 140);
        const hit = document.elementFromPoint(x, Math.min(y, r.bottom - 2));
        const h2 = host.shadowRoot.querySelector('h2');
        return { onTop: hit === host, styled: getComputedStyle(host).position === 'fixed' || getComputedStyle(h2).fontFamily !== getComputedStyle(document.body).fontFamily };
      })()`);
      expect(top.onTop).toBe(true);
      expect(top.styled).toBe(true);
      expect(await page.eval(`violations`)).toEqual([]);
    });
  });
});
