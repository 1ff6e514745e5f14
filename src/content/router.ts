// The content script's one message listener: a typed handler per message it answers (the background's
// src/background/index.ts has the same shape). Messages from anything but this extension are ignored.
import browser from '../shared/browser';
import { parseMessageOfType, type Protocol } from '../shared/messages';
import { fromThisExtension } from '../shared/send';
import type { Context } from './context';

type ContentMessage = 'revealMention' | 'getPageSite' | 'focusHighlight';
/** undefined: not for this frame (no answer, so another frame's may come). */
export type ContentHandlers = { [T in ContentMessage]: (msg: Protocol[T]['request']) => Protocol[T]['reply'] | undefined };

const TYPES: ContentMessage[] = ['revealMention', 'getPageSite', 'focusHighlight'];

export function listenForMessages(ctx: Context, handlers: ContentHandlers): void {
  const listener = (raw: unknown, sender: { id?: string }) => {
    if (!fromThisExtension(sender)) return undefined;
    const msg = parseMessageOfType(TYPES, raw);
    if (!msg) return undefined;
    const reply = (handlers[msg.type] as (m: typeof msg) => unknown)(msg);
    return reply === undefined ? undefined : Promise.resolve(reply);
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
