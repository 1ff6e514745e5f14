import { citationSuite } from './citation';
import { launchChromium } from './support/chromium';

citationSuite(async () => {
  const h = await launchChromium();
  // The web page and the extension's pages may read the clipboard back (writing needs only the click).
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  return { browser: h, inCard: (inner) => `[data-backstory-card] ${inner}` }; // Playwright's CSS pierces open shadow roots
});
