// Extension update in Firefox: installing dist/firefox again over the temporary add-on (same gecko id) is what
// about:debugging's Reload does. Firefox kills the old content script outright (its code never runs again, so
// it cannot notice anything) and injects the new copy into the open tab, which takes the page over. Content
// script errors go to the browser console, not the page's; the page's own console and uncaught errors are checked.
import { GECKO_ID } from '../../scripts/manifest';
import { DIST } from './support/types';
import { launchFirefox, wrap } from './support/firefox';
import { reloadSuite } from './reload';

reloadSuite(async () => {
  const b = await launchFirefox();
  return {
    browser: b,
    async newWatchedPage(errors) {
      const raw = await b.browser.newPage();
      raw.on('console', (m) => void (m.type() === 'error' && errors.push(`console: ${m.text()}`)));
      raw.on('pageerror', (e) => void errors.push(`pageerror: ${String(e)}`));
      return wrap(raw);
    },
    async reloadExtension() {
      const id = await b.browser.installExtension(DIST('firefox'));
      if (id !== GECKO_ID) throw new Error(`reinstalled as ${id}, not ${GECKO_ID}`);
      // The new background answers (an extension page can reach it).
      const ext = await b.openExtensionPage('src/popup/index.html?tabId=0');
      try {
        await ext.waitFor(`browser.runtime.sendMessage({ type: 'lookupEntity', id: 'netflix' }).then((c) => c?.name === 'Netflix', () => false)`, 10000);
      } finally {
        await ext.close();
      }
    },
  };
}, 'new-copy-takes-over');
