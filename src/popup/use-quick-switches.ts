// Wiring for QuickSwitches: the popup's tab (the active one, or ?tabId=N when opened as a page), its site,
// whether the browser lets Backstory read it, and the settings it toggles.
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { localizeDocument, t } from '../shared/i18n';
import { requestSiteAccess, siteAccess, type Access } from '../shared/permissions';
import { setSetting, siteDisabled, siteOf } from '../shared/settings';
import { sendToTab } from '../shared/send';
import { useSettings } from '../shared/use-setting';
import type { QuickSwitchesProps } from './QuickSwitches';

/** The tab's site: its content script says (the popup has no tabs permission, and Chrome hides the url from
 * content-script-only hosts); else its url where the browser shows it. */
async function tabPage(): Promise<{ site: string | null; url: string | undefined; running: boolean }> {
  const param = new URLSearchParams(location.search).get('tabId');
  const tab =
    param && /^\d+$/.test(param)
      ? await browser.tabs.get(Number(param)).catch(() => undefined)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return { site: null, url: undefined, running: false };
  const host = await sendToTab<'getPageSite'>(tab.id, { type: 'getPageSite' }).catch(() => '');
  if (host) return { site: siteOf(host), url: tab.url, running: true };
  const web = tab.url && /^https?:/.test(tab.url) ? tab.url : undefined;
  return { site: web ? siteOf(new URL(web).hostname) : null, url: tab.url, running: false };
}

export function useQuickSwitches(): QuickSwitchesProps {
  const settings = useSettings();
  const [url, setUrl] = useState<string | undefined>();
  const [site, setSite] = useState<string | null>(null);
  const [access, setAccess] = useState<Access>('granted');
  const [accessNote, setAccessNote] = useState('');

  useEffect(() => {
    // The popup's own page gets its direction here too (right-to-left UI locales).
    localizeDocument();
    void tabPage()
      .then(async (p) => {
        setUrl(p.url);
        setSite(p.site);
        // A content script that answers is proof of access.
        setAccess(p.running ? 'granted' : await siteAccess(p.url));
      })
      .catch(() => undefined);
  }, []);

  const web = url && /^https?:/.test(url) ? url : undefined;
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
