// `npm run stress`: Backstory on a huge page, in Chromium (figures printed, exit 1 when a goal is missed).
//   - a generated article of 200,000 text nodes / ~10 MB of text, with a mention every few paragraphs;
//   - annotation completes (marks counted, time from the content script's start to its last mark);
//   - no task over 50 ms caused by Backstory: long tasks (PerformanceObserver 'longtask') after the content
//     script announced itself that are at least half Backstory's samples in a V8 CPU profile (bench/attribution.ts):
//     the page has no scripts, but the browser's own first layout of 10 MB and its rendering are long tasks too;
//   - memory: JS heap (after a forced GC) before, after annotation, after the page drops its article (Backstory
//     must let go of the removed marks: detached DOM nodes counted in a heap snapshot), and after navigating away.
// The same page without Backstory gives the baseline. Options: --nodes=N (default 200000).
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { serve } from '../tools/serve';
import { detachedNodes, heap, makePage, mb } from '../tools/stress-page';
import { launchChromium, type ChromiumHandle } from '../tools/chromium';
import { ourLongTasks, type CpuProfile } from '../bench/attribution';

const NODES = Number(process.argv.find((a) => a.startsWith('--nodes='))?.slice(8) ?? 200_000);
const TASK_BUDGET_MS = 50;
const dir = resolve('tmp/stress');

const PROBE = `(() => {
  const s = { t0: null, last: null, tasks: [] };
  Object.defineProperty(window, '__stress', { value: s });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) s.tasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  document.addEventListener('backstory:started', () => { if (s.t0 === null) s.t0 = performance.now(); }, true);
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes)
      if (n.nodeType === 1 && n.localName === 'mark' && n.hasAttribute('data-backstory-mention')) { s.last = performance.now(); return; }
  }).observe(document, { childList: true, subtree: true });
})();`;

interface Figures {
  marks: number;
  annotateMs: number | null;
  tasksOver: number[];
  heapBlank: number;
  heapLoaded: number;
  heapDropped: number;
  heapAway: number;
  detached: number;
}

async function measure(withExtension: boolean, url: string, blank: string): Promise<Figures> {
  const h = await launchChromium({ extension: withExtension });
  try {
    await h.context.addInitScript(PROBE);
    const page: Page = await h.context.newPage();
    const cdp = await h.context.newCDPSession(page);
    await page.goto(blank);
    await page.waitForTimeout(withExtension ? 1500 : 200);
    const heapBlank = await heap(cdp);
    if (withExtension) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // Wait until annotation is over: the mark count stops changing for 2 s (or 3 minutes pass).
    let prev = -1;
    let stable = 0;
    const until = Date.now() + 180_000;
    while (Date.now() < until && stable < 4) {
      await page.waitForTimeout(500);
      const n = await page.evaluate(`document.querySelectorAll('mark[data-backstory]').length`);
      stable = n === prev && (!withExtension || n > 0) ? stable + 1 : 0;
      prev = n as number;
    }
    const s = (await page.evaluate(`({ t0: __stress.t0, last: __stress.last, tasks: __stress.tasks })`)) as {
      t0: number | null;
      last: number | null;
      tasks: [number, number][];
    };
    const marks = prev;
    const after = s.t0 === null ? [] : s.tasks.filter(([start, d]) => start + d >= s.t0! && d > TASK_BUDGET_MS);
    let tasksOver: number[] = [];
    if (withExtension) {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      await cdp.send('Profiler.disable');
      const prefix = `chrome-extension://${(h as ChromiumHandle).extensionId}/`;
      // Each long task on its own: is it at least half ours?
      tasksOver = after.filter((t) => ourLongTasks(profile, prefix, s.t0!, [t]).longest > 0).map(([, d]) => d);
      console.log(`  long tasks over ${TASK_BUDGET_MS} ms after Backstory started: ${after.map(([, d]) => Math.round(d)).join(', ') || 'none'}; at least half ours: ${tasksOver.map(Math.round).join(', ') || 'none'}`);
    }
    const heapLoaded = await heap(cdp);
    // The page drops its article; Backstory's observer sees the removal and must let go of the marks.
    await page.evaluate(`document.querySelector('article').remove()`);
    await page.waitForTimeout(1500);
    const heapDropped = await heap(cdp);
    const detached = await detachedNodes(cdp);
    // Control: two nodes the page keeps after detaching them must be counted, or the count means nothing.
    await page.evaluate(`window.__keep = document.createElement('div'); __keep.append(document.createElement('span'))`);
    const control = (await detachedNodes(cdp)) - detached;
    if (control < 2) throw new Error(`detached-node count does not work here (control found ${control} of 2)`);
    await page.goto(blank);
    await page.waitForTimeout(500);
    const heapAway = await heap(cdp);
    return {
      marks,
      annotateMs: s.t0 !== null && s.last !== null ? s.last - s.t0 : null,
      tasksOver,
      heapBlank,
      heapLoaded,
      heapDropped,
      heapAway,
      detached,
    };
  } finally {
    await h.close();
  }
}

