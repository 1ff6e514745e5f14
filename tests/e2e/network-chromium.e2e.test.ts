import { networkSuite, type Recording } from './network';
import { launchChromium } from './support/chromium';

networkSuite(async (): Promise<Recording> => {
  // Playwright reports a service worker's own requests only with this switch (Chromium only).
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const h = await launchChromium();
  const urls: string[] = [];
  h.context.on('request', (r) => void urls.push(r.url()));
  const worker = h.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${h.extensionId}/`));
  return { browser: h, seesExtensionPages: true, urls, ...(worker ? { inBackground: (e: string) => worker.evaluate(e) } : {}) };
});
