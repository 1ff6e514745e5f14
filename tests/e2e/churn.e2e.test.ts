// Churn, in each browser: a page that never stops changing. While it runs, the marks must stay consistent with
// the page's text; once it is still, every mention is highlighted exactly once and the bookkeeping matches the
// page. `npm test` runs a short churn; `npm run test:soak` runs the same test for 60 s (CHURN_MS=60000).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serve, type Served } from '../../tools/serve';
import type { E2EBrowser } from '../../tools/driver';
import { forEachBrowser } from './support/browsers';

const ROOT = new URL('../../', import.meta.url).pathname;
const CHURN_MS = Number(process.env.CHURN_MS ?? 5000);
/** How often the marks are checked while the page churns. */
const SAMPLE_MS = Math.min(5000, CHURN_MS / 4);

const CHECK = `(() => {
  const ids = { netflix: 'Netflix', disney: 'Disney', wga: 'WGA', 'sag-aftra': 'SAG-AFTRA', amptp: 'AMPTP' };
  const marks = [...document.querySelectorAll('#churn mark[data-backstory]')];
  const s = JSON.parse(document.documentElement.getAttribute('data-backstory-stats') || 'null');
  return {
    nested: document.querySelectorAll('mark mark').length,
    wrongText: marks.filter((m) => ids[m.dataset.backstory] !== m.textContent).length,
    pageTextChanged: pageTextIntact(),
    queue: s?.queue ?? -1, queueMax: s?.queueMax ?? -1, rescans: s?.rescans ?? -1, backoffs: s?.backoffs ?? -1, mentions: s?.mentions ?? -1,
    domMentions: new Set(marks.map((m) => m.dataset.backstoryMention)).size,
    ops: churn.ops, bursts: churn.bursts, running: churn.running,
  };
})()`;
/** Every occurrence of a name in the page's text, against the marks: equal once Backstory has caught up. */
const COVERAGE = `(() => {
  const text = document.getElementById('churn').textContent;
  const names = (text.match(/Netflix|Disney|WGA|SAG-AFTRA|AMPTP/g) ?? []).length;
  return { names, marks: document.querySelectorAll('#churn mark[data-backstory]').length };
})()`;

/** The paragraphs whose names and marks differ, with their HTML and the extension's counters. */
const MISSES = `(() => {
  const out = [...document.querySelectorAll('#churn p')].map((p, i) => ({
    i, names: (p.textContent.match(/Netflix|Disney|WGA|SAG-AFTRA|AMPTP/g) ?? []).length,
    marks: p.querySelectorAll('mark[data-backstory]').length, html: p.innerHTML.slice(0, 300),
  })).filter((r) => r.names !== r.marks);
  return { count: out.length, first: out.slice(0, 8), stats: document.documentElement.getAttribute('data-backstory-stats') };
})()`;

forEachBrowser((browser) => {
  let b: E2EBrowser;
  let server: Served;
  beforeAll(async () => {
    server = await serve({ '/pages/': `${ROOT}tests/e2e/pages` });
    b = await browser.launch();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it(`keeps marks consistent through ${CHURN_MS / 1000} s of churn, and exact once the page is still`, { timeout: CHURN_MS + 60000 }, async () => {
    const page = await b.newPage();
    await page.goto(`${server.origin}/pages/churn.html`);
    await page.waitFor(`!!document.querySelector('#churn mark') && !!document.documentElement.getAttribute('data-backstory-stats')`, 10000);
    await page.eval(`startChurn(${CHURN_MS})`);
    const samples: Record<string, number | boolean>[] = [];
    const t0 = Date.now();
    while (Date.now() - t0 < CHURN_MS) {
      await new Promise((r) => setTimeout(r, SAMPLE_MS));
      const c = await page.eval<Record<string, number | boolean>>(CHECK);
      samples.push(c);
      expect(c.nested, 'nested marks').toBe(0);
      expect(c.wrongText, 'marks whose text is not their entity').toBe(0);
      expect(c.pageTextChanged, 'paragraphs whose text differs from what the page wrote').toBe(0);
    }
    await page.waitFor(`!churn.running`, 10000);
    const cov = await page
      .waitFor<{ names: number; marks: number }>(`(() => { const c = ${COVERAGE}; return c.names === c.marks && c; })()`, 15000)
      .catch(async (e: Error) => {
        // Say which paragraphs disagree, so a failure shows the pattern rather than a count.
        const misses = await page.eval<unknown>(MISSES);
        throw new Error(`${e.message}\nparagraphs whose names and marks differ: ${JSON.stringify(misses, null, 1)}`);
      });
    const end = await page.waitFor<Record<string, number>>(`(() => { const c = ${CHECK}; return c.mentions === c.domMentions && c; })()`, 5000);
    console.log(`[${browser.name}] churn: ${end.ops} ops, ${end.bursts} bursts, ${end.rescans} rescans, queue max ${end.queueMax}, backoffs ${end.backoffs}, ${cov.marks} marks at the end`);
    expect(end.bursts).toBeGreaterThan(0);
    expect(end.rescans).toBeGreaterThan(0);
    expect(end.nested).toBe(0);
    expect(end.pageTextChanged).toBe(0);
    expect(end.queue).toBe(0);
    await page.close();
  });
});
