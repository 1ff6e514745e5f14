// Keyboard navigation between highlights: the manifest's `commands` (next/previous highlight) reach the
// background, which forwards them here as `focusHighlight`. Only the top frame is addressed (sendToTab's
// frame 0), so a page's iframes are not visited. Focus goes to the mark (tabindex=-1 for the moment only)
// and its card opens; the page's own tab order is never changed.
import browser from '../../shared/browser';
import { parseMessageOfType } from '../../shared/messages';
import { fromThisExtension } from '../../shared/send';
import type { Context } from '../context';
import type { Mentions } from '../mentions';
import type { Mention } from '../annotate';
import { isHidden, type CardController } from './controller';
import { stepIndex } from './order';

/** Highlights a reader can be taken to, in document order: connected, shown, not dismissed. */
export function navigable(mentions: Mentions): Mention[] {
  return mentions
    .all()
    .filter((m) => m.marks[0]?.isConnected && !isHidden(m) && m.marks[0].getClientRects().length > 0)
    .sort((a, b) => (a.marks[0]!.compareDocumentPosition(b.marks[0]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

export function startKeyboard(ctx: Context, mentions: Mentions, card: CardController): void {
  let last: Mention | null = null;

  const step = (direction: 'next' | 'previous'): boolean => {
    const list = navigable(mentions);
    const from = card.current ?? last;
    const i = stepIndex(
      list.map((m) => ({ bottom: m.marks[0]!.getBoundingClientRect().bottom })),
      from ? list.indexOf(from) : -1,
      direction,
    );
    const target = list[i];
    if (!target) return false;
    last = target;
    card.open(target, { focus: true });
    return true;
  };

  const onMessage = (raw: unknown, sender: { id?: string }) => {
    if (!fromThisExtension(sender)) return undefined;
    const msg = parseMessageOfType(['focusHighlight'], raw);
    if (!msg) return undefined;
    return Promise.resolve(step(msg.direction));
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

// Test pages: tests/e2e/pages/card.html (overlay, keyboard), tests/e2e/pages/card-rtl.html, demo/index.html.
