// "Show on page" (the popup's entity view): each ask scrolls to the entity's next mention, flashes it and opens
// its card. Per entity: another name starts at its first mention.
import type { Context } from '../context';
import type { Mentions } from '../annotator/mentions';
import type { CardController } from './controller';

const FLASH_MS = 1200;

export interface Revealer {
  /** Shows the next mention of entity id; false when the page has none. */
  reveal(id: string): boolean;
  /** A new view: start again at the first mentions. */
  reset(): void;
}

export function createRevealer(ctx: Context, mentions: Mentions, card: CardController): Revealer {
  const at = new Map<string, number>();
  return {
    reveal(id) {
      const list = mentions.ofEntity(id);
      if (list.length === 0) return false;
      const next = ((at.get(id) ?? -1) + 1) % list.length;
      at.set(id, next);
      const m = list[next]!;
      m.marks[0]!.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      for (const el of m.marks) el.classList.add('backstory-flash');
      ctx.setTimeout(() => m.marks.forEach((el) => el.classList.remove('backstory-flash')), FLASH_MS);
      card.open(m);
      return true;
    },
    reset: () => at.clear(),
  };
}
