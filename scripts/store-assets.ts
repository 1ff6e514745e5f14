// `npm run store-assets` (after the build): the store listing's images from the built extension. For each browser,
// language and colour scheme: the hover card on the demo article, the popup over it, the options page (1280×800);
// and the 440×280 promo tile, rendered from SVG. Descriptions are written by hand in store/descriptions/.
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { serve } from '../tools/serve';
import { launchChromium } from '../tools/chromium';
import { launchFirefox } from '../tools/firefox';
import type { E2EBrowser, E2EPage } from '../tools/driver';
import { tabIdFor } from '../tests/e2e/support/tab-id';

const OUT = 'store/screenshots';
const TMP = 'tmp/store';
const MARKS = `document.querySelectorAll('mark[data-backstory]')`;
const CARD_OPEN = `!!document.querySelector('[data-backstory-card]')?.shadowRoot?.querySelector('.card h2')`;
type Lang = 'en' | 'es';
type Scheme = 'light' | 'dark';

function launch(browser: 'chromium' | 'firefox', lang: Lang, scheme: Scheme): Promise<E2EBrowser> {
  if (browser === 'chromium') return launchChromium({ lang });
  // Firefox over BiDi has no media emulation: the scheme and the language are preferences (and a language pack).
  const dark = scheme === 'dark';
  return launchFirefox({
    prefs: {
      'intl.locale.requested': lang === 'es' ? 'es-ES' : 'en-US',
      'intl.accept_languages': lang,
      'ui.systemUsesDarkTheme': dark ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
    },
  });
}

async function open(b: E2EBrowser, scheme: Scheme, url: string | null, path = ''): Promise<E2EPage> {
  const page = url ? await b.newPage() : await b.openExtensionPage(path);
  await page.emulateColorScheme?.(scheme);
  if (url) await page.goto(url);
  return page;
}

const dataUri = (file: string) => `data:image/png;base64,${readFileSync(file).toString('base64')}`;

/** The popup as the browser shows it: below the toolbar's right end, over the page it describes. */
function composePopup(pageShot: string, popupShot: string, out: string): void {
  const [w, h] = [400, 560];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="800">
  <defs><filter id="s" x="-10%" y="-10%" width="120%" height="120%"><feDropShadow dx="0" dy="6" stdDeviation="10" flood-opacity="0.35"/></filter></defs>
  <image href="${dataUri(pageShot)}" width="1280" height="800"/>
  <rect x="${1280 - w - 24}" y="12" width="${w}" height="${h}" rx="8" fill="#000" filter="url(#s)"/>
  <image href="${dataUri(popupShot)}" x="${1280 - w - 24}" y="12" width="${w}" height="${h}"/>
</svg>`;
  writeFileSync(out, new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng());
}

async function shoot(browser: 'chromium' | 'firefox', lang: Lang, scheme: Scheme, demo: string): Promise<void> {
  const name = (view: string) => `${OUT}/${browser}-${view}-${lang}-${scheme}.png`;
  const b = await launch(browser, lang, scheme);
  try {
    const page = await open(b, scheme, demo);
    await page.waitFor(`${MARKS}.length > 20`, 15000);
    await page.screenshot(`${TMP}/page.png`);
    await page.hover('mark[data-backstory="wga"]');
    await page.waitFor(CARD_OPEN, 5000);
    await page.screenshot(name('card'));
    const tabId = await tabIdFor(b, demo, 'src/options/index.html?probe');
    const popup = await open(b, scheme, null, `src/popup/index.html?tabId=${tabId}`);
    await popup.setViewport(400, 560);
    await popup.waitFor(`document.querySelectorAll('#app li, #app [data-open-entity]').length > 3`, 10000);
    await popup.screenshot(`${TMP}/popup.png`);
    composePopup(`${TMP}/page.png`, `${TMP}/popup.png`, name('popup'));
    const options = await open(b, scheme, null, 'src/options/index.html');
    await options.setViewport(1280, 800);
    await options.waitFor(`!!document.querySelector('main') && !document.querySelector('.loading')`, 10000);
    await options.screenshot(name('options'));
    console.log(`${browser} ${lang} ${scheme}: card, popup, options`);
  } finally {
    await b.close();
  }
}

/** 440×280: the icon, the name and the one-line promise, from SVG (no screenshot: small tiles must stay legible). */
function promoTile(): void {
  const icon = readFileSync('icons/icon.svg', 'utf8').replace('<svg ', '<svg x="32" y="76" width="128" height="128" ');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="440" height="280">
  <rect width="440" height="280" fill="#1b1822"/>
  ${icon}
  <text x="180" y="128" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="34" font-weight="bold" fill="#f1eef6">Backstory</text>
  <text font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="14" fill="#b9b2c7">
    <tspan x="180" y="160">Hover a name, get the backstory</tspan>
    <tspan x="180" y="182">of Hollywood's AI labour fights.</tspan>
    <tspan x="180" y="214" fill="#ffd84d">Sourced facts. Nothing sent.</tspan>
  </text>
</svg>`;
  writeFileSync('store/promo-440x280.png', new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: true } }).render().asPng());
  console.log('store/promo-440x280.png');
}

mkdirSync(OUT, { recursive: true });
mkdirSync(TMP, { recursive: true });
promoTile();
const server = await serve({ '/demo/': 'demo' });
try {
  for (const browser of ['chromium', 'firefox'] as const)
    for (const lang of ['en', 'es'] as const) for (const scheme of ['light', 'dark'] as const) await shoot(browser, lang, scheme, `${server.origin}/demo/`);
} finally {
  await server.close();
}
