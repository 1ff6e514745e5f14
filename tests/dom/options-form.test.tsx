// The options form (props only): every control labelled, changes reported through onChange.
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';

const { SyncSettingsForm } = await import('../../src/options/SyncSettingsForm');
const { DEFAULTS } = await import('../../src/shared/settings');

function mount(over: Partial<typeof DEFAULTS> = {}) {
  const onChange = vi.fn();
  const onReset = vi.fn();
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  act(() =>
    render(
      <SyncSettingsForm
        settings={{ ...structuredClone(DEFAULTS), ...over }}
        aliasSuggestions={['WGA', 'Netflix']}
        datasetDate="1 May 2026"
        privacyHref="chrome-extension://x/src/pages/privacy.html"
        status=""
        onChange={onChange}
        onReset={onReset}
      />,
      root,
    ),
  );
  return { root, onChange, onReset };
}

const click = (el: Element | null) => act(() => (el as HTMLElement).click());

describe('SyncSettingsForm', () => {
  it('links the privacy policy', () => {
    const link = mount().root.querySelector('footer a');
    expect(link?.getAttribute('href')).toBe('chrome-extension://x/src/pages/privacy.html');
    expect(link?.textContent).toBe('Privacy policy');
  });

  it('labels every control', () => {
    const { root } = mount();
    const controls = [...root.querySelectorAll('input, button')];
    expect(controls.length).toBeGreaterThan(12);
    for (const el of controls) {
      const id = el.getAttribute('id');
      const named = el.closest('label') || (id && root.querySelector(`label[for="${id}"]`)) || el.getAttribute('aria-label') || el.textContent?.trim();
      expect(named, el.outerHTML.slice(0, 80)).toBeTruthy();
    }
  });

  it('reports a category switched off', () => {
    const { root, onChange } = mount();
    click(root.querySelector('input[name="category"][value="studio"]'));
    expect(onChange).toHaveBeenCalledWith('categories', { ...DEFAULTS.categories, studio: false });
  });

  it('reports style and mention mode', () => {
    const { root, onChange } = mount();
    click(root.querySelector('input[name="style"][value="subtle"]'));
    expect(onChange).toHaveBeenCalledWith('style', 'subtle');
    click(root.querySelector('input[name="mentions"][value="first"]'));
    expect(onChange).toHaveBeenCalledWith('mentions', 'first');
  });

  it('adds a site as a hostname, refuses nonsense, and removes one', () => {
    const { root, onChange } = mount({ disabledSites: ['old.org'] });
    const input = root.querySelector<HTMLInputElement>('#sites-input')!;
    act(() => {
      input.value = 'https://WWW.Example.com/page';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => void root.querySelector('[data-list="sites"] form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(onChange).toHaveBeenCalledWith('disabledSites', ['old.org', 'example.com']);
    act(() => {
      input.value = 'not a site';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => void root.querySelector('[data-list="sites"] form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(root.querySelector('#sites-err')?.textContent).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    click(root.querySelector('[data-list="sites"] li button'));
    expect(onChange).toHaveBeenLastCalledWith('disabledSites', []);
  });

  it('reset calls onReset', () => {
    const { root, onReset } = mount({ paused: true });
    click(root.querySelector('#reset'));
    expect(onReset).toHaveBeenCalledOnce();
  });
});
