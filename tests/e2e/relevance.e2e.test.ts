// Relevance, in each browser: whole pages of the golden corpus (tests/golden/whole), on and off the topic, served
// from 127.0.0.1 to the built extension. The marks must be the ones the corpus expects, as in `npm run eval`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Served } from '../../tools/serve';
import type { E2EBrowser, E2EPage } from '../../tools/driver';
import { forEachBrowser } from './support/browsers';
import type { WholeCase } from '../golden/whole';

/** A few pages of each kind: strikes with surnames and short forms, a profile headed by a name; look-alikes. */
const NAMES = [
  'actors join the strike', 'Tilly Norwood', 'profile of the AMPTP president', 'directors deal',
  'TV review', 'Disney World guide', 'Canadian writers guild', 'markets: big tech earnings', 'music business',
];

interface Span {
  start: number;
  end: number;
  id: string;
}

/** The golden cases and their expected spans, read with happy-dom's DOMParser (as `npm run eval` reads them). */
async function goldenCases(): Promise<{ c: WholeCase; expected: Span[] }[]> {
  const win = new Window();
  Object.assign(globalThis, { DOMParser: win.DOMParser });
  const { WHOLE_PAGES, wholeCase } = await import('../golden/whole');
  const out = WHOLE_PAGES.filter((p) => NAMES.includes(p.name)).map((p) => {
    const c = wholeCase(p);
    const text = new win.DOMParser().parseFromString(`<body>${c.html}</body>`, 'text/html').body.textContent ?? '';
    const expected = c.expect.map(([t, id, n = 1]) => {
      let at = -1;
      for (let k = 0; k < n; k++) at = text.indexOf(t, at + 1);
      return { start: at, end: at + t.length, id };
    });
    return { c, expected };
  });
  await win.happyDOM.close();
  return out;
}

/** The page's mentions as spans of body.textContent (pieces of one mention joined), read in the page. */
const FOUND = `(() => {
  const offsets = new Map(); let total = 0;
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let t = w.nextNode(); t; t = w.nextNode()) { offsets.set(t, total); total += t.data.length; }
  const by = new Map();
  for (const m of document.querySelectorAll('mark[data-backstory]')) {
    const key = m.dataset.backstoryMention; const start = offsets.get(m.firstChild); const len = m.textContent.length;
    const got = by.get(key);
    if (got && got.end === start) got.end += len; else by.set(key, { start, end: start + len, id: m.dataset.backstory });
  }
  return [...by.values()].sort((a, b) => a.start - b.start);
})()`;

const DONE = `(JSON.parse(document.documentElement.dataset.backstoryStats || '{}').doneAt ?? -1) >= 0`;

forEachBrowser((browser) => {
  let b: E2EBrowser;
  let server: Served;
  let dir: string;
  let cases: Awaited<ReturnType<typeof goldenCases>>;
  const tally = { on: { tp: 0, fp: 0, fn: 0 }, off: { tp: 0, fp: 0, fn: 0 } };

  beforeAll(async () => {
    cases = await goldenCases();
    dir = mkdtempSync(join(tmpdir(), 'backstory-golden-'));
    NAMES.forEach((name, i) => {
      const { c } = cases.find((x) => x.c.name === name)!;
      // data-backstory-bench: the content script publishes its figures, so the end of its first scan is known.
      writeFileSync(join(dir, `${i}.html`), `<!doctype html><html lang="en" data-backstory-bench><head><meta charset="utf-8"><title>${c.name}</title></head><body>${c.html}</body></html>`);
    });
    server = await serve({ '/golden/': dir });
    b = await browser.launch();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('whole golden pages', () => {
    const details: string[] = [];
    const same = (a: Span, e: Span) => a.start === e.start && a.end === e.end && a.id === e.id;
    for (const [i, name] of NAMES.entries()) {
      it(`marks what the corpus expects on "${name}"`, async () => {
        const { c, expected } = cases.find((x) => x.c.name === name)!;
        const page: E2EPage = await b.newPage();
        await page.goto(`${server.origin}/golden/${i}.html`);
        await page.waitFor(DONE, 15000);
        const found = await page.eval<Span[]>(FOUND);
        await page.close();
        const tp = found.filter((f) => expected.some((e) => same(f, e))).length;
        const t = tally[c.topic];
        t.tp += tp;
        t.fp += found.length - tp;
        t.fn += expected.length - tp;
        const wrong = found.filter((f) => !expected.some((e) => same(f, e)));
        const missed = expected.filter((e) => !found.some((f) => same(f, e)));
        if (wrong.length || missed.length) details.push(`${c.name}: false ${JSON.stringify(wrong)}, missed ${JSON.stringify(missed)}`);
        if (c.topic === 'off') expect(wrong, 'false marks off the topic').toEqual([]);
      });
    }

    it('meets the corpus thresholds over these pages, with no false mark off the topic', () => {
      const all = { tp: tally.on.tp + tally.off.tp, fp: tally.on.fp + tally.off.fp, fn: tally.on.fn + tally.off.fn };
      const figures = `${JSON.stringify(tally)}\n${details.join('\n')}`;
      expect(all.tp + all.fn, figures).toBeGreaterThan(0);
      expect(all.tp / (all.tp + all.fp), figures).toBeGreaterThanOrEqual(0.995);
      expect(all.tp / (all.tp + all.fn), figures).toBeGreaterThanOrEqual(0.99);
      expect(tally.off.fp, figures).toBe(0);
      console.log(`${browser.name}: ${JSON.stringify(tally)}`);
    });
  });
});
