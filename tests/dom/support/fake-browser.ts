// The one stand-in for src/shared/browser in component tests (webextension-polyfill refuses to load outside an
// extension). The dom project resolves that module to this file (vitest.config.ts), and tests/dom/support/setup.ts
// calls resetFake() before each test, so tests share one module instance and still start from the same state.
// i18n reads the real public/_locales/en/messages.json, placeholders included; storage lives in memory; the
// runtime answers sendMessage with `fake.reply` and records what was sent; action calls are recorded.
import en from '../../../public/_locales/en/messages.json';

type Msg = { message: string; placeholders?: Record<string, { content: string }> };
type Listener = (changes: Record<string, unknown>, area: string) => void;
const messages = en as Record<string, Msg>;

/** What a test may set or read. Reset before every test. */
export const fake = {
  bidiDir: 'ltr' as 'ltr' | 'rtl',
  uiLanguage: 'en-GB',
  sync: {} as Record<string, unknown>,
  sent: [] as unknown[],
  reply: (_msg: unknown): unknown => null,
  listeners: new Set<Listener>(),
  calls: [] as { api: string; args: unknown[] }[],
};

export function resetFake(): void {
  fake.bidiDir = 'ltr';
  fake.uiLanguage = 'en-GB';
  fake.sync = {};
  fake.sent = [];
  fake.reply = () => null;
  fake.listeners.clear();
  fake.calls = [];
}

export function getMessage(key: string, subs: string[] = []): string {
  if (key === '@@bidi_dir') return fake.bidiDir;
  const m = messages[key];
  if (!m) return '';
  let text = m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => m.placeholders?.[name.toLowerCase()]?.content ?? '');
  text = text.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  return text;
}

const record =
  (api: string) =>
  async (...args: unknown[]): Promise<void> =>
    void fake.calls.push({ api, args });

const browser = {
  i18n: { getMessage, getUILanguage: () => fake.uiLanguage },
  storage: {
    sync: {
      get: async () => ({ ...fake.sync }),
      set: async (items: Record<string, unknown>) => {
        Object.assign(fake.sync, items);
        for (const l of fake.listeners) l(items, 'sync');
      },
      remove: async (keys: string | string[]) => {
        for (const k of [keys].flat()) delete fake.sync[k];
      },
    },
    onChanged: {
      addListener: (l: Listener) => void fake.listeners.add(l),
      removeListener: (l: Listener) => void fake.listeners.delete(l),
    },
  },
  runtime: {
    id: 'test',
    getURL: (p: string) => `chrome-extension://test/${p}`,
    sendMessage: async (msg: unknown) => {
      fake.sent.push(msg);
      return fake.reply(msg);
    },
    onMessage: { addListener: () => undefined, removeListener: () => undefined },
  },
  action: {
    setBadgeText: record('setBadgeText'),
    setBadgeBackgroundColor: record('setBadgeBackgroundColor'),
    setTitle: record('setTitle'),
  },
};

export default browser;
