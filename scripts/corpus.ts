// `npm run test:corpus [DIR]`: real pages with and without Backstory. Each page of DIR (default
// ../shared/corpus/pages next to the repository) is served from 127.0.0.1 and loaded in two instances of the same
// browser, one without and one with the built extension, and the two loads are compared:
//   - uncaught page errors: no more with Backstory than without;
//   - document.body.innerText: identical (a mark must never change what a reader or a script reads);
//   - no mark inside form fields, editable regions, svg, math, code and the like, and no mark inside a mark;
//   - the document's scroll width and height: no growth beyond 1 px (layout untouched);
//   - annotation time: the content script's start-up task (matcher compile + first pass over the page), measured
//     from the page's side: from its `backstory:started` event to the end of that task.
// Prints one table row per page and the totals; exits 1 on any failure. A missing or empty folder is an error.
// Every request that would leave 127.0.0.1 is refused by the browser (host resolver / proxy), so runs are offline.
//
// Options: --browsers=chromium,firefox (default both; env CORPUS_BROWSERS), --limit=N, --only=substring[,substring…].
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { serve } from '../tools/serve';
import { launchChromium, type ChromiumHandle } from '../tools/chromium';
import { launchFirefox, type FirefoxHandle } from '../tools/firefox';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const dirArg = args.find((a) => !a.startsWith('--'));
const DIR = resolve(dirArg ?? resolve(ROOT, '../shared/corpus/pages'));
const BROWSERS = (opt('browsers') ?? process.env.CORPUS_BROWSERS ?? 'chromium,firefox').split(',').filter(Boolean) as Engine[];
const LIMIT = Number(opt('limit') ?? Infinity);
const ONLY = opt('only');

type Engine = 'chromium' | 'firefox';

const LOAD_TIMEOUT = 20_000;
/** How long the content script may take to start after `load` (document_idle), and to finish annotating. */
const START_TIMEOUT = 8_000;

/** Installed before any page script, in the page's world, in both runs (so both pay the same). Records when the
 * content script announces itself (`backstory:started`, an event it dispatches for its own lifetime handling),
 * when a 0 ms timer the page queues then gets to run (`ms`, "wait": how long the page's own tasks wait for us;
 * our slices yield behind them, so this is our first task; before 01bd25a they yielded ahead of them and this
 * was the whole scan), and when the last mark was added. */
const PROBE = `(() => {
  // The same clock and random numbers in both runs, so a page that prints the time or a random id reads the same.
  const RealDate = Date;
  let tick = 0;
  const BASE = 1767225600000;
  function FrozenDate(...a) {
    if (!new.target) return new RealDate(BASE + tick).toString();
    return a.length ? new RealDate(...a) : new RealDate(BASE + tick++);
  }
  FrozenDate.prototype = RealDate.prototype;
  FrozenDate.now = () => BASE + tick++;
  FrozenDate.parse = RealDate.parse;
  FrozenDate.UTC = RealDate.UTC;
  window.Date = FrozenDate;
  let seed = 42;
  Math.random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const s = { t0: null, t1: null, last: null };
  Object.defineProperty(window, '__backstoryCorpus', { value: s });
  document.addEventListener('backstory:started', () => {
    if (s.t0 !== null) return;
    s.t0 = performance.now();
    setTimeout(() => { s.t1 = performance.now(); }, 0);
  }, true);
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes)
      if (n.nodeType === 1 && n.localName === 'mark' && n.hasAttribute('data-backstory-mention')) { s.last = performance.now(); return; }
  }).observe(document, { childList: true, subtree: true });
})();`;

/** Places a mark must never be. */
const FORBIDDEN =
  ':is(input, textarea, select, option, button, [contenteditable]:not([contenteditable="false"]), svg, math, code, pre, ' +
  'kbd, samp, var, script, style, noscript, template, title, iframe, mark) mark[data-backstory]';

const SNAPSHOT = `(() => {
  const de = document.documentElement, se = document.scrollingElement ?? de;
  const marks = document.querySelectorAll('mark[data-backstory]');
  let bad = document.querySelectorAll(${JSON.stringify(FORBIDDEN)}).length;
  for (const m of marks) if (m.parentElement && m.parentElement.isContentEditable) bad++;
  const s = window.__backstoryCorpus;
  return {
    complete: document.readyState === 'complete',
    text: document.body ? document.body.innerText : '',
    w: Math.max(se.scrollWidth, de.scrollWidth), h: Math.max(se.scrollHeight, de.scrollHeight),
    marks: marks.length, bad,
    ms: s && s.t0 !== null && s.t1 !== null ? s.t1 - s.t0 : null,
  };
})()`;

