// Where the card sits: start-aligned under its mention, flipped or shifted to stay in the viewport, never taller
// than the room on its side (it scrolls inside instead), following the mention as the page scrolls or moves.
import { autoUpdate, computePosition, flip, offset, shift, size, type Placement } from '@floating-ui/dom';

/** Start-aligned under the mention in the mention's own direction (floating-ui reads "start" off the card). */
export function placementFor(direction: string): Placement {
  return direction === 'rtl' ? 'bottom-end' : 'bottom-start';
}

/** Places card under anchor, and again on scroll, resize and layout changes. Returns the stop. */
export function followAnchor(anchor: HTMLElement, card: HTMLElement): () => void {
  const placement = placementFor(getComputedStyle(anchor).direction);
  return autoUpdate(anchor, card, () => {
    void computePosition(anchor, card, {
      strategy: 'fixed',
      placement,
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({ padding: 8, apply: ({ availableHeight }) => card.style.setProperty('--backstory-max-h', `${Math.max(160, availableHeight)}px`) }),
      ],
    }).then(({ x, y }) => Object.assign(card.style, { left: `${x}px`, top: `${y}px` }));
  });
}
