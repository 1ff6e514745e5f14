// First contentful paint (and the popup's marks) of extension pages opened in turn in one browser, so
// that a busy machine slows every page alike: an A/B of two builds, or of the popup against a bare page.
//   npx tsx scripts/page-fcp.ts RUNS PATH...      e.g. 21 'src/popup/index.html?tabId=0' 'src/popup/old.html?tabId=0'
// PATHs are inside dist/<browser>/ (copy an older build's popup HTML and assets there to compare); ONLY=chromium
// or ONLY=firefox runs one browser. Prints medians (ms from navigation start); -1 where a page sets no mark.
import { launchChromium } from '../tools/chromium';
import { launchFirefox } from '../tools/firefox';
import { median } from '../tools/stats';

const runs = Number(process.argv[2]);
const paths = process.argv.slice(3);
if (!(runs > 0) || paths.length === 0) throw new Error('usage: npx tsx scripts/page-fcp.ts RUNS PATH...');
const EXPR = `(() => { const g = (n) => performance.getEntriesByName(n)[0]?.startTime ?? -1; const p = g('first-contentful-paint');
  const d = g('backstory:page-data'); const r = g('backstory:first-render');
  return p >= 0 && (r < 0 || d >= 0) ? [p, r, d] : null; })()`;

for (const name of ['chromium', 'firefox'] as const) {
  if (process.env.ONLY && process.env.ONLY !== name) continue;
  // As `npm run bench` does: Firefox's timers at full precision.
  const b = name === 'chromium' ? await launchChromium() : await launchFirefox({ prefs: { 'privacy.reduceTimerPrecision': false } });
  try {
    const all = paths.map(() => [[], [], []] as number[][]);
    for (let i = 0; i < runs; i++) {
      for (const [k, path] of paths.entries()) {
        const p = await b.openExtensionPage(path);
        const v = await p.waitFor<number[]>(EXPR, 5000);
        v.forEach((x, j) => all[k]![j]!.push(x));
        await p.close();
      }
    }
    for (const [k, path] of paths.entries()) {
      const [f, r, d] = all[k]!;
      console.log(
        `${name.padEnd(8)} ${path.padEnd(34)} FCP ${median(f!).toFixed(1).padStart(6)} (min ${Math.min(...f!).toFixed(0)})` +
          `  first-render ${median(r!).toFixed(1).padStart(6)}  page-data ${median(d!).toFixed(1).padStart(6)}  · ${runs} runs`,
      );
    }
  } finally {
    await b.close();
  }
}
