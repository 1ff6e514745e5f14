// `npm run bench`: Backstory against the floor and mark.js, in Chromium and Firefox.
// For each page: the floor (a TreeWalker over every text node running one combined regex of the aliases, the
// plain alternation longest first, writing nothing; beside it the same walk with the matcher's own regex, the
// aliases as a prefix tree, which scans faster: reported, not a goal), Backstory (the built extension), mark.js
// with that combined regex over the body, and mark.js once per alias (skipped on the 10 MB page). Medians of several runs, ratios to the floor of the same browser
// run. Prints a table, writes bench/results/<machine>.json (the latest run on this machine, replacing the one
// before), exits 1 if a goal is missed.
//
// How Backstory's cost is measured:
// - Chromium: the V8 CPU profiler over the DevTools protocol (100 µs sampling) on the page's target; every
//   sample whose stack holds a frame of the extension's content script counts. Longest task: the longer of
//   the content script's own longest slice and the longest of the page's `longtask` entries that are at
//   least half our samples (ourLongTasks). The page's own long tasks (its first layout, the rendering of
//   marks) overlap our run and are not ours; a stretch of our samples alone merges back-to-back tasks.
// - Firefox: no profiler we can drive from here, so the content script's own figures (published on pages with
//   <html data-backstory-bench>): the sum of every task of ours from the script's first statement (start-up, the
//   settings' arrival, the task that starts the card and listeners, each slice, the report), the longest slice.
//   Timer precision reduction is switched off for the run (privacy.reduceTimerPrecision = false).
// Popup: the first contentful paint of src/popup/index.html opened as a tab, in turn with a floor page (one module
// script that writes a line of text: the least an extension page with a script can paint), medians.
// Flags: --quick (fewer runs), --all-corpus (every corpus page; default: the first 6), --corpus=N,
//        --no-10mb, --only=chromium|firefox (both for the goals).
import { chromium, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Page as PpPage } from 'puppeteer-core';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { serve } from '../tools/serve';
import { median } from '../tools/stats';
import { loadDataset, matcherData } from '../scripts/dataset-files';
import { compileMatcher, plainPattern, scanText } from '../src/core/matcher';
import { CHROMIUM, FIREFOX, browserVersions, requireBrowser } from '../tools/browsers';
import { CHROMIUM_FLAGS, launchChromium } from '../tools/chromium';
import { launchFirefox } from '../tools/firefox';
import { article } from './generate';
import { oursBy, ourLongTasks, type CpuProfile } from './attribution';

const ROOT = new URL('../', import.meta.url).pathname;
const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
const corpusArg = [...args].find((a) => a.startsWith('--corpus='))?.slice(9);
const CORPUS_LIMIT = args.has('--all-corpus') ? Infinity : corpusArg !== undefined ? Number(corpusArg) : 6;
const SKIP_BIG = args.has('--no-10mb');
const ONLY = [...args].find((a) => a.startsWith('--only='))?.slice(7);
// Nine runs of the 1 MB pages and the popup: on a 2-core machine the medians of five moved by up to 0.5× between
// runs of one build minutes apart (Firefox's 1 MB ratio 1.61–2.19×).
const RUNS = QUICK ? 3 : 9;
const RUNS_BIG = 3;
const RUNS_CORPUS = 3;

// ---- pages -----------------------------------------------------------------------------------------------
const md = matcherData(loadDataset());
const matcher = compileMatcher(md);
const pageAliases = md.aliases.filter((a) => !a.needsContext).slice(0, 150);
const GEN = join(ROOT, 'tmp/bench-pages');
mkdirSync(GEN, { recursive: true });
interface PageSpec { name: string; url: string; big: boolean; generated: boolean }
const pages: PageSpec[] = [];
function writePage(name: string, html: string, big = false) {
  writeFileSync(join(GEN, `${name}.html`), html);
  pages.push({ name, url: `/gen/${name}.html`, big, generated: true });
}
const oneMb = article('1 MB article', 1_000_000, pageAliases, 40);
writePage('article-1mb', oneMb.html);
if (!SKIP_BIG) writePage('article-10mb', article('10 MB article', 10_000_000, pageAliases, 40, 2).html, true);
const none = article('No mentions', 1_000_000, [], 0, 3);
writePage('no-mention-1mb', none.html);
const expected1mb = scanText(matcher, oneMb.html.replace(/<[^>]+>/g, '\n')).length;
if (scanText(matcher, none.html.replace(/<[^>]+>/g, '\n')).length) throw new Error('the no-mention page has mentions');

