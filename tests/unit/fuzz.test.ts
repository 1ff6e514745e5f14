// Property tests (fast-check) of the matcher against the real bundled aliases, on hostile Unicode: surrogate
// pairs and lone surrogates, combining marks, zero-width joiners, bidi controls, odd spaces and hyphens.
// Properties: no exception; matches are in order, inside the text, never overlapping, never splitting a
// surrogate pair or a base letter from its combining marks; the reported text is the original slice; and a known
// name set apart by non-letters is still found wherever it is put.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import matcherData from 'virtual:backstory/matcher-data';
import { compileMatcher, scanText } from '../../src/core/matcher';

const matcher = compileMatcher(matcherData);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const BIDI = ['\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
const SPECIAL = [
  ...BIDI,
  '\u200d', '\u200c', '\u200b', '\ufeff', '\u00a0', '\u2009', '\u3000', '\u2010', '\u2011', '\u2013', '\u2019', '\u02bc',
  '\u0301', '\u0308', '\u0327', '\u20dd', '\ufe0f', '\u{1f3fd}', '\u{1f469}', '\u{1f3ac}', '\u{1d400}', '\ud800', '\udfff',
  'e\u0301', 'A\u030a', '\u0915\u094d\u0937', 'ﷺ', 'ß', 'İ', 'ǅ', 'ﬁ', '\u0130', '.', "'", '-', ' ', '\n',
];
// Pieces of real aliases so that near-misses (and hits) are common, not one in a billion.
const aliasTexts = [...new Set(matcherData.aliases.map((a) => a.text))];
const WORDS = [...aliasTexts.slice(0, 80), 'AI', 'WGA', 'SAG-AFTRA', 'Netflix', 'strike', 'Hollywood', 'said', 'MAIN'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }, // any code point, lone surrogates included
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }) },
);
const hostile = fc.array(piece, { maxLength: 24 }).map((xs) => xs.join(''));

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const COMBINING = /^[\p{M}\u200d]/u;

describe('matcher fuzz (fast-check)', () => {
  it('does not end a name before a joiner or combining mark (the first counterexample fast-check found)', () => {
    expect(scanText(matcher, 'artificial intelligence\u200d')).toEqual([]);
    expect(scanText(matcher, 'WGA\u0301 and Netflix').map((m) => m.id)).toEqual(['netflix']);
  });

  it('never throws, and every match is a well-formed slice of the original text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const matches = scanText(matcher, text);
        let prevEnd = 0;
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(prevEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.text).toBe(text.slice(m.start, m.end));
          // Never between the halves of a surrogate pair.
          for (const at of [m.start, m.end]) expect(isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))).toBe(false);
          // Never cuts a letter from the combining marks (or joiner) that follow it.
          expect(COMBINING.test(text.slice(m.end))).toBe(false);
          expect(COMBINING.test(text.slice(m.start))).toBe(false);
          expect(matcherData.aliases.some((a) => a.id === m.id && a.category === m.category)).toBe(true);
          prevEnd = m.end;
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('finds a name set apart by spaces, punctuation or bidi controls, wherever it stands in hostile text', () => {
    const separator = fc.constantFrom(' ', '\u00a0', '\n', '(', ')', ', ', '. ', '"', '\u2067', '\u2069', '\u200e', '\u202b', '\u200b');
    const name = fc.constantFrom('Netflix', 'WGA', 'SAG-AFTRA', 'SAG\u2011AFTRA', 'Writers Guild of America', 'AMPTP');
    fc.assert(
      fc.property(hostile, separator, name, separator, hostile, (before, s1, n, s2, after) => {
        const text = `${before}${s1}${n}${s2}${after}`;
        const at = before.length + s1.length;
        const hit = scanText(matcher, text).find((m) => m.start === at);
        // Whatever precedes the separator, the name itself is found, with exactly its own text.
        expect(hit?.text).toBe(n);
      }),
      { numRuns: RUNS },
    );
  });

  it('places matches on the original characters when the text is not NFC (decomposed accents before a name)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('e\u0301', 'A\u030a', 'o\u0308', 'ﬁ', 'x', ' '), { maxLength: 12 }), (parts) => {
        const prefix = parts.join('');
        const text = `${prefix} the WGA and Netflix`;
        const got = scanText(matcher, text).map((m) => [m.id, text.slice(m.start, m.end)]);
        expect(got).toEqual([
          ['wga', 'WGA'],
          ['netflix', 'Netflix'],
        ]);
      }),
      { numRuns: RUNS },
    );
  });
});
