import { citationSuite } from './citation';
import { launchFirefox } from './support/firefox';

citationSuite(async () => {
  // Lets navigator.clipboard.readText answer without the paste prompt, so the test can read the copy back.
  // network.dns.localDomains resolves backstory.test to the loopback address: an http page that is not secure.
  const h = await launchFirefox({ prefs: { 'dom.events.testing.asyncClipboard': true, 'network.dns.localDomains': 'backstory.test' } });
  // puppeteer's deep combinator reaches into the card's shadow root.
  return { browser: h, inCard: (inner) => `[data-backstory-card] >>> ${inner}`, insecureHost: 'backstory.test' };
});
