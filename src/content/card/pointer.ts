// The pointer around mentions: hover intent opens the card (leaving closes it after a delay, so the pointer can
// move into it: WCAG 1.4.13), a tap opens it on touch screens, a click elsewhere closes it.
import type { Context } from '../context';
import type { Mentions } from '../annotator/mentions';
import type { Mention } from '../annotator/wrap';
import { isHidden } from './hidden';

/** What the pointer handling needs of the card. */
export interface PointedCard {
  readonly current: Mention | null;
  /** Is this event's target inside the card? */
  contains(e: Event): boolean;
  open(m: Mention): void;
  /** The pointer is over m: open its card after the hover delay (the current one stays). */
  openSoon(m: Mention): void;
  /** The pointer is over no mention: nothing opens, an open card closes after a delay. */
  leave(): void;
  close(): void;
}

export function listenForPointer(ctx: Context, mentions: Mentions, card: PointedCard): void {
  const { signal } = ctx;
  const visible = (target: EventTarget | null) => {
    const m = mentions.of(target as Element);
    return m && !isHidden(m) ? m : null;
  };
  const onOver = (e: PointerEvent) => {
    if (e.pointerType === 'touch' || card.contains(e)) return; // touch opens on tap (click below)
    const m = visible(e.target);
    if (m) card.openSoon(m);
    else card.leave();
  };
  document.addEventListener('pointerover', onOver, { signal, passive: true });

  let lastPointer = '';
  document.addEventListener('pointerdown', (e) => (lastPointer = e.pointerType), { signal, capture: true, passive: true });
  const onClick = (e: MouseEvent) => {
    if (card.contains(e)) return;
    const m = visible(e.target);
    // click is a PointerEvent in current browsers; the last pointerdown covers the ones where it is not.
    const pointer = 'pointerType' in e ? (e as PointerEvent).pointerType : lastPointer;
    if (m && pointer === 'touch') {
      if (m === card.current) return; // a second tap goes through (a highlighted link still works)
      e.preventDefault();
      card.open(m);
    } else if (card.current && m !== card.current) card.close();
  };
  document.addEventListener('click', onClick, { signal, capture: true });
}
