// Keyboard navigation order over highlights: document order, wrapping, starting from the current one or, when
// there is none, from the first highlight at or below the top of the viewport. Pure over its inputs.

export interface Placed {
  /** Distance from the viewport's top to the item's bottom edge (negative: scrolled past). */
  bottom: number;
}

export function stepIndex(
  items: readonly Placed[],
  currentIndex: number,
  direction: 'next' | 'previous',
): number {
  const n = items.length;
  if (n === 0) return -1;
  if (currentIndex >= 0 && currentIndex < n) return (currentIndex + (direction === 'next' ? 1 : -1) + n) % n;
  const firstVisible = items.findIndex((it) => it.bottom >= 0);
  if (direction === 'next') return firstVisible >= 0 ? firstVisible : 0;
  return (firstVisible > 0 ? firstVisible : n) - 1;
}
