// Every alias in the dataset must be found, whole, and resolve to its own entity, in ordinary prose around it.
import { describe, expect, it } from 'vitest';
import { loadDataset, matcherData } from '../../scripts/dataset-files';
import { compileMatcher, excluded, findMatches, scanText } from '../../src/core/matcher';

const data = matcherData(loadDataset());
const matcher = compileMatcher(data);
const context = data.contextWords.find((w) => w === 'strike');

describe('every dataset alias', () => {
  it('has a context word to lean on', () => expect(context).toBe('strike'));

  // Three frames: sentence start, mid-sentence after punctuation, and inside quotation marks before a comma.
  const frames: [string, string][] = [
    ['', ' was in the news today.'],
    ['Yesterday (', ') said little.'],
    ['They quoted “', '”, then left.'],
  ];
  for (const alias of data.aliases) {
    if (excluded(alias)) {
      it(`takes ${JSON.stringify(alias.text)} as a name that is not ${alias.id}`, () => {
        expect(findMatches(matcher, `Yesterday ${alias.text} was in the news.`)[0]).toMatchObject({ start: 10, level: alias.level });
        expect(scanText(matcher, `Yesterday ${alias.text} was in the news. The ${context} went on.`)).toEqual([]);
      });
      continue;
    }
    it(`finds ${JSON.stringify(alias.text)} as ${alias.id}`, () => {
      for (const [before, after] of frames) {
        // needsContext aliases get a context word in the same block, as on a real page.
        const tail = alias.needsContext ? ` The ${context} went on.` : '';
        const text = `${before}${alias.text}${after}${tail}`;
        const hit = scanText(matcher, text).find((m) => m.start === before.length);
        expect(hit, text).toBeDefined();
        expect(hit!.end - hit!.start, text).toBe(alias.text.length);
        expect(hit!.id, text).toBe(alias.id);
      }
    });
    if (alias.needsContext) {
      it(`leaves ${JSON.stringify(alias.text)} alone without context`, () => {
        expect(scanText(matcher, `Yesterday ${alias.text} was in the news.`)).toEqual([]);
      });
    }
  }
});
