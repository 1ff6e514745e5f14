import { settingsSuite } from './settings';
import { launchChromium } from './support/chromium';

settingsSuite({
  launch: (profileDir) => launchChromium({ profileDir }),
  launchSpanish: () => launchChromium({ lang: 'es' }),
});
