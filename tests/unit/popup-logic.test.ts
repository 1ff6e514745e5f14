import { describe, expect, it } from 'vitest';
import dataset from 'virtual:backstory/dataset';
import { whyUnavailable, originPattern, type TabFacts } from '../../src/popup/availability';
import { buildIndex, fold, search } from '../../src/popup/search';
import { TIERS } from '../../src/core/sourcing';
import { collectSources } from '../../src/pages/collect-sources';

const facts = (over: Partial<TabFacts>): TabFacts => ({ url: undefined, disabledSites: [], paused: false, hasHostPermission: undefined, fileAccess: undefined, ...over });

describe('why Backstory is absent from a tab', () => {
  it.each([
    [{}, 'unknown'],
    [{ url: 'chrome://extensions/' }, 'restricted'],
    [{ url: 'about:addons' }, 'restricted'],
    [{ url: 'moz-extension://x/page.html' }, 'restricted'],
    [{ url: 'view-source:https://example.com/' }, 'restricted'],
    [{ url: 'https://chromewebstore.google.com/detail/x' }, 'store'],
    [{ url: 'https://chrome.google.com/webstore/category/extensions' }, 'store'],
    [{ url: 'https://addons.mozilla.org/en-US/firefox/' }, 'store'],
    [{ url: 'https://example.com/report.pdf' }, 'pdf'],
    [{ url: 'file:///home/me/a.pdf' }, 'pdf'],
    [{ url: 'file:///home/me/a.html', fileAccess: false }, 'file'],
    [{ url: 'file:///home/me/a.html', fileAccess: true }, 'notLoaded'],
    [{ url: 'https://www.variety.com/x', disabledSites: ['variety.com'] }, 'disabled'],
    [{ url: 'https://deadline.com/x', disabledSites: ['variety.com'] }, 'notLoaded'],
    [{ url: 'https://deadline.com/x', paused: true }, 'paused'],
    [{ url: 'https://deadline.com/x', hasHostPermission: false }, 'permission'],
    [{ url: 'https://deadline.com/x', hasHostPermission: true }, 'notLoaded'],
    [{ url: 'not a url' }, 'unknown'],
  ] as const)('%j → %s', (over, reason) => {
    expect(whyUnavailable(facts(over))).toBe(reason);
  });

  it('asks for exactly the site\'s origin', () => {
    expect(originPattern('https://www.variety.com/2023/x?y=1')).toBe('https://www.variety.com/*');
  });
});

describe('popup search', () => {
  const index = buildIndex(dataset);
  it('folds case, accents, dashes and quotes', () => {
    expect(fold('  Sag\u2011AFTRA’s  Café ')).toBe("sag-aftra's cafe");
  });
  it('ranks names before aliases before facts', () => {
    expect(search(index, 'wga')[0]!.entity.id).toBe('wga');
    const hits = search(index, 'writers guild');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.on).not.toBe('fact');
    expect(search(index, '')).toEqual([]);
    expect(search(index, 'zzqx')).toEqual([]);
  });
  it('finds entities by a word of a fact', () => {
    const fact = dataset.entities.find((e) => e.facts.length > 0)!;
    const word = fact.facts[0]!.text.split(/\s+/).find((w) => w.length > 8 && /^[A-Za-z]+$/.test(w))!;
    expect(search(index, word, 500).map((h) => h.entity.id)).toContain(fact.id);
  });
});

describe('sources page data', () => {
  it('groups unique pages by tier (best first), then by registry publisher, most cited first', () => {
    const tiers = collectSources(dataset);
    expect(tiers.map((g) => g.tier)).toEqual(TIERS.filter((t) => tiers.some((g) => g.tier === t)));
    const pubs = tiers.flatMap((g) => g.publishers);
    expect(pubs.length).toBeGreaterThan(5);
    for (const g of tiers) {
      for (const p of g.publishers) expect(p.tier).toBe(g.tier);
      for (let i = 1; i < g.publishers.length; i++) expect(g.publishers[i - 1]!.sources.length).toBeGreaterThanOrEqual(g.publishers[i]!.sources.length);
    }
    // Reposts are filed under the host's publisher, whatever the source's own publisher line says.
    const yahoo = pubs.find((p) => p.sources.some((s) => new URL(s.url).hostname.endsWith('yahoo.com')));
    if (yahoo) expect(yahoo.tier).toBe('unreliable');
    for (const p of pubs) {
      expect(new Set(p.sources.map((s) => s.url)).size).toBe(p.sources.length);
      for (const s of p.sources) expect(s.url).toMatch(/^https:\/\//);
    }
  });
});