interface Snapshot {
  /** document.readyState reached 'complete'. */
  complete: boolean;
  text: string;
  w: number;
  h: number;
  marks: number;
  bad: number;
  ms: number | null;
  errors: string[];
  note?: string;
}

interface Row {
  page: string;
  engine: Engine;
  marks: number;
  ms: number | null;
  errorsWithout: number;
  errorsWith: number;
  problems: string[];
  /** What the first load found when a second one was clean. */
  retried?: string;
  /** Why the page could not be compared (it does not load even without Backstory). */
  na?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitComplete(evaluate: (e: string) => Promise<unknown>): Promise<void> {
  const until = Date.now() + LOAD_TIMEOUT;
  while (Date.now() < until && !(await evaluate(`document.readyState === 'complete'`).catch(() => false))) await sleep(100);
}

/** Waits for the content script to start and finish (with Backstory), then for the page to settle. */
async function settle(evaluate: (e: string) => Promise<unknown>, withExtension: boolean): Promise<string | undefined> {
  let note: string | undefined;
  if (withExtension) {
    const until = Date.now() + START_TIMEOUT;
    for (;;) {
      const done = await evaluate(`!!window.__backstoryCorpus && window.__backstoryCorpus.t1 !== null`).catch(() => false);
      if (done) break;
      if (Date.now() > until) {
        note = 'Backstory did not start';
        break;
      }
      await sleep(50);
    }
  }
  // Let the observer's batch (50 ms) and the page's own timers run; then wait until the mark count is stable.
  let prev = -1;
  for (let i = 0; i < 20; i++) {
    await sleep(150);
    const n = (await evaluate(`document.querySelectorAll('mark[data-backstory]').length`).catch(() => -2)) as number;
    if (n === prev) break;
    prev = n;
  }
  return note;
}

interface Loader {
  load(url: string): Promise<Snapshot>;
  close(): Promise<void>;
}

async function chromiumLoader(withExtension: boolean): Promise<Loader> {
  const h: ChromiumHandle = await launchChromium({
    extension: withExtension,
    // Offline: every host name but 127.0.0.1 fails to resolve, at once.
    args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'],
  });
  await h.context.addInitScript(PROBE);
  return {
    async load(url) {
      const page: PwPage = await h.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e.message).slice(0, 200)));
      page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
      let note: string | undefined;
      try {
        await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
      } catch {
        // A driver may report a frame's refused navigation as the page's (Firefox BiDi: "Address rejected"):
        // what counts is whether the document itself finishes loading.
        await waitComplete((e) => page.evaluate(e));
      }
      try {
        note = (await settle((e) => page.evaluate(e), withExtension)) ?? note;
        const snap = (await page.evaluate(SNAPSHOT)) as Omit<Snapshot, 'errors'>;
        return { ...snap, errors, ...(note ? { note } : {}) };
      } finally {
        await page.close().catch(() => undefined);
      }
    },
    close: () => h.close(),
  };
}

async function firefoxLoader(withExtension: boolean): Promise<Loader> {
  const h: FirefoxHandle = await launchFirefox({
    extension: withExtension,
    // Offline: everything but the loopback address goes to a proxy that is not there (refused at once).
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 1,
      'network.proxy.socks': '127.0.0.1',
      'network.proxy.socks_port': 1,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.allow_hijacking_localhost': false,
      'network.proxy.no_proxies_on': '127.0.0.1',
    },
  });
  return {
    async load(url) {
      const page: PpPage = await h.browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => {
        // Firefox's own network-error pages (shown in frames whose host is offline here) throw from privileged
        // chrome:// or resource:// code; those are the browser's, not the page's.
        const err = e as Error;
        if (/(chrome|resource):\/\/|about:neterror|RPM[A-Z]\w+ is not defined/.test(`${err.stack ?? ''} ${err.message}`)) return;
        // Firefox ESR 140's own: with any preload script (evaluateOnNewDocument, even `void 0`), a page whose
        // frames fail to load offline reports this with no stack frame, 0–2 times a load, with or without
        // Backstory (seen on lifehacker-working.html). A page's or our script's error has frames.
        const frames = (err.stack ?? '').split('\n').slice(1).filter((l) => l.trim());
        if (/^(Error: )?Permission denied to access property "length"$/.test(err.message) && frames.length === 0) return;
        errors.push(String(err.message ?? e).slice(0, 200));
      });
      page.on('dialog', (d) => void d.dismiss().catch(() => undefined));
      let note: string | undefined;
      try {
        await page.evaluateOnNewDocument(PROBE);
        await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT });
      } catch {
        // A driver may report a frame's refused navigation as the page's (Firefox BiDi: "Address rejected"):
        // what counts is whether the document itself finishes loading.
        await waitComplete((e) => page.evaluate(e));
      }
      try {
        note = (await settle((e) => page.evaluate(e), withExtension)) ?? note;
        const snap = (await page.evaluate(SNAPSHOT)) as Omit<Snapshot, 'errors'>;
        return { ...snap, errors, ...(note ? { note } : {}) };
      } finally {
        await page.close().catch(() => undefined);
      }
    },
    close: () => h.close(),
  };
}

