// Keyboard focus around the card: the mark a keyboard visit focused (tabindex=-1 for that moment only, never in
// the page's tab order), Tab from the mark into the card and out of it back to the mark, and focus leaving both
// ending the visit. Nothing is trapped: Tab off the card's end closes it.
import type { Context } from '../context';
import type { CardHost } from './host';

const FOCUSABLE = 'a[href], button:not([disabled])';

/** The mark we focused, and whether we gave it its tabindex (removed again once focus leaves). */
export class MarkFocus {
  mark: HTMLElement | null = null;
  private ourTabindex = false;

  focus(el: HTMLElement): void {
    if (this.mark !== el) this.release();
    if (!el.hasAttribute('tabindex')) {
      el.setAttribute('tabindex', '-1');
      this.ourTabindex = true;
    }
    this.mark = el;
    const r = el.getBoundingClientRect();
    if (r.bottom < 0 || r.top > innerHeight) el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    el.focus({ preventScroll: true });
  }

  release(): void {
    if (this.mark && this.ourTabindex) this.mark.removeAttribute('tabindex');
    this.mark = null;
    this.ourTabindex = false;
  }
}

/** What the focus handling needs of the card. */
export interface FocusedCard {
  readonly isOpen: boolean;
  readonly byKeyboard: boolean;
  /** The card's host, made if need be; `existing`: only if it was made. */
  host(existing?: boolean): CardHost | null;
  close(): void;
}

/** Tab into and out of the card (the card sits at the end of the document), Esc, and focus leaving both. */
export function listenForFocus(ctx: Context, focus: MarkFocus, card: FocusedCard): void {
  const { signal } = ctx;
  const onTab = (e: KeyboardEvent, mark: HTMLElement) => {
    const host = card.host()!;
    const inCard = document.activeElement === host.el;
    const list = [...host.root.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (document.activeElement === mark && !e.shiftKey && list[0]) {
      e.preventDefault();
      list[0].focus();
    } else if (inCard && !e.shiftKey && host.root.activeElement === list.at(-1)) {
      e.preventDefault();
      mark.focus({ preventScroll: true });
      card.close();
    } else if (inCard && e.shiftKey && host.root.activeElement === list[0]) {
      e.preventDefault();
      mark.focus({ preventScroll: true });
    }
  };
  const onFocusOut = () => {
    if (!focus.mark) return;
    const a = document.activeElement;
    if (a === focus.mark || a === card.host(true)?.el) return;
    focus.release();
    if (card.byKeyboard) card.close();
  };
  const onKey = (e: KeyboardEvent) => {
    // Where a Tab took focus is judged once it has moved, from the key itself: a document without system focus
    // (a tab just brought back to front) moves focus on Tab without firing any focus event.
    if (e.key === 'Tab' && focus.mark) ctx.setTimeout(onFocusOut, 0);
    if (!card.isOpen) return;
    if (e.key === 'Escape') card.close();
    else if (e.key === 'Tab' && focus.mark) onTab(e, focus.mark);
  };
  document.addEventListener('keydown', onKey, { signal, capture: true });
  // Focus moving to another element ends the visit at once (focusin comes after the move, so activeElement is
  // the new one); focus leaving for nowhere (another window) has only focusout, judged on the next task.
  document.addEventListener('focusin', onFocusOut, { signal, capture: true });
  document.addEventListener('focusout', () => ctx.setTimeout(onFocusOut, 0), { signal, capture: true });
}
