// Applies the reader's settings to an annotated page, live: no reload. Categories, aliases and "first mention
// only" decide which matches become marks (Page.filter, used by every later scan); a change removes the marks
// that no longer pass and rescans for those that now do. The style is an attribute on <html> that content.css
// reads. A disabled site or a pause removes every mark.
import type { Match } from '../core/matcher';
import { aliasKey } from '../core/normalize';
import type { Category } from '../core/types';
import browser from '../shared/browser';
import { parseMessageOfType } from '../shared/messages';
import { fromThisExtension } from '../shared/send';
import { parseSettings, type ContentSettings, type Settings } from '../shared/settings';
import type { Early } from './early-stash';
import type { Context } from './context';
import type { Page } from './page';

export const STYLE_ATTR = 'data-backstory-style';

/** The reader's settings: early.ts's answer while it is fresh, else `read()` now (no stash, a failed read, or a
 * change since). */
export function settingsFrom(early: Early | undefined, read: () => Promise<Settings>): Promise<Settings> {
  return early && !early.changed ? early.raw.then((raw) => (raw ? parseSettings(raw) : read())) : read();
}

/** What applying settings did: marks went, and/or the page must be read again for marks that now pass. */
export interface Applied {
  removed: boolean;
  rescan: boolean;
}

/**
 * Applies s to page. The marks that result once the rescan it asks for is done are those a fresh load with s
 * makes (tests/dom/settings.property.test.ts): in "every mention" mode the marks that no longer pass go; in "first
 * mention" mode all go (one per entity at most), since a mention that now passes may come before a marked one.
 * Every DOM write goes through page.write, so the observer never takes our unwrapping for the page's own edits.
 */
export function applySettings(page: Page, s: ContentSettings): Applied {
  const html = document.documentElement;
  if (s.style === 'background') html.removeAttribute(STYLE_ATTR);
  else html.setAttribute(STYLE_ATTR, s.style);

  const key = JSON.stringify([s.enabled, s.categories, s.disabledAliases, s.firstOnly]);
  if (key === page.settingsKey) return { removed: false, rescan: false };
  page.settingsKey = key;
  page.generation++; // a scan under the previous settings stops at its next slice
  page.enabled = s.enabled;
  const before = page.mentions.size;
  if (!s.enabled) {
    page.filter = () => false;
    page.clear();
    return { removed: before > 0, rescan: false };
  }

  const off = new Set(s.disabledAliases);
  const passes = (m: { category: string; text: string }) => s.categories[m.category as Category] !== false && !off.has(aliasKey(m.text));
  // First-mention mode: an entity marked once is never marked again.
  const claimed = new Set<string>();
  page.filter = (m: Match) => passes(m) && (!s.firstOnly || (!claimed.has(m.id) && !!claimed.add(m.id)));
  if (s.firstOnly) page.clear();
  else {
    page.prune();
    const drop = page.mentions.all().filter((m) => !passes(m));
    page.write(() => page.mentions.drop(drop));
  }
  return { removed: page.mentions.size < before, rescan: true };
}

/** Tells the popup which site this tab shows (its quick switches act on it). Top frame only. */
export function answerSiteQuery(ctx: Context): void {
  if (window !== window.top) return;
  const listener = (raw: unknown, sender: { id?: string }) => {
    if (!fromThisExtension(sender) || !parseMessageOfType(['getPageSite'], raw)) return undefined;
    return Promise.resolve(location.hostname);
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

// Test pages: demo/index.html, tests/e2e/pages/exclusions.html (tests/e2e/settings.ts).
