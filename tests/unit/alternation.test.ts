// The prefix tree (trieAlternation) against the plain alternation it replaces: same hits, same alias chosen.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alternation, oddCase, trieAlternation } from '../../src/core/alternation';

const hits = (source: string, text: string, flags = 'gi') => {
  // As the matcher uses them: ASCII boundaries, an optional plural, every start tried.
  const re = new RegExp(`(?<![A-Za-z0-9])(${source})(e?s)?(?![A-Za-z0-9])`, flags);
  const out: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(`${m.index}:${m[1]}:${m[2] ?? ''}`);
    re.lastIndex = m.index + 1;
  }
  return out;
};

describe('trieAlternation', () => {
  it('shares prefixes, with longer branches before a shorter alias that ends on the way', () => {
    expect(trieAlternation(['WGA', 'WGA West', 'Writers Guild'])).toBe('w(?:riters\\s+guild|ga(?:\\s+west)?)');
    expect(trieAlternation(['SAG-AFTRA', "Writers' room"])).toBe("(?:writers['\u2019\u02bc]\\s+room|sag[\\-\u2010\u2011\u2012\u2013]aftra)");
  });
  it('picks the longest alias that fits, falling back past one whose boundary fails', () => {
    const t = trieAlternation(['WGA', 'WGA West', 'WGA Westside']);
    expect(hits(t, 'the WGA Westside and WGA Westerly')).toEqual(['4:WGA Westside:', '21:WGA:']);
    expect(hits(t, 'the WGA Westsides')).toEqual(['4:WGA Westside:s']);
  });
  it('finds what the plain alternation finds, alias by alias, on text built from the aliases', () => {
    const word = fc.stringMatching(/^[abAB]{1,3}$/);
    const alias = fc.array(word, { minLength: 1, maxLength: 3 }).chain((ws) => fc.constantFrom(ws.join(' '), ws.join('-'), ws.join('')));
    fc.assert(
      fc.property(fc.uniqueArray(alias, { minLength: 1, maxLength: 8 }), fc.array(fc.oneof(alias, fc.constantFrom(' ', '-', 's', 'es', 'x', '  ', '\u2011')), { maxLength: 12 }), (aliases, parts) => {
        const text = parts.join('');
        for (const flags of ['gi', 'giu']) expect(hits(trieAlternation(aliases), text, flags), `${JSON.stringify(aliases)} ${JSON.stringify(text)} ${flags}`).toEqual(hits(alternation(aliases), text, flags));
      }),
      { numRuns: 3000 },
    );
  });
  it('refuses a letter it cannot fold', () => {
    expect(['ſ', 'ς', 'ß', '\u212a'].map(oddCase)).toEqual([true, true, true, true]);
    expect(['a', 'Z', 'é', 'ó', 'İ', '’'].some(oddCase)).toBe(false);
    expect(() => trieAlternation(['Fox Newſ'])).toThrow(/Fox Newſ/);
  });
});
