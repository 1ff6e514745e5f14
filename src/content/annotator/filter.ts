// Which matches become marks under the reader's settings: categories, turned-off aliases, first mention only.
import type { Match } from '../../core/matcher';
import { aliasKey } from '../../core/normalize';
import type { Category } from '../../core/types';
import type { ContentSettings } from '../../shared/settings';

export interface SettingsFilter {
  /** Does a mention of this category and text pass the categories and aliases? */
  passes(m: { category: string; text: string }): boolean;
  /** Should this match become a mark? In first-mention mode, an entity admitted once is never admitted again. */
  admit(m: Match): boolean;
}

export function settingsFilter(s: ContentSettings): SettingsFilter {
  const off = new Set(s.disabledAliases);
  const passes = (m: { category: string; text: string }) =>
    s.enabled && s.categories[m.category as Category] !== false && !off.has(aliasKey(m.text));
  const claimed = new Set<string>();
  const admit = (m: Match) => passes(m) && (!s.firstOnly || (!claimed.has(m.id) && !!claimed.add(m.id)));
  return { passes, admit };
}
