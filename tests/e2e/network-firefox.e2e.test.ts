import { networkSuite, type Recording } from './network';
import { launchFirefox } from './support/firefox';

networkSuite(async (): Promise<Recording> => {
  const h = await launchFirefox();
  const urls: string[] = [];
  // Every tab, the popup's included, as it opens (WebDriver BiDi network events through puppeteer).
  const watch = (p: import('puppeteer-core').Page) => p.on('request', (r) => void urls.push(r.url()));
  for (const p of await h.browser.pages()) watch(p);
  h.browser.on('targetcreated', (t) => void t.page().then((p) => p && watch(p)).catch(() => undefined));
  return { browser: h, seesExtensionPages: false, urls };
});
