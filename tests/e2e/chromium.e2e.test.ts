import { e2eSuite } from './spec';
import { launchChromium } from './support/chromium';

e2eSuite(() => launchChromium(), new URL('../../docs/screenshots', import.meta.url).pathname);