const corpusDir = [process.env.BACKSTORY_CORPUS, join(ROOT, '../shared/corpus/pages'), join(ROOT, '../../shared/corpus/pages')].find(
  (d): d is string => !!d && existsSync(d),
);
if (corpusDir) {
  for (const f of readdirSync(corpusDir).filter((f) => f.endsWith('.html')).sort().slice(0, CORPUS_LIMIT)) {
    pages.push({ name: `corpus/${f}`, url: `/corpus/${f}`, big: false, generated: false });
  }
}

// ---- in-page measurements (page world) ------------------------------------------------------------------------
const SOURCE = JSON.stringify(plainPattern(md.aliases.map((a) => a.text)).source); // every alias, as the matcher has
const walk = (source: string) => `(() => {
  const re = new RegExp(${source}, 'giu');
  const t0 = performance.now();
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let hits = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) { re.lastIndex = 0; while (re.exec(n.data)) hits++; }
  return { ms: performance.now() - t0, hits };
})()`;
const FLOOR = walk(SOURCE);
const FLOOR_TREE = walk(JSON.stringify(matcher.pattern.source));
const MARK_COMBINED = `new Promise((done) => {
  const t0 = performance.now();
  let n = 0;
  new Mark(document.body).markRegExp(new RegExp(${SOURCE}, 'giu'), { each: () => n++, done: () => done({ ms: performance.now() - t0, hits: n }) });
})`;
// The naive way: the page's 150 aliases, one mark.js call each (default options). It can take minutes: after
// NAIVE_BUDGET_MS it stops and extrapolates from the terms done (shown with a "~").
const NAIVE_TERMS = JSON.stringify([...new Set(pageAliases.map((a) => a.text))]);
const NAIVE_BUDGET_MS = 10000;
const MARK_PER_TERM = `new Promise((done) => {
  const terms = ${NAIVE_TERMS};
  const inst = new Mark(document.body);
  const t0 = performance.now();
  let n = 0, i = 0;
  const next = () => {
    const el = performance.now() - t0;
    if (i === terms.length) return done({ ms: el, hits: n });
    if (el > ${NAIVE_BUDGET_MS}) return done({ ms: el * terms.length / i, hits: n, estimated: true });
    inst.mark(terms[i++], { separateWordSearch: false, each: () => n++, done: next });
  };
  next();
})`;
/**
 * The popup's floor: an extension page whose one module script writes a line of text, the least an extension
 * page with a script can paint (the pages' CSP allows no inline script). Written into each build for the run
 * and removed after it, so it never ships.
 */
const POPUP_FLOOR = {
  path: 'bench-popup-floor.html',
  html: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Backstory</title></head><body><div id="app"></div><script type="module" src="./bench-popup-floor.js"></script></body></html>',
  js: "document.getElementById('app').append('Backstory: the least an extension page with a script paints.');",
};
const floorFiles = ['chrome', 'firefox'].flatMap((b) => [join(ROOT, 'dist', b, POPUP_FLOOR.path), join(ROOT, 'dist', b, 'bench-popup-floor.js')]);
interface Popup {
  /** The popup's first paint, ms from navigation start (median). */
  popup: number;
  /** The floor page's, measured just after it in the same browser. */
  floor: number;
}
const MARKJS = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
const LONGTASKS = `window.__bsLong = []; try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bsLong.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); } catch {}
document.addEventListener('DOMContentLoaded', () => document.documentElement.setAttribute('data-backstory-bench', ''));`;
const STATS = `JSON.parse(document.documentElement.getAttribute('data-backstory-stats') || 'null')`;
const MARKS = `document.querySelectorAll('mark[data-backstory]').length`;

