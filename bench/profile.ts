// `npm run bench:profile [page] [runs]`: where Backstory's content-script time goes, in Chromium.
// Builds an unminified Chrome target into tmp/profile-dist, loads a bench page (default article-1mb; pages
// come from bench/run.ts's tmp/bench-pages, or any path under a served folder) with the V8 CPU profiler at
// 100 µs and prints the extension's samples two ways: by our own function (the nearest frame in the content
// script, natives and builtins it calls included) and by leaf (what actually ran: a DOM call, a regexp…).
// For finding what to speed up; the goals themselves are measured by `npm run bench`.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../tools/serve';
import { CHROMIUM, requireBrowser } from '../tools/browsers';
import { CHROMIUM_FLAGS } from '../tools/chromium';

const ROOT = new URL('../', import.meta.url).pathname;
const PAGE = process.argv[2] ?? 'article-1mb';
const RUNS = Number(process.argv[3] ?? 3);
const DIST = join(ROOT, 'tmp/profile-dist');
const PAGES = join(ROOT, 'tmp/bench-pages');
if (!existsSync(join(PAGES, `${PAGE}.html`))) throw new Error(`no ${PAGES}/${PAGE}.html: run npm run bench once (it writes the pages)`);

execFileSync('npx', ['vite', 'build', '--mode', 'chrome', '--minify', 'false', '--outDir', DIST, '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface CpuProfile { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const server = await serve({ '/gen/': PAGES });
const dir = mkdtempSync(join(tmpdir(), 'backstory-profile-'));
const ctx = await chromium.launchPersistentContext(dir, {
  executablePath: requireBrowser(CHROMIUM, 'chromium'),
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`],
});
const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
const prefix = `chrome-extension://${new URL(worker.url()).host}/`;

const byOwn = new Map<string, number>();
const byLeaf = new Map<string, number>();
let total = 0;
// The longest unbroken stretch of our samples (a long task of ours), and what ran in it.
let longest = { ms: 0, by: new Map<string, number>() };
for (let run = 0; run < RUNS; run++) {
  const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await p.goto(`${server.origin}/gen/${PAGE}.html`, { waitUntil: 'load' });
  await p.waitForFunction(`JSON.parse(document.documentElement.getAttribute('data-backstory-stats') || '{}').doneAt >= 0`, null, { timeout: 60000 });
  await new Promise((r) => setTimeout(r, 200));
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await p.close();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: Node) => `${n.callFrame.functionName || '(anonymous)'}${n.callFrame.url.startsWith(prefix) ? `:${n.callFrame.lineNumber + 1}` : ''}`;
  let stretch = { ms: 0, by: new Map<string, number>() };
  for (let i = 0; i < profile.samples.length; i++) {
    const raw = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const d = raw / RUNS;
    let own: Node | undefined;
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const n = byId.get(id)!;
      if (n.callFrame.url.startsWith(prefix)) {
        own = n;
        break;
      }
    }
    if (!own) {
      stretch = { ms: 0, by: new Map() };
      continue;
    }
    stretch.ms += raw;
    stretch.by.set(name(own), (stretch.by.get(name(own)) ?? 0) + raw);
    if (stretch.ms > longest.ms) longest = stretch;
    total += d;
    byOwn.set(name(own), (byOwn.get(name(own)) ?? 0) + d);
    const leaf = byId.get(profile.samples[i]!)!;
    byLeaf.set(name(leaf), (byLeaf.get(name(leaf)) ?? 0) + d);
  }
}
await ctx.close();
await server.close();
rmSync(dir, { recursive: true, force: true });

const top = (m: Map<string, number>, n = 25) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`).join('\n');
console.log(`${PAGE}: Backstory ${total.toFixed(1)} ms (mean of ${RUNS}; line numbers are in ${DIST}/src/content/index.js)`);
console.log(`\nby our function (self, with the natives it calls):\n${top(byOwn)}`);
console.log(`\nby leaf:\n${top(byLeaf)}`);
console.log(`\nlongest stretch of our samples (any run): ${longest.ms.toFixed(1)} ms\n${top(longest.by, 10)}`);
