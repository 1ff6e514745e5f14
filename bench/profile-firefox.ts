// `npm run bench:profile:firefox [page] [runs]`: where Backstory's content-script time goes, in Firefox.
// Builds an unminified Firefox target into tmp/profile-dist-firefox, starts Firefox with the Gecko profiler
// running from launch (MOZ_PROFILER_STARTUP, 0.2 ms sampling, JS and native stacks, main threads only), loads a
// bench page (default article-1mb; pages from bench/run.ts's tmp/bench-pages) `runs` times, and reads the
// profile Firefox writes at shutdown. Samples whose stack holds a frame of the content script are ours; they
// are printed by our nearest function and by the nearest labelled frame under it (a DOM call such as
// "Range.setEnd", a regexp "exec", "Minor GC"; native code without a label shows as its caller).
// The profiler roughly doubles the times: read the shares, not the milliseconds. For finding what to speed up;
// the goals are measured by `npm run bench`.
import puppeteer from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../tools/serve';
import { FIREFOX, requireBrowser } from '../tools/browsers';

const ROOT = new URL('../', import.meta.url).pathname;
const PAGE = process.argv[2] ?? 'article-1mb';
const RUNS = Number(process.argv[3] ?? 4);
const DIST = join(ROOT, 'tmp/profile-dist-firefox');
const PAGES = join(ROOT, 'tmp/bench-pages');
if (!existsSync(join(PAGES, `${PAGE}.html`))) throw new Error(`no ${PAGES}/${PAGE}.html: run npm run bench once (it writes the pages)`);

execFileSync('npx', ['vite', 'build', '--mode', 'firefox', '--minify', 'false', '--outDir', DIST, '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });

const dir = mkdtempSync(join(tmpdir(), 'backstory-ffprofile-'));
const out = join(dir, 'profile.json');
Object.assign(process.env, {
  MOZ_PROFILER_STARTUP: '1',
  MOZ_PROFILER_STARTUP_INTERVAL: '0.2',
  MOZ_PROFILER_STARTUP_ENTRIES: '50000000',
  MOZ_PROFILER_STARTUP_FEATURES: 'js,cpu',
  MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
  MOZ_PROFILER_SHUTDOWN: out,
});
const server = await serve({ '/gen/': PAGES });
const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: requireBrowser(FIREFOX, 'firefox-esr'),
  headless: true,
  defaultViewport: { width: 1280, height: 800 },
  extraPrefsFirefox: { 'privacy.reduceTimerPrecision': false },
});
await browser.installExtension(DIST);
for (let run = 0; run < RUNS; run++) {
  const p = await browser.newPage();
  await p.bringToFront(); // a background tab is throttled
  await p.goto(`${server.origin}/gen/${PAGE}.html`, { waitUntil: 'load' });
  await p.waitForFunction(`JSON.parse(document.documentElement.getAttribute('data-backstory-stats') || '{}').doneAt >= 0`, { timeout: 60000 });
  await p.close();
}
await browser.close();
await server.close();

// The Gecko profile format: one profile per process (nested under `processes`), threads with string, frame and
// stack tables; a stack is a (prefix, frame) pair, a sample points at a stack.
interface Table { schema: Record<string, number>; data: (number | null)[][] }
interface Thread { processName?: string; stringTable: string[]; frameTable: Table; stackTable: Table; samples: Table }
interface Profile { meta: { interval: number }; threads: Thread[]; processes?: Profile[] }
const profile = JSON.parse(readFileSync(out, 'utf8')) as Profile;
rmSync(dir, { recursive: true, force: true });

const byOwn = new Map<string, number>();
const byLeaf = new Map<string, number>();
let total = 0;
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const short = (loc: string) => loc.replace(/\s*\(moz-extension:\/\/[^)]*\)(\[\d+\])?/, '').replace(/\[\d+\]$/, '');
const walk = (p: Profile): Profile[] => [p, ...(p.processes ?? []).flatMap(walk)];
for (const p of walk(profile)) {
  const ms = p.meta.interval / RUNS;
  for (const t of p.threads) {
    if (t.processName !== 'Web Content') continue;
    const { frameTable: f, stackTable: s, samples, stringTable: str } = t;
    const loc = (frame: number) => str[f.data[frame]![f.schema.location!] as number]!;
    const chains = new Map<number, string[]>();
    const chain = (stack: number): string[] => {
      let c = chains.get(stack);
      if (!c) {
        c = [];
        for (let k: number | null = stack; k !== null; k = s.data[k]![s.schema.prefix!] as number | null) c.push(loc(s.data[k]![s.schema.frame!] as number));
        chains.set(stack, c);
      }
      return c; // leaf first
    };
    for (const row of samples.data) {
      const stack = row[samples.schema.stack!];
      if (stack === null || stack === undefined) continue;
      const c = chain(stack);
      const i = c.findIndex((l) => l.includes('moz-extension://'));
      if (i < 0) continue;
      total += ms;
      add(byOwn, short(c[i]!), ms);
      const label = c.slice(0, i).find((l) => !l.startsWith('0x')) ?? c[i]!;
      add(byLeaf, `${short(label)}  ← ${short(c[i]!)}`, ms);
    }
  }
}
const top = (m: Map<string, number>, n = 25) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`).join('\n');
console.log(`${PAGE}: Backstory ${total.toFixed(1)} ms of samples per load (mean of ${RUNS}, profiler running; unminified code in ${DIST})`);
console.log(`\nby our function (self, with the natives it calls):\n${top(byOwn)}`);
console.log(`\nby the labelled frame under it:\n${top(byLeaf, 30)}`);