interface Stats { work: number; maxTask: number; firstVisibleAt: number; doneAt: number; startedAt: number; longest?: string }
interface Sample { ms: number; hits: number; estimated?: boolean; longest?: number; firstVisible?: number; selfWork?: number }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(fn: () => Promise<T>, ms: number, what: string): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

// ---- drivers ------------------------------------------------------------------------------------------------
interface Driver {
  name: 'chromium' | 'firefox';
  /** A page without the extension: floor and mark.js. */
  baseline(url: string, script: string, withMark: boolean): Promise<Sample>;
  /** A page with the extension. */
  backstory(url: string, timeoutMs: number): Promise<Sample>;
  /** First paint of an extension page (path inside dist/<browser>/), once. */
  popup(path: string): Promise<number>;
  close(): Promise<void>;
}

async function chromiumDriver(origin: string): Promise<Driver> {
  requireBrowser(CHROMIUM, 'chromium');
  const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  const plainCtx = await plain.newContext({ viewport: { width: 1280, height: 800 } });
  const ext = await launchChromium();
  const prefix = `chrome-extension://${ext.extensionId}/`;
  const evalIn = (p: PwPage, e: string) => p.evaluate(e) as Promise<unknown>;
  return {
    name: 'chromium',
    async baseline(url, script, withMark) {
      const p = await plainCtx.newPage();
      await p.goto(origin + url, { waitUntil: 'load' });
      if (withMark) await p.addScriptTag({ content: MARKJS });
      const r = (await evalIn(p, script)) as Sample;
      await p.close();
      return r;
    },
    async backstory(url, timeoutMs) {
      const p = await ext.context.newPage();
      await p.addInitScript(LONGTASKS);
      const cdp = await ext.context.newCDPSession(p);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await p.goto(origin + url, { waitUntil: 'load', timeout: 120000 });
      const st = (await until(() => evalIn(p, `(${STATS})?.doneAt >= 0 && ${STATS}`), timeoutMs, `Backstory on ${url}`)) as Stats;
      await sleep(150);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      const { ms, longest: longestRun } = extensionMs(profile, prefix);
      const hits = (await evalIn(p, MARKS)) as number;
      // A long task of ours shows both as a `longtask` entry during our run and as an unbroken stretch of
      // samples inside our script; the smaller of the two bounds it (the page's own first layout can overlap).
      const end = st.startedAt + st.doneAt;
      const longs = (await evalIn(p, 'window.__bsLong')) as [number, number][];
      const overlapping = Math.max(0, ...longs.filter(([s, d]) => s + d > st.startedAt && s < end + 50).map(([, d]) => d));
      const attributed = ourLongTasks(profile, prefix, st.startedAt, longs);
      const longest = Math.max(attributed.longest, st.maxTask);
      console.log(
        `    longest task ${longest.toFixed(1)} ms: own slices ${st.maxTask.toFixed(1)} (${st.longest ?? '?'}), long tasks mostly ours ${attributed.longest.toFixed(1)}` +
          ` (${attributed.ours.toFixed(1)} ms of ours); all long tasks [start after ours + ms]: ${longs.map(([s, d]) => `${Math.round(s - st.startedAt)}+${Math.round(d)}`).join(' ') || 'none'};` +
          ` the old min(overlapping ${overlapping.toFixed(1)}, stretch ${longestRun.toFixed(1)})`,
      );
      await cdp.detach();
      await p.close();
      return { ms, hits, longest, firstVisible: st.firstVisibleAt, selfWork: st.work };
    },
    popup: (path) => popupTime(async () => {
      const p = await ext.context.newPage();
      await p.goto(`${prefix}${path}`, { waitUntil: 'load' });
      return { eval: (e: string) => evalIn(p, e), close: () => p.close() };
    }),
    async close() {
      await plain.close();
      await ext.close();
    },
  };
}

