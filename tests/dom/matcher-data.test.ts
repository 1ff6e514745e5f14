// The content script's matcher data carries pattern sources precomputed at build time; they must be exactly
// what compileMatcher would compute itself, or the page would be matched against a stale pattern.
import { describe, expect, it } from 'vitest';
import matcherData from 'virtual:backstory/matcher-data';
import { compileMatcher, matcherSources } from '../../src/core/matcher';

describe('precomputed matcher sources', () => {
  it('are present in the bundled data and equal what the matcher computes', () => {
    const { sources, ...plain } = matcherData;
    expect(sources).toBeDefined();
    expect(sources).toEqual(matcherSources(plain));
    expect(compileMatcher(matcherData).pattern.source).toBe(compileMatcher(plain).pattern.source);
    expect(compileMatcher(matcherData).loose.source).toBe(compileMatcher(plain).loose.source);
  });
});
