// Reading a big page without visiting every text node (docs/architecture.md § Speed): plan chunks (chunks.ts),
// read each natively, run the matcher's `candidates` over it, locate them (locate.ts, locate-huge.ts).
// From a content script every node we touch costs a wrapper in the extension's isolated world (about a
// microsecond: walking the text nodes of a 1 MB article alone costs more than the page-world floor), while the
// browser reads text natively at ~5 ms per MB. So the page is cut into chunks (ranges of children), each chunk's
// text is read in one native call (Range.toString), the matcher's `candidates` runs over it, and the tree is
// entered only where a candidate lies: the chunk's child range is searched by native text lengths down to the
// run holding it, which runs.ts then reads as usual. Pages without mentions cost one read and one regexp pass.
import { candidates, type Matcher } from '../../../core/matcher';
import { needsNfc } from '../../../core/normalize';
import { CHUNK_ELEMENTS, HUGE_PARENT, chunkText, kidsOf, nth, planChunks, type Chunk } from './chunks';
import { locate, type Span } from './locate';
import { locateHuge } from './locate-huge';
import { defer, resume, type Deferred } from './place';
import { RunReader, type Run } from './runs';

/** A chunk read whole, block by block (text that needs normalising). */
function wholeSpan(c: Chunk): Span {
  return c.kind === 'huge' ? { first: c.first, end: c.end } : { first: nth(kidsOf(c), c.from), end: nth(kidsOf(c), c.to) ?? null };
}

/**
 * The same runs a RunReader over root would give, minus those that cannot hold a mention, read chunk by chunk.
 * `read(deadline)` stops after the chunk during which the deadline passed.
 */
export class SparseReader {
  private readonly runs: RunReader;
  private chunks: Generator<Chunk> | null = null;
  /** A chunk planned in a slice that ran out of time, read first in the next (as the page is then). */
  private planned: Deferred | null = null;
  private readonly range: Range;
  done: boolean;

  constructor(
    private readonly root: Element,
    private readonly matcher: Matcher,
    /** Elements per chunk (tests cut tiny trees into many chunks). */
    private readonly limit = CHUNK_ELEMENTS,
    /** Planning that took longer than this (ms) and passed the deadline ends the read before the chunk is read. */
    private readonly planMs = 15,
    /** Children past which a parent is planned by its elements (HUGE_PARENT; tests make every parent huge). */
    private readonly huge = HUGE_PARENT,
  ) {
    this.runs = new RunReader(root);
    this.done = this.runs.done;
    this.range = (root.ownerDocument ?? document).createRange();
  }

  read(deadline = Infinity, out: Run[] = []): Run[] {
    if (this.done) return out;
    this.chunks ??= planChunks(this.root, this.limit, this.huge);
    for (;;) {
      let chunk = this.planned && resume(this.planned);
      this.planned = null;
      if (!chunk) {
        const t0 = performance.now();
        const c = this.chunks.next();
        if (c.done) {
          this.done = true;
          return out;
        }
        chunk = c.value;
        // Planning can cost a task's worth on its own (a parent's first childNodes costs Gecko ~90 ns per child,
        // and HUGE_PARENT only bounds that): then the chunk is read in the next slice.
        const now = performance.now();
        if (now > deadline && now - t0 > this.planMs) {
          this.planned = defer(chunk);
          return out;
        }
      }
      const text = chunkText(this.range, chunk);
      for (const s of this.spansOf(chunk, text)) this.runs.readSpan(s.first, s.end, out);
      if (performance.now() > deadline) return out;
    }
  }

  /** Where in the chunk a mention may be. Text that needs normalising (soft hyphens, decomposed accents) is read
   * whole, block by block, where toNfc maps it. */
  private spansOf(chunk: Chunk, text: string): Span[] {
    if (needsNfc(text)) return [wholeSpan(chunk)];
    const hits = candidates(this.matcher, text);
    return chunk.kind === 'huge' ? locateHuge(this.range, chunk, hits, text) : locate(this.range, chunk, hits, text);
  }
}