async function firefoxDriver(origin: string): Promise<Driver> {
  requireBrowser(FIREFOX, 'firefox-esr');
  const prefs = { 'privacy.reduceTimerPrecision': false };
  const plain = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, defaultViewport: { width: 1280, height: 800 }, extraPrefsFirefox: prefs });
  const ext = await launchFirefox({ prefs });
  const evalIn = (p: PpPage, e: string) => p.evaluate(e) as Promise<unknown>;
  return {
    name: 'firefox',
    async baseline(url, script, withMark) {
      const p = await plain.newPage();
      // Headless Firefox does not always select a new tab, and a background tab is throttled (its timers clamped
      // to 1 s, its tasks deprioritised): every page here is brought to the front, as a page being read is.
      await p.bringToFront();
      await p.goto(origin + url, { waitUntil: 'load' });
      if (withMark) await p.addScriptTag({ content: MARKJS });
      const r = (await evalIn(p, script)) as Sample;
      await p.close();
      return r;
    },
    async backstory(url, timeoutMs) {
      const p = await ext.browser.newPage();
      await p.bringToFront();
      await p.evaluateOnNewDocument(LONGTASKS);
      await p.goto(origin + url, { waitUntil: 'load', timeout: 120000 });
      const st = (await until(() => evalIn(p, `(${STATS})?.doneAt >= 0 && ${STATS}`), timeoutMs, `Backstory on ${url}`)) as Stats;
      await sleep(150);
      const fin = ((await evalIn(p, STATS)) as Stats | null) ?? st;
      const hits = (await evalIn(p, MARKS)) as number;
      await p.close();
      console.log(`    work ${fin.work.toFixed(1)} ms, longest slice ${fin.maxTask.toFixed(1)} ms (${fin.longest ?? '?'}), first visible ${fin.firstVisibleAt.toFixed(1)} ms`);
      return { ms: fin.work, hits, longest: fin.maxTask, firstVisible: fin.firstVisibleAt, selfWork: fin.work };
    },
    popup: (path) => popupTime(async () => {
      const p = await ext.browser.newPage();
      await p.bringToFront();
      void p.goto(`${ext.origin}/${path}`).catch(() => undefined);
      await until(() => evalIn(p, `document.readyState === 'complete' && location.protocol === 'moz-extension:'`), 10000, 'popup');
      return { eval: (e: string) => evalIn(p, e), close: () => p.close() };
    }),
    async close() {
      await plain.close();
      await ext.close();
    },
  };
}

/** First contentful paint of an extension page (NaN if none came within 5 s). */
async function popupTime(open: () => Promise<{ eval(e: string): Promise<unknown>; close(): Promise<void> }>): Promise<number> {
  const p = await open();
  const fcp = (await until(
    () => p.eval(`performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0`),
    5000,
    'popup paint',
  ).catch(() => NaN)) as number;
  await p.close();
  return fcp;
}

/** ms of samples whose stack holds a frame from the extension, and the longest unbroken stretch of them. */
function extensionMs(profile: CpuProfile, prefix: string): { ms: number; longest: number } {
  const ours = oursBy(profile, prefix);
  let us = 0;
  let stretch = 0;
  let longest = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const d = profile.timeDeltas[i + 1] ?? 0;
    if (ours(profile.samples[i]!)) {
      us += d;
      stretch += d;
      if (stretch > longest) longest = stretch;
    } else stretch = 0;
  }
  return { ms: us / 1000, longest: longest / 1000 };
}

// ---- the run ------------------------------------------------------------------------------------------------
interface Row {
  browser: string;
  page: string;
  floor: number;
  /** The floor's walk with the matcher's prefix-tree regex. */
  floorTree: number;
  backstory: number;
  combined: number;
  perTerm: number | null;
  perTermEstimated: boolean;
  longest: number;
  firstVisible: number;
  selfWork: number;
  marks: number;
  markjsMarks: number;
  floorHits: number;
}

