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
import { unwrapMarks, type Mention } from './annotate';
import type { Page } from './page';

export const STYLE_ATTR = 'data-backstory-style';

/** The reader's settings: early.ts's answer while it is fresh, else `read()` now (no stash, a failed read, or a
 * change since). */
export function settingsFrom(early: Early | undefined, read: () => Promise<Settings>): Promise<Settings> {
  return early && !early.changed ? early.raw.then((raw) => (raw ? parseSettings(raw) : read())) : read();
}

const textOf = (m: Mention) => m.marks.map((el) => el.textContent ?? '').join('');

function inDocumentOrder(list: Mention[]): Mention[] {
  return list
    .filter((m) => m.marks[0]?.isConnected)
    .sort((a, b) => (a.marks[0]!.compareDocumentPosition(b.marks[0]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** Applies s to page; root is what to rescan (none when `rescan` is false: the first scan is the pipeline's).
 * Returns true when marks were added or removed. */
export function applySettings(page: Page, s: ContentSettings, root: Node, rescan = true): boolean {
  const html = document.documentElement;
  if (s.style === 'background') html.removeAttribute(STYLE_ATTR);
  else html.setAttribute(STYLE_ATTR, s.style);

  page.enabled = s.enabled;
  if (!s.enabled) {
    page.filter = () => false;
    const had = page.mentions.all().length > 0;
    page.clear();
    return had;
  }

  const off = new Set(s.disabledAliases);
  const passes = (category: string, text: string) => s.categories[category as Category] !== false && !off.has(aliasKey(text));

  // Keep what still passes (in first-mention mode, the first of each entity in document order).
  const seen = new Set<string>();
  const keep: Mention[] = [];
  const drop: Mention[] = [];
  const all = page.mentions.clear();
  const ordered = inDocumentOrder(all);
  for (const m of ordered) {
    if (!passes(m.category, textOf(m)) || (s.firstOnly && seen.has(m.id))) drop.push(m);
    else {
      keep.push(m);
      seen.add(m.id);
    }
  }
  // Mentions whose marks left the document are forgotten with the dropped ones.
  page.mentions.add(keep);
  unwrapMarks(drop.flatMap((m) => m.marks));

  page.filter = (m: Match) => {
    if (!passes(m.category, m.text)) return false;
    if (!s.firstOnly) return true;
    if (seen.has(m.id)) return false;
    seen.add(m.id);
    return true;
  };
  const added = rescan ? page.annotate(root) : 0;
  return drop.length > 0 || added > 0 || keep.length !== all.length;
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
