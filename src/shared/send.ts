// Typed senders: the only way code sends a message.
import browser from './browser';
import type { Protocol, MessageType } from './messages';

// Chromium throws "Extension context invalidated" synchronously in an orphaned content script: turn every
// throw into a rejection, so the callers' .catch() sees it (an uncaught throw would land in the page's console).
export function sendToBackground<T extends MessageType>(msg: Protocol[T]['request']): Promise<Protocol[T]['reply']> {
  try {
    return browser.runtime.sendMessage(msg) as Promise<Protocol[T]['reply']>;
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}

export function sendToTab<T extends MessageType>(
  tabId: number,
  msg: Protocol[T]['request'],
  frameId = 0,
): Promise<Protocol[T]['reply']> {
  return browser.tabs.sendMessage(tabId, msg, { frameId }) as Promise<Protocol[T]['reply']>;
}

/** True when a message was sent by this extension (not a page, not another extension). */
export function fromThisExtension(sender: { id?: string | undefined }): boolean {
  return sender.id === browser.runtime.id;
}
