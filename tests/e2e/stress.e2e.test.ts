// Bounded stress check (the full 200,000-node figures come from `npm run stress`): a 20,000-text-node article is
// annotated completely, and once the page drops it, Backstory holds on to none of the removed nodes (detached
// DOM nodes in a heap snapshot, with a control that the count works). Chromium only: the heap snapshot is CDP's.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { serve, type Served } from '../../tools/serve';
import { detachedNodes, makePage } from '../../tools/stress-page';
import { launchChromium, type ChromiumHandle } from '../../tools/chromium';
import { forEachBrowser } from './support/browsers';

const DIR = new URL('../../tmp/stress-e2e/', import.meta.url).pathname;
const NODES = 20_000;

forEachBrowser(() => {
  let h: ChromiumHandle;
  let server: Served;

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(`${DIR}index.html`, makePage(NODES).html);
    server = await serve({ '/stress/': DIR });
    h = await launchChromium();
  });
  afterAll(async () => {
    await h?.close();
    await server?.close();
  });

  it('annotates a 20,000-node page completely and keeps none of its nodes once the page drops them', async () => {
    const page = await h.context.newPage();
    await page.goto(`${server.origin}/stress/index.html`);
    // One mention every 4 paragraphs of 10 text nodes: 500 marks, none more.
    await page.waitForFunction(() => document.querySelectorAll('mark[data-backstory]').length >= 500, undefined, { timeout: 45_000 });
    expect(await page.evaluate(() => document.querySelectorAll('mark[data-backstory]').length)).toBe(NODES / 40);
    expect(await page.evaluate(() => document.querySelectorAll('mark mark').length)).toBe(0);

    const cdp = await h.context.newCDPSession(page);
    await page.evaluate(() => document.querySelector('article')!.remove());
    await page.waitForTimeout(1000); // the observer's batch, then the mentions are pruned
    const detached = await detachedNodes(cdp);
    await page.evaluate(() => {
      const keep = document.createElement('div');
      keep.append(document.createElement('span'));
      (window as unknown as { keep: Element }).keep = keep;
    });
    expect((await detachedNodes(cdp)) - detached).toBeGreaterThanOrEqual(2); // the count sees held nodes
    expect(detached).toBeLessThan(50);
    await page.close();
  });
}, ['chromium']);
