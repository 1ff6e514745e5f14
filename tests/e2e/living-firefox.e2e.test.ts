import { livingSuite } from './living';
import { launchFirefox } from './support/firefox';

livingSuite(() => launchFirefox());
