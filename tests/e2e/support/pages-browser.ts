// The fixture pages (tests/e2e/pages) served from 127.0.0.1 and the browser with the built extension, for one
// browser's describe block: started before its tests, closed after.
import { afterAll, beforeAll } from 'vitest';
import { serve, type Served } from '../../../tools/serve';
import type { E2EBrowser } from '../../../tools/driver';
import type { BrowserUnderTest } from './browsers';

const PAGES = new URL('../pages', import.meta.url).pathname;

export function pagesAndBrowser(browser: BrowserUnderTest): () => { b: E2EBrowser; server: Served } {
  let b: E2EBrowser;
  let server: Served;
  beforeAll(async () => {
    server = await serve({ '/pages/': PAGES });
    b = await browser.launch();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });
  return () => ({ b, server });
}
