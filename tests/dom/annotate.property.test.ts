// Property tests for the annotator: for random DOM trees full of aliases and awkward Unicode, annotating never
// throws, never nests marks, never marks where we must not act, and leaves the page's text exactly as it was.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import matcherData from 'virtual:backstory/matcher-data';
import { Annotator } from '../../src/content/annotator/annotator';
import { SKIP, isEditableRoot } from '../../src/content/annotator/where';
import { build, pageText, tree } from '../support/arbitraries';

const pageTree = tree(pageText(matcherData, 8));

/** Is el inside a place the annotator must never act (skipped element, editable root at any depth)? */
function forbidden(el: Element): boolean {
  for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
    if (SKIP.has(e.localName) || isEditableRoot(e)) return true;
  }
  return false;
}

function textNodes(): { node: Text; data: string }[] {
  const out: { node: Text; data: string }[] = [];
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let t = w.nextNode() as Text | null; t; t = w.nextNode() as Text | null) out.push({ node: t, data: t.data });
  return out;
}

describe('annotator on random DOM trees', () => {
  it('never throws, never nests marks, never acts in forbidden places, keeps textContent; clear() restores', () => {
    const page = new Annotator(matcherData);
    fc.assert(
      fc.property(fc.array(pageTree, { minLength: 1, maxLength: 4 }), (roots) => {
        document.body.replaceChildren(...roots.map((r) => build(document, r)));
        const before = document.body.textContent;
        const shape = document.body.getElementsByTagName('*').length;
        const texts = textNodes();

        page.annotate(document.body);
        const marks = Array.from(document.body.querySelectorAll('mark[data-backstory-mention]'));
        expect(document.body.textContent).toBe(before);
        for (const m of marks) {
          expect(m.parentElement?.closest('mark')).toBeNull(); // no nesting, in either direction
          expect(m.querySelector('mark')).toBeNull();
          expect(forbidden(m)).toBe(false);
        }
        expect(document.body.getElementsByTagName('*').length).toBe(shape + marks.length);

        // A second pass finds nothing new: what is marked is never marked again.
        expect(page.annotate(document.body)).toBe(0);
        expect(document.body.textContent).toBe(before);

        page.clear();
        expect(document.body.querySelectorAll('mark[data-backstory-mention]').length).toBe(0);
        expect(document.body.textContent).toBe(before);
        expect(document.body.getElementsByTagName('*').length).toBe(shape);
        // The page's own text nodes are the very same objects, holding the same text, in the same order.
        expect(textNodes()).toEqual(texts);
        expect(textNodes().every((t, i) => t.node === texts[i]!.node)).toBe(true);
      }),
      { numRuns: 150 },
    );
  }, 60_000); // happy-dom is slow on big random trees; this is headroom, not a speed goal

  it('marks the aliases of random sentences inside inline markup, whatever Unicode surrounds them', () => {
    const page = new Annotator(matcherData);
    const clean = matcherData.aliases.filter((a) => !a.needsContext && !a.text.includes(' '));
    fc.assert(
      fc.property(fc.constantFrom(...clean), fc.constantFrom('em', 'b', 'a', 'span'), fc.constantFrom(' ', '\u200b', '\u202e', '\ud83d\ude00 '), (alias, tag, pad) => {
        const p = document.createElement('p');
        const inner = document.createElement(tag);
        inner.append(alias.text);
        p.append(`Before${pad}`, inner, `${pad}after.`);
        document.body.replaceChildren(p);
        page.annotate(document.body);
        const marks = Array.from(p.querySelectorAll('mark[data-backstory-mention]'));
        expect(marks.map((m) => m.getAttribute('data-backstory'))).toEqual([alias.id]);
        expect(marks[0]!.textContent).toBe(alias.text);
        page.clear();
      }),
      { numRuns: 150 },
    );
  });

  it('reads the same word boundaries on a rescan: text beside a mark is not re-read as a new word', () => {
    const page = new Annotator(matcherData);
    const p = document.createElement('p');
    p.append('I.A.T.S.E.artificial intelligence and the WGA.');
    document.body.replaceChildren(p);
    expect(page.annotate(document.body)).toBe(2); // "I.A.T.S.E." runs into a letter: not a mention
    expect(page.annotate(document.body)).toBe(0);
    expect(Array.from(p.querySelectorAll('mark'), (m) => m.textContent)).toEqual(['artificial intelligence', 'WGA']);
    page.clear();
  });

  it('keeps an ambiguous name found beside a marked one when the page adds text next to it', () => {
    const page = new Annotator(matcherData);
    const p = document.createElement('p');
    p.append('Netflix and ');
    document.body.replaceChildren(p);
    expect(page.annotate(document.body)).toBe(1);
    const added = document.createElement('span');
    added.append('Amazon');
    p.append(added);
    // The observer hands over only the added span: it is read with its block, where the marked Netflix
    // still vouches for Amazon, and Netflix is not marked twice.
    expect(page.annotate(added)).toBe(1);
    expect(page.annotate(added.firstChild!)).toBe(0);
    expect(added.querySelector('mark')?.getAttribute('data-backstory')).toBe('amazon-mgm-studios');
    expect(p.querySelectorAll('mark').length).toBe(2);
    page.clear();
  });
});
