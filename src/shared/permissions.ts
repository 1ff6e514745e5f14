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

/** Whether Backstory may read url ('unknown' when the browser hides the tab's address: then ask for all sites). */
export async function siteAccess(url: string | undefined): Promise<Access> {
  const pattern = originPattern(url);
  try {
    if (pattern) return (await browser.permissions.contains({ origins: [pattern] })) ? 'granted' : 'withheld';
    if (url) return 'granted'; // a page we do not read anyway: nothing to ask
    return (await browser.permissions.contains({ origins: ALL_SITES })) ? 'granted' : 'unknown';
  } catch {
    return 'granted';
  }
}

/** Asks for access to url's site, or to all sites when url is unknown. Call synchronously from a user gesture. */
export function requestSiteAccess(url: string | undefined): Promise<boolean> {
  const pattern = originPattern(url);
  return browser.permissions.request({ origins: pattern ? [pattern] : ALL_SITES }).catch(() => false);
}
