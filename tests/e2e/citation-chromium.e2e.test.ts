import { citationSuite } from './citation';
import { launchChromium } from './support/chromium';

citationSuite(async () => {
  const h = await launchChromium({ args: ['--host-resolver-rules=MAP backstory.test 127.0.0.1'] });
  // The web page and the extension's pages may read the clipboard back (writing needs only the click).
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Playwright's CSS pierces open shadow roots.
  return { browser: h, inCard: (inner) => `[data-backstory-card] ${inner}`, insecureHost: 'backstory.test' };
});
