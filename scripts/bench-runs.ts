// Prints what reading the page as runs (collectRuns + scan) costs, next to scanning each text node alone and to
// mark.js's own acrossElements search, on a large generated document: in happy-dom and in real Chromium.
// Figures, not a test: `npx tsx scripts/bench-runs.ts [paragraphs]`. See docs/architecture.md § Matching.
import { build } from 'esbuild'; // bundles the run reader for the page; a devDependency (same version tsx uses)
import { Window } from 'happy-dom';
import { chromium } from 'playwright-core';
import { loadDataset, matcherData } from './dataset-files';

const paragraphs = Number(process.argv[2] ?? 3000);
const data = matcherData(loadDataset());

const win = new Window();
Object.assign(globalThis, { window: win, document: win.document, NodeFilter: win.NodeFilter, Node: win.Node, NodeList: win.NodeList, HTMLElement: win.HTMLElement, Element: win.Element, Text: win.Text });
const { benchRuns } = await import('./bench-runs-page');
console.log('happy-dom (Node)');
console.log(benchRuns(data, paragraphs).join('\n'));
await win.happyDOM.close();

// The same code bundled into one script for a real browser (no extension needed: it is pure page code).
const bundle = await build({
  entryPoints: [new URL('./bench-runs-page.ts', import.meta.url).pathname],
  bundle: true, write: false, format: 'iife', globalName: 'BackstoryBench', platform: 'browser', target: 'es2022',
});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const lines = await page.evaluate(([d, n]) => (window as unknown as { BackstoryBench: { benchRuns: (d: unknown, n: number) => string[] } }).BackstoryBench.benchRuns(d, n), [data, paragraphs] as const);
  console.log(`\nChromium ${browser.version()}`);
  console.log(lines.join('\n'));
} finally {
  await browser.close();
}
