// The UI in the browser's language, in each browser: the popup and the options page in Spanish and French.
// Chromium on Debian shows only English without the chromium-l10n package; Firefox needs its language packs
// (firefox-esr-l10n-es-es, firefox-esr-l10n-fr). .ci/run installs them; without them these tests fail on purpose.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Served } from '../../tools/serve';
import type { E2EBrowser } from '../../tools/driver';
import { launchChromium } from '../../tools/chromium';
import { launchFirefox } from '../../tools/firefox';
import { tabIdFor } from './support/tab-id';
import { forEachBrowser, type BrowserName } from './support/browsers';

const ROOT = new URL('../../', import.meta.url).pathname;
const MARKS = `document.querySelectorAll('mark[data-backstory]')`;
const OPTIONS = 'src/options/index.html';
const LANGS = { es: 'es-ES', fr: 'fr' } as const;
type Lang = keyof typeof LANGS;
const messages = (loc: Lang) =>
  JSON.parse(readFileSync(join(ROOT, `public/_locales/${loc}/messages.json`), 'utf8')) as Record<string, { message: string }>;

const LAUNCH: Record<BrowserName, (lang: Lang) => Promise<E2EBrowser>> = {
  chromium: (lang) => launchChromium({ lang }),
  firefox: (lang) => launchFirefox({ prefs: { 'intl.locale.requested': LANGS[lang], 'intl.accept_languages': lang } }),
};

forEachBrowser(({ name }) => {
  let server: Served;
  beforeAll(async () => {
    server = await serve({ '/demo/': `${ROOT}demo` });
  });
  afterAll(async () => server?.close());

  describe.each(Object.keys(LANGS) as Lang[])('UI in %s', (lang) => {
    const m = messages(lang);
    let b: E2EBrowser;
    beforeAll(async () => {
      b = await LAUNCH[name](lang);
    });
    afterAll(async () => b?.close());

    it('the popup shows its labels in the browser\'s language', async () => {
      const page = await b.newPage();
      await page.goto(`${server.origin}/demo/`);
      await page.waitFor(`${MARKS}.length > 20`, 10000);
      const tabId = await tabIdFor(b, `${server.origin}/demo/`, `${OPTIONS}?probe`);
      const popup = await b.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
      await popup.waitFor(`!!document.querySelector('.backstory-quick')`, 10000);
      const ui = await popup.eval<string>(`(globalThis.browser ?? chrome).i18n.getUILanguage()`);
      expect(ui.startsWith(lang)).toBe(true);
      const text = await popup.eval<string>(`document.body.textContent`);
      for (const key of ['quickPause', 'quickSettings', 'tabThisPage', 'tabTimeline']) expect(text, key).toContain(m[key]!.message);
      expect(await popup.eval(`document.documentElement.lang`)).toBe(ui);
      expect(await popup.eval(`document.documentElement.dir`)).toBe('ltr');
      await popup.close();
      await page.close();
    });

    it('the options page shows its labels in the browser\'s language, and links the privacy policy', async () => {
      const options = await b.openExtensionPage(OPTIONS);
      await options.waitFor(`!!document.querySelector('main') && !document.querySelector('.loading')`, 10000);
      expect(await options.eval<string>(`document.querySelector('h1').textContent`)).toBe(m.optionsTitle!.message);
      const text = await options.eval<string>(`document.body.textContent`);
      for (const key of ['optionsIntro', 'resetButton', 'privacyLink']) expect(text, key).toContain(m[key]!.message);
      expect(await options.eval<string>(`document.documentElement.lang`)).toMatch(new RegExp(`^${lang}`));
      await options.close();
    });
  });
});
