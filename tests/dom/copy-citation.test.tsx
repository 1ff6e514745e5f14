import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { CopyCitation } from '../../src/shared/CopyCitation';
import { formatDate } from '../../src/shared/i18n';


const fact = {
  text: 'The WGA ratified its 2026 contract.',
  sources: [{ title: 'Writers ratify', publisher: 'Variety', url: 'https://variety.com/x', date: '2026-04-24' }],
};
const expected = `The WGA ratified its 2026 contract.\n“Writers ratify”, Variety, ${formatDate('2026-04-24', 'medium')}, https://variety.com/x`;

/** Mounts the button inside a shadow root, as the card does. */
function mountInShadow() {
  document.body.replaceChildren();
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const mount = document.createElement('div');
  root.append(mount);
  act(() => render(<CopyCitation fact={fact} />, mount));
  return root;
}
async function press(root: ShadowRoot) {
  await act(async () => {
    root.querySelector<HTMLButtonElement>('button.copy-citation')!.click();
    await new Promise((r) => setTimeout(r, 0));
  });
}
const status = (root: ShadowRoot) => root.querySelector('[role="status"]')!.textContent;

afterEach(() => vi.unstubAllGlobals());

describe('Copy citation', () => {
  it('is a labelled button whose result is announced in a live region', () => {
    const root = mountInShadow();
    const b = root.querySelector('button')!;
    expect(b.getAttribute('type')).toBe('button');
    expect(b.textContent).toBe('Copy citation');
    expect(b.getAttribute('aria-label')).toBe('Copy citation: The WGA ratified its 2026 contract.');
    expect(root.querySelector('[aria-live="polite"]')).not.toBeNull();
  });
  it('writes the citation with the Clipboard API and says "Copied"', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const root = mountInShadow();
    await press(root);
    expect(writeText).toHaveBeenCalledWith(expected);
    expect(status(root)).toBe('Copied');
  });
  it('without the Clipboard API (an http page) copies from a textarea inside the shadow root, then removes it', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    const root = mountInShadow();
    let copied: { value: string; inShadow: boolean } | undefined;
    const exec = vi.fn(() => {
      const area = root.querySelector('textarea');
      copied = area ? { value: area.value, inShadow: area.getRootNode() === root } : undefined;
      return true;
    });
    document.execCommand = exec as typeof document.execCommand;
    await press(root);
    expect(exec).toHaveBeenCalledWith('copy');
    expect(copied).toEqual({ value: expected, inShadow: true });
    expect(root.querySelector('textarea')).toBeNull();
    expect(status(root)).toBe('Copied');
  });
  it('falls back when the Clipboard API refuses, and says so when nothing works', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    document.execCommand = (() => false) as typeof document.execCommand;
    const root = mountInShadow();
    await press(root);
    expect(status(root)).toBe('Could not copy; select the text instead');
  });
});
