// Settings: defaults, per-key validation of corrupt or foreign values, migrations, and what reaches storage.
import { beforeEach, describe, expect, it, vi } from 'vitest';

// A fake storage.sync behind the one module that imports the extension API.
const store: Record<string, unknown> = {};
const listeners: ((changes: unknown, area: string) => void)[] = [];
vi.mock('../../src/shared/browser', () => ({
  default: {
    storage: {
      sync: {
        get: async () => structuredClone(store),
        set: async (items: Record<string, unknown>) => {
          Object.assign(store, structuredClone(items));
          listeners.forEach((l) => l(items, 'sync'));
        },
        remove: async (keys: string | string[]) => {
          for (const k of [keys].flat()) delete store[k];
          listeners.forEach((l) => l({}, 'sync'));
        },
      },
      onChanged: { addListener: (l: (c: unknown, a: string) => void) => listeners.push(l), removeListener: () => undefined },
    },
  },
}));

const S = await import('../../src/shared/settings');

beforeEach(() => {
  for (const k of Object.keys(store)) delete store[k];
});

describe('defaults', () => {
  it('an empty storage reads as the defaults', async () => {
    expect(await S.getSettings()).toEqual(S.DEFAULTS);
  });

  it('reading returns copies: changing them does not change the defaults', async () => {
    const s = await S.getSettings();
    s.categories.studio = false;
    s.disabledSites.push('x.com');
    expect(S.DEFAULTS.categories.studio).toBe(true);
    expect(S.DEFAULTS.disabledSites).toEqual([]);
  });

  it('stores only what the reader changed; setting a default back removes the key', async () => {
    await S.setSetting('style', 'underline');
    expect(store).toEqual({ style: 'underline', [S.VERSION_KEY]: S.SETTINGS_VERSION });
    await S.setSetting('style', 'background');
    expect(store).not.toHaveProperty('style');
    await S.setSetting('categories', { ...S.DEFAULTS.categories });
    expect(store).not.toHaveProperty('categories');
  });

  it('refuses to write an invalid value', async () => {
    await expect(S.setSetting('style', 'neon' as never)).rejects.toThrow(/style/);
    expect(store).toEqual({});
  });

  it('reset removes every stored setting', async () => {
    await S.setSetting('paused', true);
    await S.setSetting('disabledSites', ['example.com']);
    store.otherExtensionKey = 1;
    await S.resetSettings();
    expect(await S.getSettings()).toEqual(S.DEFAULTS);
    expect(store).toEqual({ otherExtensionKey: 1 });
  });
});

describe('corrupt or foreign values fall back per key', () => {
  it('keeps the valid keys and replaces each broken one with its default', () => {
    const s = S.parseSettings({
      [S.VERSION_KEY]: S.SETTINGS_VERSION,
      style: 'neon',
      mentions: 'first',
      hoverDelayMs: 'fast',
      paused: 'yes',
      disabledSites: 'example.com',
      disabledAliases: ['Fox', 42, null, 'Fox', '  Apple '],
      categories: { studio: false, person: 'no', spaceships: true },
    });
    expect(s.style).toBe('background');
    expect(s.mentions).toBe('first');
    expect(s.hoverDelayMs).toBe(300);
    expect(s.paused).toBe(false);
    expect(s.disabledSites).toEqual([]);
    expect(s.disabledAliases).toEqual(['Fox', 'Apple']);
    expect(s.categories).toEqual({ ...S.DEFAULTS.categories, studio: false });
    expect(s).not.toHaveProperty('spaceships');
  });

  it('categories that are not an object, and numbers that are not finite, fall back', () => {
    expect(S.parseSettings({ categories: ['studio'] }).categories).toEqual(S.DEFAULTS.categories);
    expect(S.parseSettings({ categories: null }).categories).toEqual(S.DEFAULTS.categories);
    expect(S.parseSettings({ hoverDelayMs: Number.NaN }).hoverDelayMs).toBe(300);
    expect(S.parseSettings({ hoverDelayMs: 1e9 }).hoverDelayMs).toBe(S.HOVER_DELAY.max);
    expect(S.parseSettings({ hoverDelayMs: -5 }).hoverDelayMs).toBe(0);
  });

  it('ignores keys it does not know and a nonsense version', () => {
    const s = S.parseSettings({ foreign: { a: 1 }, [S.VERSION_KEY]: 'two', paused: true });
    expect(s).toEqual({ ...S.DEFAULTS, paused: true });
  });

  it('a corrupt storage value reads without throwing', async () => {
    Object.assign(store, { categories: 'garbage', style: 7, paused: true });
    expect(await S.getSettings()).toEqual({ ...S.DEFAULTS, paused: true });
  });
});

