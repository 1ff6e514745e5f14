import { describe, expect, it } from 'vitest';
import { showBadge, clearBadge, distinctCount } from '../../src/background/badge';
import { aggregate } from '../../src/background/tab-mentions';
import { fake } from './support/fake-browser';


const last = (api: string) => fake.calls.filter((c) => c.api === api).at(-1)?.args[0];

describe('toolbar badge', () => {

  it('shows the number of distinct entities, and says so in the tooltip', async () => {
    await showBadge(4, { counts: { wga: 5, netflix: 2, amptp: 1 }, frames: 2 });
    expect(last('setBadgeText')).toEqual({ tabId: 4, text: '3' });
    expect(last('setTitle')).toEqual({ tabId: 4, title: 'Backstory: 3 names mentioned on this page' });
    await showBadge(4, { counts: { wga: 1 }, frames: 1 });
    expect(last('setTitle')).toEqual({ tabId: 4, title: 'Backstory: 1 name mentioned on this page' });
  });

  it('is empty when nothing is mentioned, and cleared on navigation', async () => {
    await showBadge(4, { counts: { wga: 0 }, frames: 1 });
    expect(last('setBadgeText')).toEqual({ tabId: 4, text: '' });
    expect(last('setTitle')).toEqual({ tabId: 4, title: 'Backstory: no names found on this page' });
    await clearBadge(4);
    expect(last('setBadgeText')).toEqual({ tabId: 4, text: '' });
    expect(last('setTitle')).toEqual({ tabId: 4, title: 'Backstory: names on this page' });
    expect(distinctCount({ counts: { a: 1, b: 0, c: 3 }, frames: 1 })).toBe(2);
  });
});

describe('tab mentions', () => {
  it('sums counts over frames', () => {
    expect(aggregate({ '0': { url: 'a', counts: { wga: 2, netflix: 1 } }, '7': { url: 'b', counts: { wga: 1 } } })).toEqual({ counts: { wga: 3, netflix: 1 }, frames: 2 });
  });
});