async function measure(d: Driver): Promise<{ rows: Row[]; popup: Popup }> {
  const rows: Row[] = [];
  for (const pg of pages) {
    const runs = pg.big ? RUNS_BIG : pg.generated ? RUNS : RUNS_CORPUS;
    const t0 = Date.now();
    const floor: Sample[] = [];
    const floorTree: Sample[] = [];
    const comb: Sample[] = [];
    const bs: Sample[] = [];
    for (let i = 0; i < runs; i++) {
      // Interleaved, so a busy moment on a shared machine hits every method alike.
      floor.push(await d.baseline(pg.url, FLOOR, false));
      floorTree.push(await d.baseline(pg.url, FLOOR_TREE, false));
      bs.push(await d.backstory(pg.url, pg.big ? 60000 : 20000));
      comb.push(await d.baseline(pg.url, MARK_COMBINED, true));
    }
    // The naive way takes seconds to minutes: one run, never on the 10 MB page.
    const perTerm = pg.big ? null : await d.baseline(pg.url, MARK_PER_TERM, true);
    const row: Row = {
      browser: d.name,
      page: pg.name,
      floor: median(floor.map((s) => s.ms)),
      floorTree: median(floorTree.map((s) => s.ms)),
      backstory: median(bs.map((s) => s.ms)),
      combined: median(comb.map((s) => s.ms)),
      perTerm: perTerm ? perTerm.ms : null,
      perTermEstimated: !!perTerm?.estimated,
      longest: Math.max(...bs.map((s) => s.longest ?? 0)),
      firstVisible: median(bs.map((s) => s.firstVisible ?? -1)),
      selfWork: median(bs.map((s) => s.selfWork ?? 0)),
      marks: median(bs.map((s) => s.hits)),
      markjsMarks: comb[0]!.hits,
      floorHits: floor[0]!.hits,
    };
    rows.push(row);
    console.log(`  ${d.name} ${pg.name}: floor ${row.floor.toFixed(1)} ms (tree regex ${row.floorTree.toFixed(1)}), Backstory ${row.backstory.toFixed(1)} ms (${(row.backstory / row.floor).toFixed(2)}×), ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  }
  // The popup and its floor in turn, so that both meet the same moments of a busy machine.
  const ps: number[] = [];
  const fs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    ps.push(await d.popup('src/popup/index.html?tabId=0'));
    fs.push(await d.popup(POPUP_FLOOR.path));
  }
  return { rows, popup: { popup: median(ps), floor: median(fs) } };
}

const f = (n: number | null, digits = 1) => (n === null || Number.isNaN(n) ? '–' : n.toFixed(digits));
const x = (n: number | null, floor: number) => (n === null ? '' : ` (${(n / floor).toFixed(1)}×)`);

function table(rows: Row[]): string {
  const head = '| browser | page | floor ms | floor, tree regex ms | Backstory ms | mark.js combined ms | mark.js per term ms | longest task ms | first visible ms | marks (Backstory / mark.js) |';
  const sep = '|' + ' --- |'.repeat(10);
  const body = rows.map(
    (r) =>
      `| ${r.browser} | ${r.page} | ${f(r.floor)} | ${f(r.floorTree)} | ${f(r.backstory)}${x(r.backstory, r.floor)} | ${f(r.combined)}${x(r.combined, r.floor)} | ${r.perTermEstimated ? '~' : ''}${f(r.perTerm, 0)}${x(r.perTerm, r.floor)} | ${f(r.longest)} | ${r.firstVisible >= 0 ? f(r.firstVisible) : '–'} | ${r.marks} / ${r.markjsMarks} |`,
  );
  return [head, sep, ...body].join('\n');
}

async function main() {
  const started = Date.now();
  // Every content script the built manifest injects (index.js; early.js at document_start), each gzipped on its own.
  const gz = (target: string) => {
    const dir = join(ROOT, 'dist', target);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts: { js?: string[] }[] };
    const files = manifest.content_scripts.flatMap((c) => c.js ?? []);
    return files.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  };
  const size = gz('chrome');
  const sizeFx = gz('firefox');
  const mounts: Record<string, string> = { '/gen/': GEN };
  if (corpusDir) mounts['/corpus/'] = corpusDir;
  const server = await serve(mounts);
  for (const file of floorFiles) writeFileSync(file, file.endsWith('.js') ? POPUP_FLOOR.js : POPUP_FLOOR.html);
  console.log(`Backstory bench: ${pages.length} pages (${corpusDir ? `corpus: ${corpusDir}` : 'no corpus'}), ${RUNS} runs (10 MB: ${RUNS_BIG}, corpus: ${RUNS_CORPUS}); 1 MB page: ${oneMb.paragraphs} paragraphs, ${oneMb.mentions} mentions written, ${expected1mb} expected by the matcher`);
  const rows: Row[] = [];
  const popups: Record<string, Popup> = {};
  try {
    for (const make of [chromiumDriver, firefoxDriver]) {
      if (ONLY && !make.name.startsWith(ONLY)) continue;
      const d = await make(server.origin);
      try {
        const got = await measure(d);
        rows.push(...got.rows);
        popups[d.name] = got.popup;
      } finally {
        await d.close();
      }
    }
  } finally {
    await server.close();
    for (const file of floorFiles) rmSync(file, { force: true });
  }

  const goals: { goal: string; ok: boolean; detail: string }[] = [];
  for (const r of rows) {
    if (r.page === 'article-1mb') {
      goals.push({ goal: `${r.browser}: 1 MB total work ≤ 2× floor`, ok: r.backstory <= 2 * r.floor, detail: `${(r.backstory / r.floor).toFixed(2)}×` });
      goals.push({ goal: `${r.browser}: 1 MB first visible highlight ≤ 50 ms`, ok: r.firstVisible >= 0 && r.firstVisible <= 50, detail: `${f(r.firstVisible)} ms` });
    }
    if (r.page === 'article-1mb' || r.page === 'article-10mb') {
      goals.push({ goal: `${r.browser}: ${r.page} no task > 50 ms`, ok: r.longest <= 50, detail: `${f(r.longest)} ms` });
    }
    if (r.page === 'no-mention-1mb') {
      goals.push({ goal: `${r.browser}: no-mention page ≤ 1.2× floor`, ok: r.backstory <= 1.2 * r.floor, detail: `${(r.backstory / r.floor).toFixed(2)}×` });
    }
  }
  goals.push({ goal: 'content script ≤ 40 KB gzipped', ok: Math.max(size, sizeFx) <= 40 * 1024, detail: `${(size / 1024).toFixed(1)} KB (Firefox build ${(sizeFx / 1024).toFixed(1)} KB)` });
  for (const [b, p] of Object.entries(popups)) {
    goals.push({ goal: `${b}: popup first paint ≤ 100 ms`, ok: p.popup <= 100, detail: `${f(p.popup)} ms (floor: a page with one line of script, ${f(p.floor)} ms)` });
  }

  const hardware = `${cpus()[0]?.model ?? 'unknown CPU'} ×${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, ${process.platform}`;
  const machine = `${hardware}; ${browserVersions()}`;
  console.log(`\n${table(rows)}\n`);
  console.log(`Content script: ${(size / 1024).toFixed(1)} KB gzipped. Popup first paint: ${Object.entries(popups).map(([b, p]) => `${b} ${f(p.popup)} ms (floor ${f(p.floor)})`).join(', ')}.`);
  console.log(`Machine: ${machine}. Took ${((Date.now() - started) / 1000).toFixed(0)} s.\n`);
  for (const g of goals) console.log(`${g.ok ? '✓' : '✗'} ${g.goal}: ${g.detail}`);

  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  const result = { date: new Date().toISOString(), machine, runs: { RUNS, RUNS_BIG, RUNS_CORPUS }, contentScriptGzip: size, popups, rows, goals, table: table(rows) };
  const json = JSON.stringify(result, null, 2);
  // One file per machine, named after its hardware: figures from different machines are not comparable.
  const slug = hardware.replace('×', 'x').toLowerCase().replace(/\([^)]*\)/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  writeFileSync(join(ROOT, `bench/results/${slug}.json`), json);
  process.exit(goals.every((g) => g.ok) ? 0 : 1);
}

await main();
