// Popup time to first render: opens the built popup (as a tab, ?tabId= the demo article) N times in each
// browser and prints the median and worst of two performance marks the popup sets:
//   backstory:first-render  the first view is in the DOM (src/popup/main.tsx)
//   backstory:page-data     the page's mentions (or the reason there are none) are shown (src/popup/Popup.tsx)
//   first-contentful-paint  the browser's paint timing entry (what `npm run bench` reports as "popup first paint")
// Times are milliseconds from the popup document's navigation start. Run after `npm run build`:
//   npx tsx scripts/popup-timing.ts [runs=15] [chromium|firefox|both]
// Exported as measurePopup() so the benchmark runner (bench/) can call it.
import { serve } from '../tools/serve';
import { median } from '../tools/stats';
import { launchChromium } from '../tools/chromium';
import { launchFirefox } from '../tools/firefox';
import type { E2EBrowser } from '../tools/driver';

export interface PopupTiming {
  browser: string;
  runs: number;
  firstRender: { median: number; max: number };
  pageData: { median: number; max: number };
  firstPaint: { median: number; max: number };
}

const ROOT = new URL('../', import.meta.url).pathname;
const API = `(globalThis.browser ?? chrome)`;

const round = (n: number) => Math.round(n * 10) / 10;

async function measure(b: E2EBrowser, origin: string, runs: number): Promise<PopupTiming> {
  const url = `${origin}/demo/?timing`;
  const page = await b.newPage();
  await page.goto(url);
  await page.waitFor(`document.querySelectorAll('mark[data-backstory]').length > 20`, 10000);
  const ext = await b.openExtensionPage('src/popup/index.html?tabId=0');
  const tabId = await ext.waitFor<number>(
    `${API}.storage.session.get(null).then((all) => { for (const [k, v] of Object.entries(all)) if (Object.values(v).some((f) => f.url === ${JSON.stringify(url)})) return Number(k.slice(4)); return 0; })`,
    10000,
  );
  await ext.close();
  const first: number[] = [];
  const data: number[] = [];
  const paint: number[] = [];
  for (let i = 0; i < runs; i++) {
    const popup = await b.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    const marks = await popup.waitFor<[number, number, number]>(
      `(() => { const f = performance.getEntriesByName('backstory:first-render')[0]; const d = performance.getEntriesByName('backstory:page-data')[0]; ` +
        `const p = performance.getEntriesByName('first-contentful-paint')[0]; return f && d && p ? [f.startTime, d.startTime, p.startTime] : null; })()`,
      5000,
    );
    first.push(marks[0]);
    data.push(marks[1]);
    paint.push(marks[2]);
    await popup.close();
  }
  await page.close();
  return {
    browser: b.name,
    runs,
    firstRender: { median: round(median(first)), max: round(Math.max(...first)) },
    pageData: { median: round(median(data)), max: round(Math.max(...data)) },
    firstPaint: { median: round(median(paint)), max: round(Math.max(...paint)) },
  };
}

export async function measurePopup(runs = 15, which: 'chromium' | 'firefox' | 'both' = 'both'): Promise<PopupTiming[]> {
  const server = await serve({ '/demo/': `${ROOT}demo` });
  const out: PopupTiming[] = [];
  try {
    for (const [name, launch] of [['chromium', launchChromium], ['firefox', launchFirefox]] as const) {
      if (which !== 'both' && which !== name) continue;
      // As `npm run bench` does: Firefox's timers at full precision, so paint times are not rounded.
      const b = name === 'firefox' ? await launchFirefox({ prefs: { 'privacy.reduceTimerPrecision': false } }) : await launch();
      try {
        out.push(await measure(b, server.origin, runs));
      } finally {
        await b.close();
      }
    }
  } finally {
    await server.close();
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv[2] ?? 15);
  const which = (process.argv[3] ?? 'both') as 'chromium' | 'firefox' | 'both';
  for (const r of await measurePopup(runs, which)) {
    console.log(
      `popup ${r.browser.padEnd(8)} first render: median ${r.firstRender.median} ms (max ${r.firstRender.max}) · ` +
        `page data shown: median ${r.pageData.median} ms (max ${r.pageData.max}) · ` +
        `first contentful paint: median ${r.firstPaint.median} ms (max ${r.firstPaint.max}) · ${r.runs} runs`,
    );
  }
}