async function main(): Promise<number> {
  mkdirSync(dir, { recursive: true });
  const { html, chars } = makePage(NODES);
  writeFileSync(resolve(dir, 'index.html'), html);
  writeFileSync(resolve(dir, 'blank.html'), '<!doctype html><title>blank</title><p>blank');
  const server = await serve({ '/stress/': dir });
  console.log(`Stress page: ${NODES.toLocaleString('en')} text nodes, ${(chars / 1e6).toFixed(1)} M characters (${mb(html.length)} of HTML)\n`);
  try {
    const url = `${server.origin}/stress/index.html`;
    const blank = `${server.origin}/stress/blank.html`;
    const base = await measure(false, url, blank);
    const ext = await measure(true, url, blank);
    const row = (name: string, f: Figures) =>
      `${name.padEnd(18)} ${String(f.marks).padStart(6)} ${(f.annotateMs === null ? '–' : f.annotateMs.toFixed(0)).padStart(9)} ` +
      `${String(f.tasksOver.length).padStart(6)} ${(f.tasksOver.length ? Math.max(...f.tasksOver).toFixed(0) : '–').padStart(8)} ` +
      `${mb(f.heapBlank).padStart(9)} ${mb(f.heapLoaded).padStart(9)} ${mb(f.heapDropped).padStart(9)} ${mb(f.heapAway).padStart(9)} ${String(f.detached).padStart(9)}`;
    console.log(`${''.padEnd(18)} ${'marks'.padStart(6)} ${'annot ms'.padStart(9)} ${'>50ms'.padStart(6)} ${'max task'.padStart(8)} ${'heap 0'.padStart(9)} ${'loaded'.padStart(9)} ${'dropped'.padStart(9)} ${'away'.padStart(9)} ${'detached'.padStart(9)}`);
    console.log(row('without Backstory', base));
    console.log(row('with Backstory', ext));

    const failures: string[] = [];
    const expected = Math.ceil(NODES / 10 / 4);
    if (ext.marks < expected) failures.push(`annotation incomplete: ${ext.marks} marks, expected at least ${expected}`);
    if (ext.tasksOver.length) failures.push(`${ext.tasksOver.length} task(s) over ${TASK_BUDGET_MS} ms after Backstory started (longest ${Math.max(...ext.tasksOver).toFixed(0)} ms)`);
    // "Near baseline": within 2 MB of the run without Backstory (the matcher and code themselves are a few hundred kB).
    const slack = 2 * 1048576;
    if (ext.heapDropped - base.heapDropped > slack) failures.push(`heap after the article is dropped: ${mb(ext.heapDropped)} vs ${mb(base.heapDropped)} without Backstory`);
    if (ext.heapAway - base.heapAway > slack) failures.push(`heap after navigating away: ${mb(ext.heapAway)} vs ${mb(base.heapAway)} without Backstory`);
    if (ext.detached > base.detached + 100) failures.push(`${ext.detached} detached DOM nodes held (without Backstory: ${base.detached})`);
    console.log(failures.length ? `\nFAIL\n${failures.map((f) => `  ✗ ${f}`).join('\n')}` : '\nall stress goals met');
    return failures.length ? 1 : 0;
  } finally {
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
