import { e2eSuite } from './spec';
import { launchFirefox } from './support/firefox';

e2eSuite(() => launchFirefox(), new URL('../../docs/screenshots', import.meta.url).pathname);
