// Keyboard navigation between highlights: the manifest's `commands` (next/previous highlight) reach the
// background, which forwards them here as `focusHighlight`. Only the top frame is addressed (sendToTab's
// frame 0), so a page's iframes are not visited. Focus goes to the mark (tabindex=-1 for the moment only)
// and its card opens; the page's own tab order is never changed.
import { inDocumentOrder, type Mentions } from '../annotator/mentions';
import type { Mention } from '../annotator/wrap';
import type { CardController } from './controller';
import { isHidden } from './hidden';
import { stepIndex } from './order';

/** Highlights a reader can be taken to, in document order: connected, shown, not dismissed. */
export function navigable(mentions: Mentions): Mention[] {
  return inDocumentOrder(mentions.all()).filter((m) => !isHidden(m) && m.marks[0]!.getClientRects().length > 0);
}

/** The step to the next or previous highlight (the `focusHighlight` message). True when there was one. */
export function startKeyboard(mentions: Mentions, card: CardController): (direction: 'next' | 'previous') => boolean {
  let last: Mention | null = null;
  return (direction) => {
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
}

// Test pages: tests/e2e/pages/card.html (overlay, keyboard), tests/e2e/pages/card-rtl.html, demo/index.html.
