import { describe, expect, it } from 'vitest';
import { parseMessage, parseMessageOfType } from '../../src/shared/messages';

describe('message protocol', () => {
  it('accepts well-formed messages', () => {
    expect(parseMessage({ type: 'lookupEntity', id: 'netflix' })).toEqual({ type: 'lookupEntity', id: 'netflix' });
    expect(parseMessage({ type: 'mentionsChanged', url: 'https://a', counts: { wga: 2 } })).not.toBeNull();
    expect(parseMessage({ type: 'getPageMentions', tabId: 3 })).not.toBeNull();
  });
  it('drops unknown, malformed and hostile messages', () => {
    for (const bad of [
      null, 'lookupEntity', [], {}, { type: 'nope' }, { type: 'toString' }, { type: '__proto__' },
      { type: 'lookupEntity' }, { type: 'lookupEntity', id: '<img src=x>' }, { type: 'lookupEntity', id: 42 },
      { type: 'mentionsChanged', url: 'x', counts: { wga: -1 } }, { type: 'mentionsChanged', url: 'x', counts: [] },
      { type: 'getPageMentions', tabId: '3' }, { type: 'getPageMentions', tabId: 1.5 },
    ]) {
      expect(parseMessage(bad)).toBeNull();
    }
  });
  it('filters by the types a receiver handles', () => {
    expect(parseMessageOfType(['revealMention'], { type: 'lookupEntity', id: 'x' })).toBeNull();
    expect(parseMessageOfType(['revealMention'], { type: 'revealMention', id: 'x' })).not.toBeNull();
  });
});
