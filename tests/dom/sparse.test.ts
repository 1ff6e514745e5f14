// The sparse reader (src/content/annotator/read/sparse.ts) must find exactly the mentions the node-by-node reader finds,
// while entering the tree only where a candidate lies. Random trees are cut into tiny chunks so that chunk
// planning, cutting and bisection are all exercised.
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import matcherData from 'virtual:backstory/matcher-data';
import { compileMatcher } from '../../src/core/matcher';
import { findInRuns } from '../../src/content/annotator/match';
import { Annotator } from '../../src/content/annotator/annotator';
import { collectRuns } from '../../src/content/annotator/read/runs';
import { SparseReader } from '../../src/content/annotator/read/sparse';
import { planChunks, type Chunk } from '../../src/content/annotator/read/chunks';
import { INLINE } from '../../src/content/annotator/where';
import { pageText } from '../support/arbitraries';
import { original } from './support/fast-range';

const matcher = compileMatcher(matcherData);

/** The nodes of a huge parent's chunk, from its first to before its end. */
function nodesOf(c: Chunk): ChildNode[] {
  if (c.kind !== 'huge') throw new Error('not a huge parent\'s chunk');
  const out: ChildNode[] = [];
  for (let n: ChildNode | null = c.first; n && n !== c.end; n = n.nextSibling) out.push(n);
  return out;
}

/** Test fixture markup, parsed with DOMParser (no HTML sinks here either) and moved into the body. */
function setBody(markup: string): void {
  const doc = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(doc.body.childNodes, (n) => document.importNode(n, true)));
}
const bodyMarkup = () => new XMLSerializer().serializeToString(document.body);

type Tree = { text: string } | { tag: string; editable: boolean; children: Tree[] };
const TAGS = ['p', 'div', 'li', 'h2', 'td', 'span', 'em', 'b', 'a', 'i', 'br', 'img', 'code', 'textarea', 'script', 'mark', 'svg'];

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    pageText(matcherData, 8).map((text) => ({ text })),
    fc.record({ tag: fc.constantFrom(...TAGS), editable: fc.boolean(), children: fc.array(tie('node'), { maxLength: 6 }) }),
  ),
})).node;

/**
 * Builds the tree. Every element that ends a run gets a space on each side: where two blocks' texts touch with
 * no space between them and the second begins in lower case, the sparse reader cannot see the edge (the one
 * documented difference, tested on its own below).
 */
function build(t: Tree): Node {
  if ('text' in t) return document.createTextNode(t.text);
  const el = document.createElement(t.tag);
  if (t.editable) el.setAttribute('contenteditable', 'true');
  for (const c of t.children) {
    const child = build(c);
    const breaks = child.nodeType === 1 && !INLINE.has((child as Element).localName);
    if (breaks) el.append(' ', child, ' ');
    else el.append(child);
  }
  return el;
}

/** What a reader finds: each match as its node-relative position and entity, in document order. */
function found(runs: ReturnType<typeof collectRuns>): string[] {
  const all = Array.from(document.body.getElementsByTagName('*'));
  const where = (n: Node) => `${all.indexOf(n.parentElement!)}/${Array.prototype.indexOf.call(n.parentNode!.childNodes, n)}`;
  return findInRuns(matcher, runs).flatMap((f) =>
    f.matches.map((m) => {
      const k = f.run.starts.findIndex((s, i) => m.start >= s && m.start < s + f.run.nodes[i]!.length);
      return `${m.id}:${m.text}@${where(f.run.nodes[k]!)}+${m.start - f.run.starts[k]!}`;
    }),
  );
}

describe('the Range.toString stand-in', () => {
  it('gives what happy-dom gives, for child-offset ranges', () => {
    setBody('<p>a<em>b<!--c--></em>d</p><script>e</script>f<div><span>g</span></div>');
    const r = document.createRange();
    for (let from = 0; from <= 4; from++) {
      for (let to = from; to <= 4; to++) {
        r.setStart(document.body, from);
        r.setEnd(document.body, to);
        const fast = r.toString();
        r.setStart(document.body.firstChild!.firstChild!, 0); // a text boundary: happy-dom's own code
        r.setStart(document.body, from);
        expect(fast).toBe(['abd', 'e', 'f', 'g'].slice(from, to).join(''));
      }
    }
  });

  it("gives what happy-dom gives, from the start of one child to an offset in a later sibling (sliceText's ranges)", () => {
    setBody('<p>a<em>b<!--c--></em>d</p><!--x--><script>e</script>f<div><span>g</span>h</div>');
    const kids = Array.from(document.body.childNodes);
    const r = document.createRange();
    for (const [i, a] of kids.entries()) {
      for (const b of kids.slice(i + 1)) {
        const len = b.nodeType === 1 ? b.childNodes.length : (b as CharacterData).length;
        for (let to = 0; to <= len; to++) {
          r.setStart(a, 0);
          r.setEnd(b, to);
          expect(r.toString()).toBe(original.call(r));
        }
      }
    }
  });
});

