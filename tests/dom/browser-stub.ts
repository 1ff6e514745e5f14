// A stand-in for webextension-polyfill in component tests: i18n from the real English messages, storage in
// memory, and a runtime whose sendMessage answers like the background. Test seam: tests/dom only.
import messages from '../../public/_locales/en/messages.json';

type Listener = (changes: Record<string, unknown>, area: string) => void;

export const stub = {
  bidiDir: 'ltr' as 'ltr' | 'rtl',
  sync: {} as Record<string, unknown>,
  sent: [] as unknown[],
  reply: (_msg: unknown): unknown => null,
  listeners: new Set<Listener>(),
};

export const browserStub = {
  i18n: {
    getMessage(key: string, subs: string[] = []) {
      if (key === '@@bidi_dir') return stub.bidiDir;
      const m = (messages as Record<string, { message: string }>)[key]?.message ?? '';
      return m.replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
    },
    getUILanguage: () => 'en-GB',
  },
  storage: {
    sync: {
      get: async () => ({ ...stub.sync }),
      set: async (v: Record<string, unknown>) => {
        Object.assign(stub.sync, v);
        for (const l of stub.listeners) l(v, 'sync');
      },
    },
    onChanged: {
      addListener: (l: Listener) => stub.listeners.add(l),
      removeListener: (l: Listener) => stub.listeners.delete(l),
    },
  },
  runtime: {
    id: 'test',
    sendMessage: async (msg: unknown) => {
      stub.sent.push(msg);
      return stub.reply(msg);
    },
    onMessage: { addListener: () => undefined, removeListener: () => undefined },
  },
};
