import { briefingSuite } from './briefing';
import { launchFirefox } from './support/firefox';

briefingSuite(() => launchFirefox());
