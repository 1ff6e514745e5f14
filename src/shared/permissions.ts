// Site access. Firefox (MV3) lets the reader withhold an extension's access to any site; Chrome can restrict it
// too ("On click", "On specific sites"). Without it the content script never runs and the page stays unmarked,
// so Backstory says so and asks. permissions.request must run inside the user's gesture: call
// requestSiteAccess directly from a click handler, before any await.
import browser from './browser';

export const ALL_SITES = ['http://*/*', 'https://*/*'];

/** The match pattern for a page's origin, or null for pages Backstory does not read (about:, the stores…). */
export function originPattern(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

export type Access = 'granted' | 'withheld' | 'unknown';

/** True when every http(s) site is granted. getAll, not contains: Chrome's contains ignores the content script's
 * match patterns (they are "scriptable hosts", not explicit host permissions), getAll lists both. */
async function allSitesGranted(): Promise<boolean> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.includes('<all_urls>') || ALL_SITES.every((o) => origins.includes(o));
}

/** Whether Backstory may read url: 'unknown' when the browser hides the tab's address and not every site is
 * granted (then ask for all sites). */
export async function siteAccess(url: string | undefined): Promise<Access> {
  try {
    if (await allSitesGranted()) return 'granted';
    const pattern = originPattern(url);
    if (pattern) return (await browser.permissions.contains({ origins: [pattern] })) ? 'granted' : 'withheld';
    return url ? 'granted' : 'unknown'; // a known non-web page: nothing to ask
  } catch {
    return 'granted';
  }
}

/** Asks for access to url's site, or to all sites when url is unknown. Call synchronously from a user gesture. */
export function requestSiteAccess(url: string | undefined): Promise<boolean> {
  const pattern = originPattern(url);
  return browser.permissions.request({ origins: pattern ? [pattern] : ALL_SITES }).catch(() => false);
}
