// useSetting follows storage.onChanged; localizeDocument takes lang and direction from the UI locale.
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';

const store: Record<string, unknown> = {};
const listeners: ((c: unknown, area: string) => void)[] = [];
const ui = { lang: 'ar', dir: 'rtl' };
vi.mock('../../src/shared/browser', () => ({
  default: {
    storage: {
      sync: {
        get: async () => ({ ...store }),
        set: async (items: Record<string, unknown>) => {
          Object.assign(store, items);
          listeners.forEach((l) => l(items, 'sync'));
        },
        remove: async () => undefined,
      },
      onChanged: {
        addListener: (l: (c: unknown, a: string) => void) => listeners.push(l),
        removeListener: (l: (c: unknown, a: string) => void) => listeners.splice(listeners.indexOf(l), 1),
      },
    },
    i18n: { getMessage: (k: string) => (k === '@@bidi_dir' ? ui.dir : ''), getUILanguage: () => ui.lang },
  },
}));
const { useSetting } = await import('../../src/shared/use-setting');
const { setSetting } = await import('../../src/shared/settings');
const { localizeDocument } = await import('../../src/shared/i18n');

function Probe() {
  const [style] = useSetting('style');
  return <p id="probe">{style ?? 'loading'}</p>;
}

describe('useSetting', () => {
  it('shows the stored value and follows changes made elsewhere', async () => {
    store.style = 'underline';
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    act(() => render(<Probe />, root));
    await vi.waitFor(() => expect(root.textContent).toBe('underline'));
    await act(() => setSetting('style', 'subtle'));
    await vi.waitFor(() => expect(root.textContent).toBe('subtle'));
    act(() => render(null, root));
    expect(listeners).toHaveLength(0);
  });
});

describe('localizeDocument', () => {
  it('sets dir=rtl and lang for a right-to-left UI locale, ltr otherwise', () => {
    localizeDocument();
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    ui.dir = 'ltr';
    ui.lang = 'es';
    localizeDocument();
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('es');
  });
});
