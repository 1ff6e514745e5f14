import { briefingSuite } from './briefing';
import { launchChromium } from './support/chromium';

briefingSuite(() => launchChromium());
