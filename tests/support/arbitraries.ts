// fast-check arbitraries shared by the core and DOM property tests.
import fc from 'fast-check';
import type { MatcherData } from '../../src/core/types';

/** The Unicode that real pages carry and that breaks naive text code. */
export const TRICKY = [
  '\u200d', // zero-width joiner
  '\u200b', // zero-width space
  '\u00ad', // soft hyphen
  '\u0301', // combining acute
  '\u0308\u0323', // stacked combining marks
  '\u202e', '\u202c', '\u2067', '\u2069', '\u200f', // bidi controls
  '\ud83d\ude00', // a surrogate pair (emoji)
  '\ud83d\udc69\u200d\ud83d\udcbb', // ZWJ sequence
  '\ud800', '\udfff', // lone surrogates
  '\u00a0', '\u2011', '\u2013', '\u2019', "'", '-', ' ', '.', '\n', 'e\u0301', 'ﬁ', 'İ', 'ß', '_',
];

/** Text made of aliases, context words, tricky Unicode and random code units, glued together. */
export function pageText(data: MatcherData, maxParts = 24): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        fc.constantFrom(...data.aliases.map((a) => a.text)),
        fc.constantFrom(...TRICKY),
        fc.string({ unit: 'binary', maxLength: 8 }),
        fc.constantFrom(...data.contextWords),
      ),
      { maxLength: maxParts },
    )
    .map((parts) => parts.join(''));
}

/** A DOM tree as data: text, or an element with an optional contenteditable value and children. */
export type Tree = { text: string } | { tag: string; editable: string | null; children: Tree[] };

/** Blocks, inline markup, breaks, and elements whose text is never touched. */
export const TAGS = [
  'p', 'div', 'li', 'h2', 'td', // blocks
  'span', 'em', 'b', 'a', 'i', 'sup', 'small', 'wbr', // inline
  'br', 'img', // breaks
  'code', 'pre', 'textarea', 'script', 'mark', 'button', 'svg', 'option', // never touched
];

/** Random trees whose text nodes come from `text`. */
export function tree(text: fc.Arbitrary<string>, editable = true): fc.Arbitrary<Tree> {
  return fc.letrec<{ node: Tree }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text.map((t) => ({ text: t })),
      fc.record({
        tag: fc.constantFrom(...TAGS),
        editable: editable ? fc.option(fc.constantFrom('true', '', 'plaintext-only', 'false', 'TRUE'), { freq: 6 }) : fc.constant(null),
        children: fc.array(tie('node'), { maxLength: 5 }),
      }),
    ),
  })).node;
}

/** Builds a Tree in doc. */
export function build(doc: Document, t: Tree): Node {
  if ('text' in t) return doc.createTextNode(t.text);
  const el = doc.createElement(t.tag);
  if (t.editable !== null) el.setAttribute('contenteditable', t.editable);
  if (t.tag === 'a') el.setAttribute('href', '#x');
  for (const c of t.children) el.appendChild(build(doc, c));
  return el;
}
