// Reader settings in storage.sync. The defaults double as the type (after refined-github). Only values the
// reader changed are stored (after 10ten's "FoxClocks problem": a new install that wrote its defaults would
// overwrite the choices synced from the reader's other browsers). Reading fills in the defaults, runs the
// migrations of older shapes, and validates each key on its own: a corrupt or foreign value (another version,
// another extension, a hand edit) falls back to that key's default and the other keys are kept.
import browser from './browser';
import { CATEGORIES, type Category } from '../core/types';
import { aliasKey } from '../core/normalize';

export const DEFAULTS = {
  /** Categories to highlight. */
  categories: { studio: true, union: true, 'trade-group': true, person: true, law: true, 'ai-term': true } as Record<Category, boolean>,
  style: 'background' as 'background' | 'underline' | 'subtle',
  /** Highlight every mention, or only the first per entity. */
  mentions: 'all' as 'all' | 'first',
  hoverDelayMs: 300,
  /** Alias texts (as written in the dataset) the reader turned off. */
  disabledAliases: [] as string[],
  /** Hostnames where Backstory does nothing (a name covers its subdomains). */
  disabledSites: [] as string[],
  /** Pause everywhere. */
  paused: false,
};

export type Settings = typeof DEFAULTS;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(DEFAULTS) as SettingKey[];
export const STYLES = ['background', 'underline', 'subtle'] as const;
export const HOVER_DELAY = { min: 0, max: 2000, step: 50 } as const;

/** Stored beside the settings; the shape they were written in. */
export const VERSION_KEY = 'settingsVersion';
export const SETTINGS_VERSION = 2;

type Raw = Record<string, unknown>;

/** Ordered: migrations[i] upgrades version i + 1 to i + 2. Each must be idempotent (data synced from an older
 * browser can arrive after a newer one stamped the version), and leave unknown keys to the last step. */
export const migrations: ((raw: Raw) => void)[] = [
  // v1 → v2: the v1 skeleton stored disabled sites as typed (URLs, upper case, "www.", ports).
  // TODO [2027-06-01]: Drop once no v1 data can be left in sync storage.
  (raw) => {
    if (Array.isArray(raw.disabledSites)) raw.disabledSites = raw.disabledSites.map((s) => (typeof s === 'string' ? siteOf(s) : s));
  },
];

/** The hostname a reader means by a typed site: "https://WWW.Example.com:8080/x" → "example.com". "" if none. */
export function siteOf(input: string): string {
  let s = input.trim().toLowerCase();
  if (!s) return '';
  try {
    s = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(s) ? s : `http://${s}`).hostname;
  } catch {
    return '';
  }
  return s.replace(/^www\./, '').replace(/\.$/, '').replace(/^\[|\]$/g, '');
}

const isStringList = (v: unknown): v is unknown[] => Array.isArray(v);
const cleanList = (v: unknown[], map: (s: string) => string): string[] =>
  [...new Set(v.filter((s): s is string => typeof s === 'string').map(map).filter((s) => s.length > 0 && s.length <= 200))].slice(0, 1000);

/** Per-key validation: the value to use, or undefined to fall back to the default. */
const validators: { [K in SettingKey]: (v: unknown) => Settings[K] | undefined } = {
  categories: (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
    const out = { ...DEFAULTS.categories };
    for (const c of CATEGORIES) {
      const b = (v as Raw)[c];
      if (typeof b === 'boolean') out[c] = b;
    }
    return out;
  },
  style: (v) => (STYLES.includes(v as never) ? (v as Settings['style']) : undefined),
  mentions: (v) => (v === 'all' || v === 'first' ? v : undefined),
  hoverDelayMs: (v) =>
    typeof v === 'number' && Number.isFinite(v) ? Math.round(Math.min(HOVER_DELAY.max, Math.max(HOVER_DELAY.min, v))) : undefined,
  disabledAliases: (v) => (isStringList(v) ? cleanList(v, (s) => s.trim()) : undefined),
  disabledSites: (v) => (isStringList(v) ? cleanList(v, siteOf) : undefined),
  paused: (v) => (typeof v === 'boolean' ? v : undefined),
};

/** Migrates and validates what storage holds. Pure: the tests call it with raw objects. */
export function parseSettings(stored: Raw): Settings {
  const raw: Raw = { ...stored };
  const from = typeof raw[VERSION_KEY] === 'number' ? (raw[VERSION_KEY] as number) : 1;
  for (let v = Math.max(1, Math.floor(from)); v < SETTINGS_VERSION; v++) migrations[v - 1]?.(raw);
  const out = {} as Raw;
  for (const k of SETTING_KEYS) {
    const parsed = Object.hasOwn(raw, k) ? validators[k](raw[k]) : undefined;
    out[k] = parsed === undefined ? structuredClone(DEFAULTS[k]) : parsed;
  }
  return out as Settings;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export async function getSettings(): Promise<Settings> {
  return parseSettings((await browser.storage.sync.get(null)) as Raw);
}

/** Writes one key; a value equal to the default is removed instead, so only the reader's changes are stored. */
export async function setSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
  const valid = validators[key](value);
  if (valid === undefined) throw new TypeError(`Invalid value for setting ${key}`);
  if (same(valid, DEFAULTS[key])) await browser.storage.sync.remove(key);
  else await browser.storage.sync.set({ [key]: valid, [VERSION_KEY]: SETTINGS_VERSION });
}

/** Back to the defaults: removes every stored setting. */
export async function resetSettings(): Promise<void> {
  await browser.storage.sync.remove([...SETTING_KEYS, VERSION_KEY]);
}

/** Rewrites stored settings in the current shape (after an update): migrated values, defaults and unknown keys
 * dropped. Does nothing when nothing is stored, so a fresh install writes nothing. */
export async function migrateStoredSettings(): Promise<void> {
  const stored = (await browser.storage.sync.get(null)) as Raw;
  if (Object.keys(stored).length === 0 || stored[VERSION_KEY] === SETTINGS_VERSION) return;
  const s = parseSettings(stored);
  const keep: Raw = {};
  for (const k of SETTING_KEYS) if (!same(s[k], DEFAULTS[k])) keep[k] = s[k];
  const drop = Object.keys(stored).filter((k) => !(k in keep));
  if (drop.length) await browser.storage.sync.remove(drop);
  await browser.storage.sync.set({ ...keep, [VERSION_KEY]: SETTINGS_VERSION });
}

export function onSettingsChanged(fn: (s: Settings) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'sync') void getSettings().then(fn);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** True when a hostname is one of the disabled sites or a subdomain of one. */
export function siteDisabled(s: Pick<Settings, 'disabledSites'>, hostname: string): boolean {
  const host = siteOf(hostname);
  return s.disabledSites.some((d) => host === d || host.endsWith(`.${d}`));
}

/** The one snapshot the content script works from (after 10ten's contentConfig). */
export interface ContentSettings {
  /** False when paused or this site is disabled: no marks at all. */
  enabled: boolean;
  categories: Record<Category, boolean>;
  style: Settings['style'];
  firstOnly: boolean;
  hoverDelayMs: number;
  /** Disabled alias texts as matching keys (core aliasKey). */
  disabledAliases: string[];
}

export function contentSettings(s: Settings, hostname: string): ContentSettings {
  return {
    enabled: !s.paused && !siteDisabled(s, hostname),
    categories: { ...s.categories },
    style: s.style,
    firstOnly: s.mentions === 'first',
    hoverDelayMs: s.hoverDelayMs,
    disabledAliases: s.disabledAliases.map(aliasKey),
  };
}