describe('migrations', () => {
  it('there is one migration per version step', () => {
    expect(S.migrations).toHaveLength(S.SETTINGS_VERSION - 1);
  });

  it('v1 (no version stamp) disabled sites typed as URLs become hostnames', () => {
    const s = S.parseSettings({ disabledSites: ['https://WWW.Example.com:8080/path', 'news.site.org.', 'Blog.Example.net'] });
    expect(s.disabledSites).toEqual(['example.com', 'news.site.org', 'blog.example.net']);
  });

  it('migrations are idempotent (v1 data synced after a v2 stamp)', () => {
    const raw = { disabledSites: ['https://www.a.com/'] };
    S.migrations.forEach((m) => m(raw));
    S.migrations.forEach((m) => m(raw));
    expect(raw.disabledSites).toEqual(['a.com']);
  });

  it('migrateStoredSettings rewrites old data in the current shape, dropping defaults and unknown keys', async () => {
    Object.assign(store, { disabledSites: ['HTTPS://Example.com/x'], style: 'background', stale: true });
    await S.migrateStoredSettings();
    expect(store).toEqual({ disabledSites: ['example.com'], [S.VERSION_KEY]: S.SETTINGS_VERSION });
  });

  it('migrateStoredSettings writes nothing on a fresh install', async () => {
    await S.migrateStoredSettings();
    expect(store).toEqual({});
  });
});

describe('sites and the content snapshot', () => {
  it('siteOf reads what a reader types', () => {
    expect(S.siteOf(' Example.COM ')).toBe('example.com');
    expect(S.siteOf('http://localhost:5173/a')).toBe('localhost');
    expect(S.siteOf('127.0.0.1')).toBe('127.0.0.1');
    expect(S.siteOf('not a site')).toBe('');
    expect(S.siteOf('')).toBe('');
  });

  it('a disabled site covers its subdomains, not look-alikes', () => {
    const s = { disabledSites: ['example.com'] };
    expect(S.siteDisabled(s, 'example.com')).toBe(true);
    expect(S.siteDisabled(s, 'www.example.com')).toBe(true);
    expect(S.siteDisabled(s, 'news.example.com')).toBe(true);
    expect(S.siteDisabled(s, 'badexample.com')).toBe(false);
  });

  it('contentSettings: paused or disabled site means not enabled', () => {
    const base = { ...S.DEFAULTS, disabledSites: ['localhost'] };
    expect(S.contentSettings(base, 'localhost').enabled).toBe(false);
    expect(S.contentSettings(base, '127.0.0.1').enabled).toBe(true);
    expect(S.contentSettings({ ...S.DEFAULTS, paused: true }, '127.0.0.1').enabled).toBe(false);
    expect(S.contentSettings({ ...S.DEFAULTS, mentions: 'first', disabledAliases: ['Writers  Guild'] }, 'a.com')).toMatchObject({
      firstOnly: true,
      disabledAliases: ['writers guild'],
    });
  });

  it('onSettingsChanged hands over the parsed settings', async () => {
    const seen: unknown[] = [];
    S.onSettingsChanged((s) => seen.push(s.style));
    await S.setSetting('style', 'subtle');
    await vi.waitFor(() => expect(seen).toContain('subtle'));
  });
});
