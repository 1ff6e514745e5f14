// Test seam: stands in for src/shared/browser (webextension-polyfill refuses to load outside an extension).
// i18n reads the real public/_locales/en/messages.json, placeholders included, so tests see the English text.
import en from '../../../public/_locales/en/messages.json';

type Msg = { message: string; placeholders?: Record<string, { content: string }> };
const messages = en as Record<string, Msg>;

export function getMessage(key: string, subs: string[] = []): string {
  const m = messages[key];
  if (!m) return '';
  let text = m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => m.placeholders?.[name.toLowerCase()]?.content ?? '');
  text = text.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  return text;
}

export const calls: { api: string; args: unknown[] }[] = [];

const fake = {
  i18n: { getMessage, getUILanguage: () => 'en-GB' },
  action: {
    setBadgeText: async (...args: unknown[]) => void calls.push({ api: 'setBadgeText', args }),
    setBadgeBackgroundColor: async (...args: unknown[]) => void calls.push({ api: 'setBadgeBackgroundColor', args }),
    setTitle: async (...args: unknown[]) => void calls.push({ api: 'setTitle', args }),
  },
  runtime: { id: 'test', getURL: (p: string) => `chrome-extension://test/${p}` },
};

export default fake;
