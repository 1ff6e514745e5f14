// Extension reload in Chromium: CDP Extensions.loadUnpacked of the same dist/chrome reloads the unpacked extension
// in place (same id, new service worker), as "Reload" on chrome://extensions does. (chrome.runtime.reload()
// from the worker unloads an extension loaded with --load-extension and does not bring it back here.)
import { DIST } from './support/types';
import { launchChromium } from './support/chromium';
import { reloadSuite } from './reload';

reloadSuite(async () => {
  const b = await launchChromium({ args: ['--enable-unsafe-extension-debugging'] });
  return {
    browser: b,
    async newWatchedPage(errors) {
      const page = await b.newPage();
      const raw = b.raw(page)!;
      raw.on('console', (m) => void (m.type() === 'error' && errors.push(`console: ${m.text()} (${m.location().url})`)));
      raw.on('pageerror', (e) => void errors.push(`pageerror: ${e.message}`));
      return page;
    },
    async reloadExtension() {
      const old = b.context.serviceWorkers()[0];
      const next = b.context.waitForEvent('serviceworker', { predicate: (w) => w !== old && w.url().includes(b.extensionId), timeout: 15000 });
      const cdp = await b.context.browser()!.newBrowserCDPSession();
      const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: DIST('chrome') } as never)) as { id: string };
      if (id !== b.extensionId) throw new Error(`reloaded as ${id}, not ${b.extensionId}`);
      await cdp.detach();
      await (await next).evaluate(`chrome.runtime.id`);
    },
  };
}, 'orphan-cleans-up');