/** Where two texts first differ, with a little context. */
function firstDiff(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const q = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 30), i + 30));
  return `at ${i}: without ${q(a)} / with ${q(b)}`;
}

function compare(page: string, engine: Engine, without: Snapshot, withB: Snapshot): Row {
  const problems: string[] = [];
  if (!without.complete) {
    // Nothing to compare: without Backstory the document never finishes loading offline (a parser-blocking
    // resource that never answers), so document_idle never comes and the two runs stop at random points.
    return { page, engine, marks: withB.marks, ms: withB.ms, errorsWithout: without.errors.length, errorsWith: withB.errors.length, problems, na: 'never finishes loading offline, even without Backstory' };
  }
  if (!withB.complete) problems.push('the page did not finish loading with Backstory');
  else if (withB.note) problems.push(withB.note);
  // Errors: none with Backstory that the page does not throw without it. Compared as distinct messages: a page
  // timer that keeps failing (an ad script missing offline) throws as often as it runs, not more with Backstory.
  const before = new Set(without.errors);
  const extra = [...new Set(withB.errors)].filter((e) => !before.has(e));
  if (extra.length) problems.push(`new page errors: ${extra.slice(0, 2).join(' | ')}`);
  if (without.text !== withB.text) problems.push(`innerText differs ${firstDiff(without.text, withB.text)}`);
  if (withB.bad > 0) problems.push(`${withB.bad} mark(s) in forbidden places`);
  if (withB.w > without.w + 1) problems.push(`scrollWidth ${without.w} → ${withB.w}`);
  if (withB.h > without.h + 1) problems.push(`scrollHeight ${without.h} → ${withB.h}`);
  if (without.marks > 0) problems.push(`${without.marks} marks without Backstory?`);
  return { page, engine, marks: withB.marks, ms: withB.ms, errorsWithout: without.errors.length, errorsWith: withB.errors.length, problems };
}

async function runEngine(engine: Engine, origin: string, pages: string[]): Promise<Row[]> {
  const make = engine === 'chromium' ? chromiumLoader : firefoxLoader;
  const [base, ext] = await Promise.all([make(false), make(true)]);
  const rows: Row[] = [];
  try {
    for (const p of pages) {
      const url = `${origin}/corpus/${encodeURIComponent(p)}`;
      let row: Row;
      try {
        // One page at a time, both instances at once: two tabs load in parallel (two cores in CI).
        const [a, b] = await Promise.all([base.load(url), ext.load(url)]);
        row = compare(p, engine, a, b);
        if (row.problems.length || row.na) {
          // Once more, to tell the page's own timing from ours: what Backstory changes, it changes every time.
          const [a2, b2] = await Promise.all([base.load(url), ext.load(url)]);
          const again = compare(p, engine, a2, b2);
          row = again.problems.length || again.na ? again : { ...again, problems: [], retried: row.problems.join('; ') || row.na! };
        }
      } catch (e) {
        row = { page: p, engine, marks: 0, ms: null, errorsWithout: 0, errorsWith: 0, problems: [`run failed: ${String(e).split('\n')[0]}`] };
      }
      rows.push(row);
      const status = row.problems.length ? `FAIL ${row.problems.join('; ')}` : row.na ? `n/a: ${row.na}` : row.retried ? `ok on a second load (first: ${row.retried})` : 'ok';
      console.log(
        `${engine.padEnd(8)} ${p.slice(0, 44).padEnd(44)} ${String(row.marks).padStart(5)} ${fmt(row.ms).padStart(8)} ${`${row.errorsWithout}/${row.errorsWith}`.padStart(7)}  ${status}`,
      );
    }
  } finally {
    await Promise.all([base.close(), ext.close()]);
  }
  return rows;
}

