// Reader settings in storage.sync. The defaults double as the type (after refined-github). Only values the
// reader changed are stored (after 10ten: writing defaults would overwrite choices synced from elsewhere).
// SKELETON: migration and per-key validation of corrupt values are to be completed (issue #9).
import browser from './browser';
import type { Category } from '../core/types';

export const DEFAULTS = {
  /** Categories to highlight. */
  categories: { studio: true, union: true, 'trade-group': true, person: true, law: true, 'ai-term': true } as Record<Category, boolean>,
  style: 'background' as 'background' | 'underline' | 'subtle',
  /** Highlight every mention, or only the first per entity. */
  mentions: 'all' as 'all' | 'first',
  hoverDelayMs: 300,
  /** Alias texts (as written in the dataset) the reader turned off. */
  disabledAliases: [] as string[],
  /** Hostnames where Backstory does nothing. */
  disabledSites: [] as string[],
  /** Pause everywhere. */
  paused: false,
};

export type Settings = typeof DEFAULTS;
export const SETTINGS_VERSION = 1;

export async function getSettings(): Promise<Settings> {
  const stored = (await browser.storage.sync.get(null)) as Partial<Settings>;
  return { ...DEFAULTS, ...stored };
}

export async function setSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  await browser.storage.sync.set({ [key]: value });
}

export function onSettingsChanged(fn: (s: Settings) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'sync') void getSettings().then(fn);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
