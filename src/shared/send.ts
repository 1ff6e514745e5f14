// Typed senders: the only way code sends a message.
import browser from './browser';
import type { Protocol, MessageType } from './messages';

export function sendToBackground<T extends MessageType>(msg: Protocol[T]['request']): Promise<Protocol[T]['reply']> {
  return browser.runtime.sendMessage(msg) as Promise<Protocol[T]['reply']>;
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
