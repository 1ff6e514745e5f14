import { citationSuite } from './citation';
import { launchFirefox } from './support/firefox';

citationSuite(async () => {
  // Lets navigator.clipboard.readText answer without the paste prompt, so the test can read the copy back.
  const h = await launchFirefox({ prefs: { 'dom.events.testing.asyncClipboard': true } });
  return { browser: h, inCard: (inner) => `[data-backstory-card] >>> ${inner}` }; // puppeteer's deep combinator
});
