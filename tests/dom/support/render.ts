// Renders a preact tree into a fresh container and flushes effects and state updates.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export function mount(tree: ComponentChild): HTMLElement {
  document.body.replaceChildren();
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(tree, root));
  return root;
}

export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('nothing to click');
  act(() => (el as HTMLElement).click());
}

export function input(el: Element | null, value: string, type: 'input' | 'change' = 'input'): void {
  if (!el) throw new Error('no field');
  act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event(type, { bubbles: true }));
  });
}

export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
