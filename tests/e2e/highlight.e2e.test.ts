// Highlighting, in each browser, against the built extension and pages served from 127.0.0.1: the demo
// article, a first card, what comes first on a long page, a huge flat page, the page's own tasks between our
// slices, and where Backstory never acts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Served } from '../../tools/serve';
import type { E2EBrowser, E2EPage } from '../../tools/driver';
import { forEachBrowser, withPages } from './support/browsers';
import { screenshot } from './support/screenshots';

const MARKS = `document.querySelectorAll('mark[data-backstory]')`;
const CARD = `document.querySelector('[data-backstory-card]')?.shadowRoot`;

forEachBrowser((browser) => {
  let b: E2EBrowser;
  let server: Served;
  let page: E2EPage;
  const get = withPages(browser);
  beforeAll(() => void ({ b, server } = get()));

  describe('demo article', () => {
    beforeAll(async () => {
      page = await b.newPage();
      await page.goto(`${server.origin}/demo/`);
      await page.waitFor(`${MARKS}.length > 20`, 10000);
    });

    it('highlights the names with the testing contract attributes', async () => {
      const ids = await page.eval<string[]>(`[...new Set([...${MARKS}].map((m) => m.dataset.backstory))]`);
      expect(ids).toEqual(expect.arrayContaining(['netflix', 'disney', 'sag-aftra', 'wga', 'amptp', 'generative-ai', 'artificial-intelligence', 'dga']));
      const cats = await page.eval<string[]>(`[...new Set([...${MARKS}].map((m) => m.dataset.backstoryCategory))]`);
      expect(cats).toEqual(expect.arrayContaining(['studio', 'union', 'trade-group', 'ai-term', 'law']));
    });

    it('styles the highlights with the stylesheet injected at document_start', async () => {
      const style = await page.eval<string[]>(`(() => { const s = getComputedStyle(${MARKS}[0]); return [s.backgroundColor, s.borderBottomStyle, s.cursor]; })()`);
      expect(style).toEqual(['rgba(130, 100, 235, 0.16)', 'solid', 'help']);
    });

    it('leaves ordinary words and the reader\'s textarea alone', async () => {
      expect(await page.eval(`document.querySelector('textarea').value`)).toBe('Notes about Netflix and the WGA.');
      const texts = await page.eval<string[]>(`[...${MARKS}].map((m) => m.textContent)`);
      expect(texts).not.toContain('apple');
      expect(texts).not.toContain('universal');
      expect(texts).toContain('Universal Pictures');
    });

    it('shows a card with a source link on hover, and keeps it open while hovered', async () => {
      await page.hover('mark[data-backstory="netflix"]');
      await page.waitFor(`!!${CARD}?.querySelector('a[href^="https://"]')`, 5000);
      const link = await page.eval<{ rel: string; target: string }>(`(() => { const a = ${CARD}.querySelector('a[href^="https://"]'); return { rel: a.rel, target: a.target }; })()`);
      expect(link.rel).toBe('noopener noreferrer');
      expect(link.target).toBe('_blank');
      expect(await page.eval(`${CARD}.querySelector('h2').textContent`)).toBe('Netflix');
      await page.eval(`new Promise((r) => setTimeout(r, 300))`);
      await screenshot(page, `card-${b.name}.png`);
      // Move into the card: it stays.
      const box = await page.eval<{ x: number; y: number }>(`(() => { const r = document.querySelector('[data-backstory-card]').getBoundingClientRect(); return { x: r.x + 20, y: r.y + 20 }; })()`);
      await page.mouseMove(box.x, box.y);
      await page.eval(`new Promise((r) => setTimeout(r, 600))`);
      expect(await page.eval(`!!document.querySelector('[data-backstory-card]')`)).toBe(true);
    });

    it('closes the card on Esc', async () => {
      await page.press('Escape');
      await page.waitFor(`!document.querySelector('[data-backstory-card]')`, 5000);
    });

    it('closes the card when the pointer leaves', async () => {
      await page.hover('mark[data-backstory="disney"]');
      await page.waitFor(`!!${CARD}?.querySelector('h2')`, 5000);
      await page.mouseMove(5, 5);
      await page.waitFor(`!document.querySelector('[data-backstory-card]')`, 5000);
    });
  });

  describe('viewport first', () => {
    // viewport.html: 3,000 paragraphs with a mention each; the page records the first mark to arrive.
    const firstMark = async (hash: string) => {
      const p = await b.newPage();
      await p.goto(`${server.origin}/pages/viewport.html${hash}`);
      await p.waitFor(`document.querySelectorAll('mark[data-backstory]').length === 3000`, 20000);
      const first = await p.eval<string | null>(`document.documentElement.getAttribute('data-first-mark')`);
      await p.close();
      return JSON.parse(first ?? 'null') as { paragraph: number; onScreen: boolean } | null;
    };
    it('highlights the top of a page opened at its top first', async () => {
      expect(await firstMark('')).toMatchObject({ paragraph: 0, onScreen: true });
    });
    it('highlights the mentions on screen first when the page opens at a fragment far down', async () => {
      const first = await firstMark('#p2500');
      expect(first?.onScreen).toBe(true);
      expect(first?.paragraph).toBeGreaterThanOrEqual(2500);
    });
  });

  it('marks every mention on a page whose article has 120,000 children, changing none of its text', async () => {
    const p = await b.newPage();
    await p.goto(`${server.origin}/pages/huge-flat.html`);
    const ids = `[...document.querySelectorAll('mark[data-backstory]')].map((m) => m.dataset.backstory + ':' + m.textContent).join('|')`;
    const want = 'netflix:Netflix|amptp:AMPTP|wga:Writers |wga:Guild|wga: of America|disney:Disney|sag-aftra:SAG-AFTRA';
    expect(await p.waitFor(`(${ids}) === ${JSON.stringify(want)} || null`, 30000).catch(async () => p.eval(ids))).toBe(true);
    expect(await p.eval(`String(document.querySelector('article').textContent.length)`)).toBe(
      await p.eval(`document.documentElement.getAttribute('data-text-length')`),
    );
    await p.close();
  }, 60000);

  it("lets the page's own tasks run between its slices, not after its whole scan", async () => {
    // The page queues a timer when the first mark appears. Our next slice was queued before it; the one after
    // must wait behind it (scheduler.yield's continuations went ahead of it: the timer ran once all 6,000 were in).
    const p = await b.newPage();
    await p.goto(`${server.origin}/pages/turns.html`);
    await p.waitFor(`JSON.parse(document.documentElement.getAttribute('data-backstory-stats') || '{}').doneAt >= 0`, 30000);
    const atTask = Number(await p.waitFor(`document.documentElement.getAttribute('data-marks-at-page-task')`, 10000));
    expect(await p.eval<number>(`${MARKS}.length`)).toBe(6000);
    expect(atTask).toBeGreaterThan(0);
    expect(atTask).toBeLessThan(6000);
    await p.close();
  }, 60000);

  describe('where Backstory never acts', () => {
    beforeAll(async () => {
      page = await b.newPage();
      await page.goto(`${server.origin}/pages/exclusions.html`);
      await page.waitFor(`!!document.querySelector('#plain mark[data-backstory]')`, 10000);
    });

    it('marks plain text, links and phrases split by inline markup', async () => {
      expect(await page.eval(`[...document.querySelectorAll('#plain mark')].map((m) => m.dataset.backstory)`)).toEqual(['wga', 'sag-aftra', 'netflix']);
      expect(await page.eval(`document.querySelector('#a mark')?.dataset.backstory`)).toBe('amptp');
      expect(await page.eval(`document.querySelector('#a').getAttribute('href')`)).toBe('#target');
      const split = await page.eval<string[]>(`[...document.querySelectorAll('#split mark')].map((m) => m.dataset.backstory + ':' + m.textContent)`);
      expect(split.join('|')).toBe('wga:Writers |wga:Guild|wga: of America');
    });

    it('never marks inside form fields, editable regions, code, svg, math or the page\'s own marks', async () => {
      const inside = await page.eval<number>(
        `document.querySelectorAll(':is(input, textarea, select, [contenteditable], script, style, noscript, svg, math, code, pre, kbd, samp, title, #pagemark) mark[data-backstory]').length`,
      );
      expect(inside).toBe(0);
      expect(await page.eval(`document.querySelector('#input').value`)).toBe('Netflix and the WGA');
      expect(await page.eval(`document.title`)).toBe('Netflix in the title is never marked');
    });

    it('keeps typing in a contenteditable next to a highlighted name working and unmarked', async () => {
      await page.click('#editable p');
      await page.press('End');
      await page.type('#editable', ' with Disney and the AMPTP');
      await page.eval(`new Promise((r) => setTimeout(r, 400))`);
      expect(await page.eval(`document.querySelector('#editable').textContent`)).toContain('with Disney and the AMPTP');
      expect(await page.eval(`document.querySelectorAll('#editable mark[data-backstory]').length`)).toBe(0);
    });

    it('reads what the page adds inside a marked sentence together with its block, marking nothing twice', async () => {
      await page.eval(`(() => { const s = document.createElement('span'); s.id = 'late-add'; s.textContent = 'Amazon'; document.querySelector('#late').append(s); return true; })()`);
      await page.waitFor(`!!document.querySelector('#late-add mark[data-backstory]')`, 5000);
      expect(await page.eval(`[...document.querySelectorAll('#late mark')].map((m) => m.dataset.backstory)`)).toEqual(['netflix', 'amazon-mgm-studios']);
    });

    it('a page-forged mark does not open a card', async () => {
      await page.eval(`(() => { const m = document.createElement('mark'); m.dataset.backstory = 'netflix'; m.dataset.backstoryMention = '1'; m.id = 'forged'; m.textContent = 'Forged'; document.body.prepend(m); })()`);
      await page.hover('#forged');
      await page.eval(`new Promise((r) => setTimeout(r, 700))`);
      expect(await page.eval(`!!document.querySelector('[data-backstory-card]')`)).toBe(false);
    });
  });
});
