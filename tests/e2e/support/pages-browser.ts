// The fixture pages served from 127.0.0.1 and a browser with the built extension, for one describe block:
// started before its tests, closed after.
import { afterAll, beforeAll } from 'vitest';
import { serve, type Served } from '../../../scripts/serve';
import type { E2EBrowser } from './types';

const PAGES = new URL('../pages', import.meta.url).pathname;

export function pagesAndBrowser(launch: () => Promise<E2EBrowser>): () => { b: E2EBrowser; server: Served } {
  let b: E2EBrowser;
  let server: Served;
  beforeAll(async () => {
    server = await serve({ '/pages/': PAGES });
    b = await launch();
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });
  return () => ({ b, server });
}
