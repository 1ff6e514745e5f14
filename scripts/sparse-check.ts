// npm run check:sparse [DIR]: on every page of the corpus (default ../shared/corpus/pages), in real Chromium,
// compares what the sparse reader (src/content/annotator/read/sparse.ts) finds with what the node-by-node reader finds
// (src/content/annotator/read/runs.ts). Page scripts are off, so each page is read as served. Prints every difference and
// exits 1 if there is one. The property test in tests/dom/sparse.test.ts covers random trees; this covers real ones.
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../tools/serve';
import { CHROMIUM, requireBrowser } from '../tools/browsers';
import { CHROMIUM_FLAGS } from '../tools/chromium';
import { loadDataset, matcherData } from './dataset-files';

const ROOT = new URL('../', import.meta.url).pathname;
const dir = process.argv[2] ?? join(ROOT, '../shared/corpus/pages');
if (!existsSync(dir)) throw new Error(`no corpus at ${dir}`);
const out = await build({
  entryPoints: [join(ROOT, 'scripts/sparse-check/page.ts')],
  bundle: true,
  write: false,
  format: 'iife',
  define: { DATA: JSON.stringify(matcherData(loadDataset())), __TARGET__: '"chrome"' },
});
const code = out.outputFiles[0]!.text;
const server = await serve({ '/corpus/': dir });
const browser = await chromium.launch({ executablePath: requireBrowser(CHROMIUM, 'chromium'), headless: true, args: [...CHROMIUM_FLAGS, '--blink-settings=scriptEnabled=false'] });
let full = 0;
let sparse = 0;
let differ = 0;
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
for (const f of pages) {
  const p = await browser.newPage();
  await p.goto(`${server.origin}/corpus/${f}`, { waitUntil: 'domcontentloaded', timeout: 15000 }).catch(() => undefined);
  await p.evaluate(code);
  const r = (await p.evaluate('__eqv()')) as { full: number; sparse: number; missing: string[]; extra: string[] };
  full += r.full;
  sparse += r.sparse;
  if (r.missing.length || r.extra.length) {
    differ++;
    console.log(`${f}: missing ${JSON.stringify(r.missing)}, extra ${JSON.stringify(r.extra)}`);
  }
  await p.close();
}
await browser.close();
await server.close();
console.log(`${pages.length} pages: ${differ} with a difference; mentions found node by node ${full}, sparsely ${sparse}`);
process.exit(differ ? 1 : 0);
