// Wiring for QuickSwitches: the popup's tab (the active one, or ?tabId=N when opened as a page), its site,
// whether the browser lets Backstory read it, and the settings it toggles.
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { localizeDocument, t } from '../shared/i18n';
import { requestSiteAccess, siteAccess, type Access } from '../shared/permissions';
import { setSetting, siteDisabled, siteOf } from '../shared/settings';
import { useSettings } from './use-setting';
import type { QuickSwitchesProps } from './QuickSwitches';

async function tabUrl(): Promise<string | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  // The url is only visible where Backstory has host access; where it is withheld it stays undefined.
  if (param && /^\d+$/.test(param)) return (await browser.tabs.get(Number(param)).catch(() => undefined))?.url;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.url;
}

export function useQuickSwitches(): QuickSwitchesProps {
  const settings = useSettings();
  const [url, setUrl] = useState<string | undefined>();
  const [access, setAccess] = useState<Access>('granted');
  const [accessNote, setAccessNote] = useState('');

  useEffect(() => {
    // The popup's own page gets its direction here too (right-to-left UI locales).
    localizeDocument();
    void tabUrl()
      .then(async (u) => {
        setUrl(u);
        setAccess(await siteAccess(u));
      })
      .catch(() => undefined);
  }, []);

  const web = url && /^https?:/.test(url) ? url : undefined;
  const site = web ? siteOf(new URL(web).hostname) : null;
  const disabledSites = settings?.disabledSites ?? [];
  return {
    site,
    siteEnabled: site ? !siteDisabled({ disabledSites }, site) : true,
    paused: settings?.paused ?? false,
    access,
    accessNote,
    onSiteEnabled: (on) => {
      if (!site) return;
      // Re-enabling removes the entry covering this site (which may be a parent domain).
      const next = on ? disabledSites.filter((d) => !(site === d || site.endsWith(`.${d}`))) : [...disabledSites, site];
      void setSetting('disabledSites', next);
    },
    onPaused: (paused) => void setSetting('paused', paused),
    onRequestAccess: () => {
      void requestSiteAccess(web).then((ok) => {
        setAccess(ok ? 'granted' : access);
        setAccessNote(ok ? '' : t('accessDenied'));
      });
    },
    onOpenSettings: () => void browser.runtime.openOptionsPage(),
  };
}
