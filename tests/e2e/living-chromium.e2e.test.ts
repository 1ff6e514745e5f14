import { livingSuite } from './living';
import { launchChromium } from './support/chromium';

livingSuite(() => launchChromium());