describe('sparse reader', () => {
  it('finds the same mentions as reading every node, on random trees cut into tiny chunks', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 6 }), (roots, limit) => {
        const root = document.createElement('article');
        for (const r of roots) root.append(' ', build(r), ' ');
        document.body.replaceChildren(root);
        const full = found(collectRuns(document.body));
        const sparse = found(new SparseReader(document.body, matcher, limit).read());
        expect(sparse).toEqual(full);
        // Every parent with an element child taken as huge: chunks counted in elements, each listing its nodes.
        expect(found(new SparseReader(document.body, matcher, limit, 15, 0).read())).toEqual(full);
        // Read in slices whose deadline has always passed: each stops after planning a chunk or reading one.
        const sliced = new SparseReader(document.body, matcher, limit, 0);
        const runs: ReturnType<typeof collectRuns> = [];
        for (let calls = 0; !sliced.done; calls++) {
          sliced.read(0, runs);
          expect(calls).toBeLessThan(10_000);
        }
        expect(found(runs)).toEqual(full);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('misses nothing the page left alone when it adds, removes and moves blocks between slices', () => {
    // A page that changes while a sliced read is under way: what it adds or moves the observer queues, but every
    // block it left in place (even if shifted by others) must still be read. Chunks once kept their place by index,
    // so a removal before the cursor skipped blocks (a churning page kept a paragraph unmarked for good).
    const op = fc.record({ kind: fc.constantFrom('remove', 'insert', 'move', 'removeSection'), at: fc.nat(), to: fc.nat() });
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.boolean(), fc.boolean(), fc.array(fc.array(op, { maxLength: 4 }), { maxLength: 60 }), (limit, huge, defer, ops) => {
        const article = document.createElement('article');
        let serial = 0;
        const para = () => Object.assign(document.createElement('p'), { textContent: serial % 3 ? `Plain ${serial++}.` : `Netflix ${serial++} met the WGA.` });
        for (let i = 0; i < 40; i++) article.append(para(), '\n');
        // Sections of their own (read by descending into them) as well as a flat list.
        for (let s = 0; s < 3; s++) {
          const section = document.createElement('section');
          for (let i = 0; i < 15; i++) section.append(para());
          article.append(section);
        }
        document.body.replaceChildren(article);
        const touched = new Set<Node>(); // added or moved: the observer's to queue
        // Each call reads one chunk; or plans one and leaves it to the next call, as when planning took long.
        const reader = new SparseReader(document.body, matcher, limit, defer ? -1 : Infinity, huge ? 0 : Infinity);
        const runs: ReturnType<typeof collectRuns> = [];
        for (let calls = 0; !reader.done; calls++) {
          reader.read(0, runs);
          expect(calls).toBeLessThan(10_000);
          for (const o of ops[calls] ?? []) {
            const ps = Array.from(document.body.querySelectorAll('p'));
            const sections = Array.from(document.body.querySelectorAll('section'));
            if (!ps.length) break;
            const p = ps[o.at % ps.length]!;
            const q = ps[o.to % ps.length]!;
            if (o.kind === 'remove') p.remove();
            else if (o.kind === 'insert') touched.add(q.parentNode!.insertBefore(para(), q));
            else if (o.kind === 'move' && !p.contains(q)) touched.add(q.parentNode!.insertBefore(p, q));
            else if (o.kind === 'removeSection' && sections.length) sections[o.at % sections.length]!.remove();
          }
        }
        const read = new Set(runs.flatMap((r) => r.nodes));
        const missed = Array.from(document.body.querySelectorAll('p'))
          .filter((p) => !touched.has(p) && /Netflix/.test(p.textContent!))
          .filter((p) => !read.has(p.firstChild as Text))
          .map((p) => p.textContent);
        expect(missed).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('cuts a flat parent of many children into chunks only where a run ends, and still finds everything', () => {
    const article = document.createElement('article');
    for (let i = 0; i < 300; i++) {
      const p = document.createElement('p');
      p.append(i % 7 === 0 ? 'The Writers ' : 'Plain words ', i % 7 === 0 ? Object.assign(document.createElement('em'), { textContent: 'Guild' }) : 'here', i % 7 === 0 ? ' of America met Netflix.' : '.');
      article.append(p, '\n');
    }
    // A stretch of inline text with no block in it: chunks may not cut through it.
    for (let i = 0; i < 100; i++) article.append(i === 50 ? 'the WGA ' : 'word ', document.createElement('span'));
    document.body.replaceChildren(article);
    const chunks = [...planChunks(document.body, 20)];
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.every((c) => c.kind === 'range')).toBe(true); // 700 children: not huge, cut by index
    const full = found(collectRuns(document.body));
    expect(full.length).toBe(2 * 43 + 1);
    expect(found(new SparseReader(document.body, matcher, 20).read())).toEqual(full);
    // The same parent taken as huge (planned over its element children): the chunks cover every child once, in
    // order, end where a run can, and never ask the parent for its childNodes (Gecko lists them all at once).
    const huge = [...planChunks(article, 20, 100)];
    expect(huge.length).toBeGreaterThan(10);
    expect(huge.every((c) => c.kind === 'huge')).toBe(true);
    expect(huge.flatMap((c) => Array.from(nodesOf(c)))).toEqual(Array.from(article.childNodes));
    // A chunk starts at a paragraph, or in the inline stretch where no paragraph follows near enough to end it at.
    const els = Array.from(article.children);
    for (const c of huge.slice(1)) {
      const at = els.indexOf(nodesOf(c)[0] as Element);
      expect(at >= 0 && (els[at]!.localName === 'p' || els.slice(at, at + 64).every((e) => e.localName === 'span'))).toBe(true);
    }
    const spy = vi.spyOn(article, 'childNodes', 'get');
    const runs = new SparseReader(article, matcher, 20, 15, 100).read();
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(found(runs)).toEqual(full);
  });

  it('never counts or indexes a long child list outside Firefox: item() only (Blink counts a list at its first index)', () => {
    const article = document.createElement('article');
    for (let i = 0; i < 300; i++) article.append(Object.assign(document.createElement('p'), { textContent: i % 9 ? `Plain words, line ${i}.` : `Netflix met the WGA, line ${i}.` }), '\n');
    document.body.replaceChildren(article);
    const full = found(collectRuns(document.body));
    const real = article.childNodes;
    const guarded = new Proxy(real, {
      get(t, k) {
        if (k === 'length' || (typeof k === 'string' && /^\d+$/.test(k))) throw new Error(`childNodes.${k} read`);
        const v = Reflect.get(t, k, t) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
      },
    });
    const spy = vi.spyOn(article, 'childNodes', 'get').mockReturnValue(guarded);
    expect(found(new SparseReader(article, matcher, 20).read())).toEqual(full);
    spy.mockRestore();
    expect(full.length).toBe(2 * 34);
  });

  it("ends a huge parent's chunks where a run ends, so a name split by inline markup is never cut in two", () => {
    // Sentences straight in the parent, "The Writers <em>Guild</em> of America", between blocks 30 elements apart.
    const article = document.createElement('article');
    for (let i = 0; i < 40; i++) {
      for (let j = 0; j < 15; j++) article.append(' The Writers ', Object.assign(document.createElement('em'), { textContent: 'Guild' }), ' of America met', document.createElement('span'), '.');
      // A name inside inline markup glued to the word before it: read with that word, it is no mention.
      article.append(' Glued x', Object.assign(document.createElement('em'), { textContent: 'Netflix' }), ' here.');
      article.append(document.createElement('hr'));
    }
    document.body.replaceChildren(article);
    const full = found(collectRuns(document.body));
    expect(full.filter((f) => f.startsWith('wga:Writers Guild of America')).length).toBe(600);
    expect(full.filter((f) => f.startsWith('netflix:')).length).toBe(0);
    const chunks = [...planChunks(article, 20, 100)];
    expect(chunks.length).toBeGreaterThan(10);
    for (const c of chunks.slice(1)) expect(nodesOf(c)[0]).toHaveProperty('localName', 'hr');
    expect(found(new SparseReader(article, matcher, 20, 15, 100).read())).toEqual(full);
    // One inline stretch far longer than a run is followed (64 siblings), a name every few siblings: the stretches
    // located around hits meet and are joined, never read twice.
    for (const gap of [3, 9, 40, 70]) {
      const line = document.createElement('article');
      for (let i = 0; i < 300; i++) line.append(`w${i} `, Object.assign(document.createElement('em'), { textContent: i % gap ? 'x' : ' Netflix ' }));
      document.body.replaceChildren(line);
      const all = found(collectRuns(document.body));
      expect(all.length).toBe(Math.ceil(300 / gap));
      expect(found(new SparseReader(line, matcher, 1000, 15, 0).read())).toEqual(all); // one chunk
    }
  }, 60_000);

  it('locates candidates among many siblings of uneven length (the guess, its walk and its fall-back to bisection)', () => {
    // Long and short paragraphs, bare text, comments, empty elements and nested blocks in one flat parent, at the
    // default chunk size: guesses land before, on and past the child that holds a hit.
    // NFC text without soft hyphens: a chunk holding any other is read block by block, not located.
    const text = (parts: number) => pageText(matcherData, parts).map((t) => t.normalize('NFC').replaceAll('\u00ad', ''));
    const child = fc.oneof(
      fc.tuple(text(6), fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 40 }))).map(([t, pad]) => ({ kind: 'p' as const, text: 'x '.repeat(pad) + t })),
      text(3).map((t) => ({ kind: 'text' as const, text: ` ${t} ` })),
      // A comment's text is not the range's: one that also stands in a paragraph must not place the comment there.
      fc.constantFrom({ kind: 'comment' as const, text: 'Netflix' }, { kind: 'comment' as const, text: 'Netflix met the WGA' }, { kind: 'p' as const, text: 'Netflix met the WGA' }, { kind: 'empty' as const, text: '' }),
      // Inline markup straight in the parent: runs that cross siblings either way.
      text(2).map((t) => ({ kind: 'em' as const, text: t })),
      fc.array(text(4), { maxLength: 4 }).map((ps) => ({ kind: 'div' as const, text: '', ps })),
    );
    fc.assert(
      fc.property(fc.array(child, { minLength: 1, maxLength: 400, size: 'max' }), (kids) => {
        const article = document.createElement('article');
        for (const k of kids) {
          // Blocks get a space before them, as build() gives them (the documented glued lower-case edge aside).
          if (k.kind === 'p') article.append(' ', Object.assign(document.createElement('p'), { textContent: k.text }));
          else if (k.kind === 'text') article.append(k.text);
          else if (k.kind === 'comment') article.append(document.createComment(k.text));
          else if (k.kind === 'empty') article.append(' ', document.createElement('p'));
          else if (k.kind === 'em') article.append(' ', Object.assign(document.createElement('em'), { textContent: k.text }));
          else {
            const div = document.createElement('div');
            for (const t of 'ps' in k ? k.ps : []) div.append(' ', Object.assign(document.createElement('p'), { textContent: t }), ' ');
            article.append(' ', div, ' ');
          }
        }
        document.body.replaceChildren(article);
        const full = found(collectRuns(document.body));
        expect(found(new SparseReader(document.body, matcher).read())).toEqual(full);
        expect(found(new SparseReader(article, matcher, undefined, 15, 0).read())).toEqual(full);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('reads the whole run around a candidate: context and split names in sibling inline markup, either side', () => {
    setBody('<p>A <b>film</b> deal: <a href="#">Apple</a> paid.</p>' + // context to the left, in a sibling
      '<p>Apple <i>paid</i> for the <span>film</span>.</p>' + // context to the right
      '<p>Apple paid for lunch.</p>' + // no context: not a mention
      '<p>The <b>Writers</b> <i>Guild</i> of <em>America</em>.</p>'); // a name in four pieces
    const full = found(collectRuns(document.body));
    expect(full.map((f) => f.split('@')[0])).toEqual(['apple:Apple', 'apple:Apple', 'wga:Writers Guild of America']);
    expect(found(new SparseReader(document.body, matcher).read())).toEqual(full);
  });

  it('sees block edges glued without a space where a capital follows', () => {
    setBody('<ul><li>news</li><li>WGA</li><li>Netflix</li></ul><table><tr><td>SAG-AFTRA</td><td>Union</td></tr></table><p>2023</p><p>AMPTP</p>');
    const full = found(collectRuns(document.body));
    expect(full.map((f) => f.split('@')[0])).toEqual(['wga:WGA', 'netflix:Netflix', 'sag-aftra:SAG-AFTRA', 'amptp:AMPTP']);
    expect(found(new SparseReader(document.body, matcher).read())).toEqual(full);
  });

  it('misses a mention at a block edge glued to a word with the next block in lower case (documented limit)', () => {
    setBody('<ul><li>news</li><li>deepfakes</li></ul>');
    expect(found(collectRuns(document.body)).length).toBe(1);
    expect(found(new SparseReader(document.body, matcher).read())).toEqual([]);
  });

  it('reads text that needs normalising block by block (soft hyphens, decomposed accents)', () => {
    setBody('<p>Net\u00adflix and the WGA</p><p>cafe\u0301 Netflix</p>');
    const full = found(collectRuns(document.body));
    expect(full.length).toBe(3);
    expect(found(new SparseReader(document.body, matcher).read())).toEqual(full);
  });

  it('gives Annotator.annotateSliced the same marks as Annotator.annotate', async () => {
    const html = '<article><h2>Netflix and the AMPTP</h2><p>The Writers <em>Guild</em> of America met <a href="#">SAG-AFTRA</a>.</p><p>Apple said nothing.</p><p>Apple and the strike.</p><textarea>Netflix</textarea><div contenteditable="true">WGA</div></article>';
    const page = new Annotator(matcherData);
    setBody(html);
    page.annotate(document.body);
    const expected = bodyMarkup().replace(/ data-backstory-mention="\d+"/g, '');
    page.clear();
    setBody(html);
    expect(await page.annotateSliced(document.body, () => true, false)).toBe(6); // "Apple said nothing." too: the page is relevant
    expect(bodyMarkup().replace(/ data-backstory-mention="\d+"/g, '')).toBe(expected);
    page.clear();
  });

  it('measures where the viewport is on a page opened at its top only once it has been painted', async () => {
    const html = '<article><p>Netflix and the AMPTP.</p><p>The WGA met SAG-AFTRA.</p><p>Disney said nothing about the strike.</p></article>';
    const measured = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    let paint: PerformanceEntry[] = [];
    const entries = vi.spyOn(performance, 'getEntriesByType').mockImplementation((type: string) =>
      type === 'paint' ? paint : type === 'navigation' ? ([{ type: 'navigate' }] as unknown as PerformanceEntry[]) : [],
    );
    try {
      for (const painted of [false, true]) {
        paint = painted ? ([{ name: 'first-contentful-paint' }] as unknown as PerformanceEntry[]) : [];
        measured.mockClear();
        const page = new Annotator(matcherData);
        setBody(html);
        page.holdUntil(Promise.resolve());
        expect(await page.annotateSliced(document.body, () => true)).toBe(5);
        expect(measured.mock.calls.length > 0, painted ? 'painted' : 'not painted').toBe(painted);
        page.clear();
      }
    } finally {
      measured.mockRestore();
      entries.mockRestore();
    }
  });

  it('wraps the mentions on screen before it yields, when the settings came during a first read that took long', async () => {
    // Yielding first would put the page's whole next task (on a big page, its first render) before the first marks.
    const entries = vi.spyOn(performance, 'getEntriesByType').mockImplementation((type: string) =>
      type === 'navigation' ? ([{ type: 'navigate' }] as unknown as PerformanceEntry[]) : [],
    );
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 15)); // every read takes long
    const marksAtYield: number[] = [];
    const g = globalThis as { scheduler?: unknown };
    const had = g.scheduler;
    g.scheduler = {
      postTask: (task: () => void) => {
        marksAtYield.push(document.querySelectorAll('mark').length);
        return new Promise((r) => setTimeout(() => r(task()), 0));
      },
    };
    try {
      const page = new Annotator(matcherData);
      setBody('<article><p>Netflix and the AMPTP.</p><p>The WGA met SAG-AFTRA.</p></article>');
      page.holdUntil(Promise.resolve());
      expect(await page.annotateSliced(document.body, () => true)).toBe(4);
      // The first yield ends start-up, before any read; the next comes after the first marks.
      expect(marksAtYield[0]).toBe(0);
      expect(marksAtYield.slice(1).every((n) => n === 4)).toBe(true);
      page.clear();
    } finally {
      g.scheduler = had;
      now.mockRestore();
      entries.mockRestore();
    }
  });

  it('does not return from the first scan before the settings are applied, even with nothing to read', async () => {
    const page = new Annotator(matcherData);
    setBody('<p>Netflix</p>');
    document.body.setAttribute('contenteditable', 'true'); // an editable body: nothing is ever read
    let applied = false;
    page.holdUntil(new Promise<void>((r) => setTimeout(() => ((applied = true), r()), 20)));
    await page.annotateSliced(document.body, () => true);
    expect(applied).toBe(true);
    document.body.removeAttribute('contenteditable');
  });
});
