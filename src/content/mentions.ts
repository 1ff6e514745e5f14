// Bookkeeping of the mentions on this page: which marks belong to which entity, counts for the popup/badge.
import type { Mention } from './annotate';

export class Mentions {
  private readonly byKey = new Map<number, Mention>();
  /** Marks we created. A page can forge <mark data-backstory>; only these are trusted. */
  readonly ours = new WeakSet<Element>();
  /** Our mark → its mention. Never read back from attributes: the page can rewrite those (docs/security.md). */
  private readonly byMark = new WeakMap<Element, Mention>();

  add(list: Mention[]): void {
    for (const m of list) {
      this.byKey.set(m.key, m);
      for (const el of m.marks) this.byMark.set(el, m);
    }
  }

  /** The mention an element of ours belongs to (null for anything the page made). */
  of(el: Element | null): Mention | null {
    for (let e = el; e; e = e.parentElement) {
      const m = this.ours.has(e) ? this.byMark.get(e) : undefined;
      if (m) return this.byKey.get(m.key) === m ? m : null;
    }
    return null;
  }

  /** Drops mentions whose marks left the document. */
  prune(): void {
    for (const [k, m] of this.byKey) if (!m.marks.some((el) => el.isConnected)) this.byKey.delete(k);
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
    return this.all()
      .filter((m) => m.id === id && m.marks[0]?.isConnected)
      .sort((a, b) => (a.marks[0]!.compareDocumentPosition(b.marks[0]!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  clear(): Mention[] {
    const all = this.all();
    this.byKey.clear();
    return all;
  }
}
