// Why the content script is not running in a tab, from what the popup can know: the tab's address (when the
// browser tells us: Firefox with host access, or Chrome after the reader clicked the button, via activeTab),
// the reader's settings, and whether we hold the site's host permission (Firefox lets readers withhold it).
// Pure, so every branch is tested in Node.
export type Reason =
  | 'restricted' // a browser page: chrome://, about:, the new tab page, another extension…
  | 'unknown' // no address given: a browser page, or (Firefox) a site without access
  | 'store' // browsers keep extensions out of their add-on stores
  | 'pdf' // the built-in PDF viewer is not a web page
  | 'disabled' // the reader turned Backstory off on this site
  | 'paused' // the reader paused Backstory everywhere
  | 'permission' // Firefox: host permission withheld for this site ("Allow on this site")
  | 'file' // file:// without "Allow access to file URLs"
  | 'notLoaded'; // a web page the content script has not reported from (open before install, or still loading)

export interface TabFacts {
  url: string | undefined;
  disabledSites: readonly string[];
  paused: boolean;
  /** undefined when unknown (Chrome: content-script matches are not host permissions). */
  hasHostPermission: boolean | undefined;
  fileAccess: boolean | undefined;
}

const STORES: { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

export function isStore(u: URL): boolean {
  return STORES.some((s) => u.hostname === s.host && (!s.path || u.pathname.startsWith(s.path)));
}

/** The host a reader recognises: "www." dropped. */
export const siteOf = (u: URL) => u.hostname.replace(/^www\./, '');

/** Why Backstory is absent from a tab whose frames sent no report. */
export function whyUnavailable(f: TabFacts): Reason {
  if (!f.url) return 'unknown';
  let u: URL;
  try {
    u = new URL(f.url);
  } catch {
    return 'unknown';
  }
  if (u.protocol === 'file:') return /\.pdf$/i.test(u.pathname) ? 'pdf' : f.fileAccess === false ? 'file' : 'notLoaded';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'restricted';
  if (isStore(u)) return 'store';
  if (f.paused) return 'paused';
  const site = siteOf(u);
  if (f.disabledSites.some((d) => d === u.hostname || d === site)) return 'disabled';
  if (f.hasHostPermission === false) return 'permission';
  if (/\.pdf$/i.test(u.pathname)) return 'pdf';
  return 'notLoaded';
}

/** The origin pattern to request for "Allow on this site". */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}
