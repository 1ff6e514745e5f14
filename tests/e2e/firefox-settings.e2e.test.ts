import { settingsSuite } from './settings';
import { launchFirefox } from './support/firefox';

settingsSuite({
  // The test harness installs Backstory as a temporary add-on, which Firefox removes at shutdown; the relaunch
  // installs it again under the same id, and these prefs keep its storage and origin as a permanent install would.
  launch: (profileDir) =>
    launchFirefox({
      profileDir,
      prefs: { 'extensions.webextensions.keepStorageOnUninstall': true, 'extensions.webextensions.keepUuidOnUninstall': true },
    }),
  // Needs Firefox's Spanish language pack (Debian: firefox-esr-l10n-es-es), which .ci/run installs.
  launchSpanish: () => launchFirefox({ prefs: { 'intl.locale.requested': 'es', 'intl.accept_languages': 'es' } }),
});
