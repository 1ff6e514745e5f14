// useSetting follows storage.onChanged; localizeDocument takes lang and direction from the UI locale.
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';

import { fake } from './support/fake-browser';

const { useSetting } = await import('../../src/shared/use-setting');
const { setSetting } = await import('../../src/shared/settings');
const { localizeDocument } = await import('../../src/shared/i18n');

function Probe() {
  const [style] = useSetting('style');
  return <p id="probe">{style ?? 'loading'}</p>;
}

describe('useSetting', () => {
  it('shows the stored value and follows changes made elsewhere', async () => {
    fake.sync.style = 'underline';
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    act(() => render(<Probe />, root));
    await vi.waitFor(() => expect(root.textContent).toBe('underline'));
    await act(() => setSetting('style', 'subtle'));
    await vi.waitFor(() => expect(root.textContent).toBe('subtle'));
    act(() => render(null, root));
    expect(fake.listeners.size).toBe(0);
  });
});

describe('localizeDocument', () => {
  it('sets dir=rtl and lang for a right-to-left UI locale, ltr otherwise', () => {
    fake.bidiDir = 'rtl';
    fake.uiLanguage = 'ar';
    localizeDocument();
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    fake.bidiDir = 'ltr';
    fake.uiLanguage = 'es';
    localizeDocument();
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('es');
  });
});
