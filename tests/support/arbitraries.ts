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