const fmt = (ms: number | null) => (ms === null ? '–' : `${ms.toFixed(1)}`);
const pct = (xs: number[], p: number) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

async function main(): Promise<number> {
  if (!existsSync(DIR) || !statSync(DIR).isDirectory()) {
    console.error(`Corpus folder not found: ${DIR}\nPass the folder as the first argument (default ../shared/corpus/pages next to the repository).`);
    return 2;
  }
  let pages = readdirSync(DIR).filter((f) => /\.html?$/i.test(f)).sort();
  if (ONLY) pages = pages.filter((p) => ONLY.split(',').some((o) => p.includes(o)));
  pages = pages.slice(0, LIMIT);
  if (pages.length === 0) {
    console.error(`No .html pages in ${DIR}`);
    return 2;
  }
  for (const b of BROWSERS) if (b !== 'chromium' && b !== 'firefox') throw new Error(`Unknown browser ${b}`);
  for (const t of ['chrome', 'firefox'] as const)
    if (BROWSERS.includes(t === 'chrome' ? 'chromium' : 'firefox') && !existsSync(resolve(ROOT, `dist/${t}/manifest.json`))) {
      console.error(`dist/${t} is missing: run \`npm run build\` first.`);
      return 2;
    }

  const server = await serve({ '/corpus/': DIR });
  console.log(`Corpus: ${pages.length} pages from ${DIR}, browsers: ${BROWSERS.join(', ')}\n`);
  console.log(`${'browser'.padEnd(8)} ${'page'.padEnd(44)} ${'marks'.padStart(5)} ${'wait ms'.padStart(8)} ${'errors'.padStart(7)}  result`);
  const rows: Row[] = [];
  const t0 = Date.now();
  try {
    for (const engine of BROWSERS) rows.push(...(await runEngine(engine, server.origin, pages)));
  } finally {
    await server.close();
  }

  console.log('\nTotals');
  console.log(`${'browser'.padEnd(8)} ${'pages'.padStart(5)} ${'passed'.padStart(6)} ${'failed'.padStart(6)} ${'n/a'.padStart(4)} ${'marks'.padStart(6)} ${'wait ms: median'.padStart(15)} ${'p95'.padStart(7)} ${'max'.padStart(7)}  pages with errors (without/with)`);
  for (const engine of BROWSERS) {
    const r = rows.filter((x) => x.engine === engine);
    const times = r.map((x) => x.ms).filter((x): x is number => x !== null);
    const failed = r.filter((x) => x.problems.length).length;
    const na = r.filter((x) => x.na).length;
    console.log(
      `${engine.padEnd(8)} ${String(r.length).padStart(5)} ${String(r.length - failed - na).padStart(6)} ${String(failed).padStart(6)} ${String(na).padStart(4)} ${String(r.reduce((s, x) => s + x.marks, 0)).padStart(6)} ` +
        `${fmt(pct(times, 50)).padStart(15)} ${fmt(pct(times, 95)).padStart(7)} ${fmt(times.length ? Math.max(...times) : null).padStart(7)}  ` +
        `${r.filter((x) => x.errorsWithout).length}/${r.filter((x) => x.errorsWith).length}`,
    );
  }
  const failures = rows.filter((x) => x.problems.length);
  const na = rows.filter((x) => x.na);
  if (na.length) console.log(`\n${na.length} page load(s) not comparable (never finish loading offline, with or without Backstory): ${na.map((x) => `${x.engine} ${x.page}`).join(', ')}`);
  const retried = rows.filter((x) => x.retried);
  if (retried.length) console.log(`\n${retried.length} page load(s) passed only on a second load: ${retried.map((x) => `${x.engine} ${x.page}`).join(', ')}`);
  console.log(`\n${na.length} not comparable; ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  // The closing line alone, in the plain form CI reads.
  console.log(`${rows.length - failures.length - na.length} passed, ${failures.length} failed`);
  for (const f of failures) console.log(`  ✗ ${f.engine} ${f.page}: ${f.problems.join('; ')}`);
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
