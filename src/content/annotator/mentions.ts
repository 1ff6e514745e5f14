// Bookkeeping of the mentions on this page: which marks belong to which entity, counts for the popup/badge.
import { unwrapMarks, type Mention } from './wrap';

/** The mentions still in the page, in document order (of their first marks). */
export function inDocumentOrder(list: Mention[]): Mention[] {
  return list
    .filter((m) => m.marks[0]?.isConnected)
    .sort((a, b) => (a.marks[0]!.compareDocumentPosition(b.marks[0]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

export class Mentions {
  private readonly byKey = new Map<number, Mention>();
  /** Marks we created. A page can forge <mark data-backstory>; only these are trusted. */
  readonly ours = new WeakSet<Element>();
  /** Our mark → its mention. Never read back from attributes: the page can rewrite those (docs/security.md). */
  private readonly markToMention = new WeakMap<Element, Mention>();

  add(list: Mention[]): void {
    for (const m of list) {
      this.byKey.set(m.key, m);
      for (const el of m.marks) this.markToMention.set(el, m);
    }
  }

  get size(): number {
    return this.byKey.size;
  }

  /** The mention an element of ours belongs to (null for anything the page made). */
  of(el: Element | null): Mention | null {
    for (let e = el; e; e = e.parentElement) {
      const m = this.ours.has(e) ? this.markToMention.get(e) : undefined;
      if (m) return this.byKey.get(m.key) === m ? m : null;
    }
    return null;
  }

  /**
   * Drops mentions whose marks left the document, and mentions that lost part of their marks (the rest is
   * unwrapped: half a name is not a mention). Returns how many were dropped.
   */
  prune(): number {
    let dropped = 0;
    for (const [k, m] of this.byKey) {
      const live = m.marks.filter((el) => el.isConnected);
      if (live.length === m.marks.length) continue;
      if (live.length) unwrapMarks(live);
      this.byKey.delete(k);
      dropped++;
    }
    return dropped;
  }

  /** Forgets the given mentions and unwraps whatever is left of their marks. */
  drop(list: Iterable<Mention>): void {
    const marks: HTMLElement[] = [];
    for (const m of list) {
      if (!this.byKey.delete(m.key)) continue;
      marks.push(...m.marks.filter((el) => el.isConnected));
    }
    unwrapMarks(marks);
  }

  /** The mention a mark of ours belongs to, by its key (works for marks already removed from the page). */
  byMark(el: Element): Mention | null {
    const m = this.ours.has(el) ? this.markToMention.get(el) : undefined;
    return m && this.byKey.get(m.key) === m ? m : null;
  }

  all(): Mention[] {
    return [...this.byKey.values()];
  }

  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const m of this.byKey.values()) out[m.id] = (out[m.id] ?? 0) + 1;
    return out;
  }

  /** Mentions of one entity in document order. */
  ofEntity(id: string): Mention[] {
    return inDocumentOrder(this.all().filter((m) => m.id === id));
  }

  clear(): Mention[] {
    const all = this.all();
    this.byKey.clear();
    return all;
  }
}
