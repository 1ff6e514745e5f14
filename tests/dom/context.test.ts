// The content script's lifetime when the extension reloads under an open page: the orphaned copy
// stands down at the reader's first pointer, focus or tab switch, and a send never throws into the page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from './support/fake-browser';

const { createContext, isInvalidation } = await import('../../src/content/context');
const { sendToBackground } = await import('../../src/shared/send');

const runtime = browser.runtime as { id: string | undefined; sendMessage: (m: unknown) => Promise<unknown> };
const { sendMessage } = runtime;
afterEach(() => {
  runtime.id = 'test';
  runtime.sendMessage = sendMessage;
});

describe('content script context', () => {
  it.each([
    ['pointerover', () => document.body.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }))],
    ['focusin', () => document.body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }))],
    ['visibilitychange', () => document.dispatchEvent(new Event('visibilitychange', { bubbles: true }))],
  ])('an orphan stands down at the first %s, before the page’s own listeners run', (_, fire) => {
    const ctx = createContext();
    const torn = vi.fn();
    ctx.onInvalidated(torn);
    const later = vi.fn();
    document.addEventListener('pointerover', later, { signal: ctx.signal });
    document.addEventListener('focusin', later, { signal: ctx.signal });
    document.addEventListener('visibilitychange', later, { signal: ctx.signal });
    fire();
    expect(ctx.invalid).toBe(false); // alive: nothing happens
    runtime.id = undefined; // the extension reloaded
    fire();
    expect(ctx.invalid).toBe(true);
    expect(torn).toHaveBeenCalledOnce();
    expect(later).toHaveBeenCalledOnce(); // only the first event, while alive
  });

  it('a newer copy in the same document retires the older one', () => {
    const old = createContext();
    const next = createContext();
    expect(old.invalid).toBe(true);
    expect(next.invalid).toBe(false);
    next.abort('test over');
  });

  it('sendToBackground turns a synchronous "Extension context invalidated" into a rejection', async () => {
    runtime.sendMessage = () => {
      throw new Error('Extension context invalidated.');
    };
    let p: Promise<unknown> | undefined;
    expect(() => (p = sendToBackground({ type: 'lookupEntity', id: 'wga' }))).not.toThrow();
    await expect(p).rejects.toThrow(/invalidated/);
  });
});

describe('isInvalidation', () => {
  it('knows the errors of a reloaded or updated extension, not those of a receiver that is not listening', () => {
    expect(isInvalidation(new Error('Extension context invalidated.'))).toBe(true);
    expect(isInvalidation(new Error('Attempting to use a disconnected port object'))).toBe(true);
    expect(isInvalidation(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(false);
    expect(isInvalidation(new Error('Network error'))).toBe(false);
  });
});
