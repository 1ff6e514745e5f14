// Wiring: finds the tab (the active one, or ?tabId=N when opened as a page), asks the background what it
// mentions and follows changes, works out why Backstory is absent when it is, and hands plain data to
// PopupView. `?entity=<id>` opens that entity's detail (the card's "More" button); `?view=` a tab.
// The dataset (~280 KB of script) is a separate chunk loaded after the first render, so the first view does not
// wait for it; the footer's version and date come from a tiny module.
import { useEffect, useState } from 'preact/hooks';
import about from 'virtual:backstory/dataset-about';
import browser from '../shared/browser';
import type { PageMentions } from '../shared/messages';
import { sendToBackground, sendToTab } from '../shared/send';
import { getSettings } from '../shared/settings';
import { originPattern, siteOf, whyUnavailable } from './availability';
import { QuickSwitchesMount } from './QuickSwitches';
import { PopupView, TABS, type PageState, type PopupData, type Route, type Tab } from './PopupView';

const params = new URLSearchParams(location.search);

/** The page's date and headline names as the background holds them (absent: the page gave none). */
const pageFacts = ({ published, lead }: PageMentions) => ({ ...(published ? { published } : {}), ...(lead ? { lead } : {}) });

function initialRoute(): Route {
  const view = params.get('view');
  const tab: Tab = TABS.includes(view as Tab) ? (view as Tab) : 'page';
  const entity = params.get('entity');
  return entity && /^[a-z0-9-]{1,80}$/.test(entity) ? { tab, entity } : { tab };
}

async function currentTab(): Promise<{ id: number; url?: string } | undefined> {
  const param = params.get('tabId');
  if (param && /^\d+$/.test(param)) {
    const tab = await browser.tabs.get(Number(param)).catch(() => undefined);
    return { id: Number(param), url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // Opened as a tab by one of our pages (the card's "More" opens ?entity=<id>): the page it came from is the opener.
  if (tab?.openerTabId !== undefined && tab.url?.startsWith(browser.runtime.getURL(''))) {
    const opener = await browser.tabs.get(tab.openerTabId).catch(() => undefined);
    if (opener?.id !== undefined) return { id: opener.id, url: opener.url };
  }
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

/** Firefox lets readers withhold host access per site; in Chrome content-script matches are not host
 * permissions, so `contains` would say false for every site: there we do not ask. */
async function hostPermission(url: string | undefined): Promise<boolean | undefined> {
  if (__TARGET__ !== 'firefox' || !url || !/^https?:/.test(url)) return undefined;
  return browser.permissions.contains({ origins: [originPattern(url)] }).catch(() => undefined);
}

async function explain(url: string | undefined): Promise<PageState> {
  const settings = await getSettings().catch(() => undefined);
  const fileAccess = url?.startsWith('file:') ? await browser.extension.isAllowedFileSchemeAccess().catch(() => undefined) : undefined;
  const reason = whyUnavailable({
    url,
    disabledSites: settings?.disabledSites ?? [],
    paused: settings?.paused ?? false,
    hasHostPermission: await hostPermission(url),
    fileAccess,
  });
  let site: string | undefined;
  try {
    if (url) site = siteOf(new URL(url));
  } catch {
    /* not a URL */
  }
  return { kind: 'unavailable', reason, ...(site ? { site } : {}), canAllow: reason === 'permission' };
}

export function Popup({ dataset: load }: { dataset: Promise<PopupData> }) {
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  const [dataset, setDataset] = useState<PopupData>();
  const [tab, setTab] = useState<{ id: number; url?: string }>();
  const [route, setRoute] = useState<Route>(initialRoute);
  const [query, setQuery] = useState('');

  useEffect(() => void load.then(setDataset), [load]);

  useEffect(() => {
    let stop = () => {};
    void (async () => {
      const found = await currentTab();
      setTab(found);
      if (!found) return setPage(await explain(undefined));
      const load = async () => {
        const got: PageMentions = await sendToBackground<'getPageMentions'>({ type: 'getPageMentions', tabId: found.id });
        setPage(got.frames === 0 ? await explain(found.url) : { kind: 'page', counts: got.counts, ...pageFacts(got) });
      };
      await load();
      // The page keeps changing (infinite scroll, SPAs): follow the counts the background keeps.
      const onChanged = (changes: Record<string, unknown>, area: string) => {
        if (area === 'session' && `tab:${found.id}` in changes) void load().catch(() => undefined);
      };
      browser.storage.onChanged.addListener(onChanged);
      stop = () => browser.storage.onChanged.removeListener(onChanged);
    })().catch(() => setPage({ kind: 'unavailable', reason: 'unknown' }));
    return () => stop();
  }, []);

  useEffect(() => {
    if (dataset && page.kind !== 'loading' && performance.getEntriesByName('backstory:page-data').length === 0) performance.mark('backstory:page-data');
  }, [page, dataset]);

  const reveal = (id: string) => {
    if (!tab) return;
    void sendToTab<'revealMention'>(tab.id, { type: 'revealMention', id }).catch(() => undefined);
  };

  const allow = () => {
    if (!tab?.url) return;
    // permissions.request must run in the click's own task (user activation): nothing awaited before it.
    browser.permissions
      .request({ origins: [originPattern(tab.url)] })
      .then((granted) =>
        setPage((s) => (s.kind !== 'unavailable' ? s : granted ? { kind: 'unavailable', reason: 'notLoaded', ...(s.site ? { site: s.site } : {}) } : { ...s, allowFailed: true })),
      )
      .catch(() => setPage((s) => (s.kind === 'unavailable' ? { ...s, allowFailed: true } : s)));
  };

  return (
    <PopupView
      dataset={dataset}
      about={about}
      page={page}
      route={route}
      onRoute={setRoute}
      onReveal={reveal}
      onAllow={allow}
      query={query}
      onQuery={setQuery}
      sourcesHref={browser.runtime.getURL('src/pages/sources.html')}
      switches={<QuickSwitchesMount />}
    />
  );
}
