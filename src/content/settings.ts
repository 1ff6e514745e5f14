// The reader's settings in the content script, live (no reload): the marks follow them through
// Annotator.apply (annotator/filter.ts decides what passes); the style is an attribute on <html> that content.css
// reads (docs/architecture.md § Settings).
import { parseSettings, type ContentSettings, type Settings } from '../shared/settings';
import type { Early } from './early-stash';

export const STYLE_ATTR = 'data-backstory-style';

/** The reader's settings: early.ts's answer while it is fresh, else `read()` now (no stash, a failed read, or a
 * change since). */
export function settingsFrom(early: Early | undefined, read: () => Promise<Settings>): Promise<Settings> {
  return early && !early.changed ? early.raw.then((raw) => (raw ? parseSettings(raw) : read())) : read();
}

/** The highlight style: none for the default (background). */
export function applyStyle(style: ContentSettings['style']): void {
  const html = document.documentElement;
  if (style === 'background') html.removeAttribute(STYLE_ATTR);
  else html.setAttribute(STYLE_ATTR, style);
}
