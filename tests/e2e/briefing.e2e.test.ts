// The popup's briefing on dated and undated fixture articles, in each browser: the page's date read by the
// content script, the storyline, "Since this was written", the views that follow the page, the fit at 400 × 600
// and axe-core. `npm run screenshots` also saves docs/screenshots/briefing-*.png (Chromium).
import { expect, it } from 'vitest';
import type { E2EPage } from '../../tools/driver';
import { axeViolations } from './support/axe';
import { forEachBrowser, withPages } from './support/browsers';
import { screenshot } from './support/screenshots';
import { tabIdFor } from './support/tab-id';

const MARKS = `document.querySelectorAll('mark[data-backstory]')`;
const BRIEFING = `document.querySelector('.briefing')`;

forEachBrowser((browser) => {
  const ctx = withPages(browser);

  /** The fixture loaded and annotated, and its popup open at 400 × 600 with the briefing shown. */
  async function open(name: string): Promise<{ page: E2EPage; popup: E2EPage }> {
    const { b, server } = ctx();
    const url = `${server.origin}/pages/${name}.html`;
    const page = await b.newPage();
    await page.goto(url);
    await page.waitFor(`${MARKS}.length > 3`, 10000);
    const tabId = await tabIdFor(b, url);
    const popup = await b.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    await popup.setViewport(400, 600);
    await popup.waitFor(`!!${BRIEFING} && document.querySelectorAll('li.entity').length > 0`, 5000);
    return { page, popup };
  }

  it('a July 2023 article: the actors strike, and under "Since this was written" its end and the later contracts, sourced', async () => {
    const { page, popup } = await open('briefing-actors-2023');
    expect(await popup.eval(`${BRIEFING}.dataset.storylines`)).toBe('actors-strike-2023');
    expect(await popup.eval(`${BRIEFING}.querySelector('.when').dataset.published`)).toBe('2023-07-25');
    const since = await popup.eval<{ id: string; date: string; href: string }[]>(
      `[...${BRIEFING}.querySelectorAll('.since li')].map((li) => ({ id: li.dataset.event, date: li.querySelector('time').getAttribute('datetime'), href: li.querySelector('a')?.href ?? '' }))`,
    );
    expect(since.map((e) => e.id)).toEqual(expect.arrayContaining(['sag-aftra-strike-ends', 'sag-aftra-2026-deal-to-members']));
    expect(since.map((e) => e.date)).toEqual([...since.map((e) => e.date)].sort());
    for (const e of since) expect(e.href).toMatch(/^https:\/\//);
    expect(await popup.eval(`${BRIEFING}.querySelector('h3 + ol.since') !== null && [...${BRIEFING}.querySelectorAll('h3')].map((h) => h.textContent).includes('Since this was written')`)).toBe(true);
    // The whole briefing is on screen without scrolling.
    expect(await popup.eval<number>(`${BRIEFING}.getBoundingClientRect().bottom`)).toBeLessThanOrEqual(600);
    expect(await popup.eval<number>(`scrollY`)).toBe(0);
    expect(await axeViolations(popup)).toEqual([]);
    if (browser.name === 'chromium') await screenshot(popup, 'briefing-actors-2023.png');
    // Positions and Timeline follow the page.
    await popup.click('#tab-positions');
    await popup.waitFor(`document.querySelector('[role=tabpanel]').dataset.view === 'positions'`, 5000);
    expect(await popup.eval(`[document.querySelector('input[name=cycle]:checked').value, [...document.querySelectorAll('section[data-topic]')].map((s) => s.dataset.topic)]`)).toEqual(['2023', ['digital-replicas']]);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.click('#tab-timeline');
    await popup.waitFor(`document.querySelector('[role=tabpanel]').dataset.view === 'timeline'`, 5000);
    expect(await popup.eval(`[document.querySelector('select').value, document.querySelector('li.here')?.dataset.here]`)).toEqual(['@page', '2023-07-25']);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('a 2026 article dated by <time> in its header: the 2026 contracts, and the SAG-AFTRA deal since', async () => {
    const { page, popup } = await open('briefing-contracts-2026');
    expect(await popup.eval(`[${BRIEFING}.dataset.storylines, ${BRIEFING}.querySelector('.when').dataset.published]`)).toEqual(['contracts-2026', '2026-03-28']);
    expect(await popup.eval(`[...${BRIEFING}.querySelectorAll('.since li')].map((li) => li.dataset.event)`)).toContain('sag-aftra-2026-deal-to-members');
    expect(await popup.eval<number>(`${BRIEFING}.getBoundingClientRect().bottom`)).toBeLessThanOrEqual(600);
    if (browser.name === 'chromium') await screenshot(popup, 'briefing-contracts-2026.png');
    await popup.close();
    await page.close();
  });

  it('an undated article: the video-game strike, and the date said to be unknown', async () => {
    const { page, popup } = await open('briefing-video-game');
    expect(await popup.eval<string>(`${BRIEFING}.dataset.storylines`)).toMatch(/^video-game-strike-2024\b/);
    expect(await popup.eval(`[${BRIEFING}.querySelector('.when').textContent, !!${BRIEFING}.querySelector('.since')]`)).toEqual(['· publication date unknown', false]);
    expect(await axeViolations(popup)).toEqual([]);
    if (browser.name === 'chromium') await screenshot(popup, 'briefing-video-game.png');
    await popup.close();
    await page.close();
  });
});
