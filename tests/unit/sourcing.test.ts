import { describe, expect, it } from 'vitest';
import { assessSources, buildRegistry, hostOf, publisherOf, sourcingProblems, tierSummary, unknownHosts, type LocatedFact, type Publisher } from '../../src/core/sourcing';
import { readDatasetFiles } from '../../scripts/dataset-files';
import { validateDatasetDetailed } from '../../src/core/dataset-validate';
import type { Source } from '../../src/core/types';

const publishers: Publisher[] = [
  { name: 'SAG-AFTRA', hosts: ['sagaftra.org'], tier: 'primary' },
  { name: 'Associated Press', hosts: ['apnews.com'], tier: 'wire' },
  { name: 'Variety', hosts: ['variety.com'], tier: 'trade' },
  { name: 'KPBS', hosts: ['kpbs.org'], tier: 'secondary' },
  { name: 'WSB Radio', hosts: ['wsbradio.com'], tier: 'secondary' },
  { name: 'Deseret News', hosts: ['deseret.com'], tier: 'secondary' },
  { name: 'Yahoo News', hosts: ['yahoo.com'], tier: 'unreliable' },
  { name: 'Newser', hosts: ['newser.com'], tier: 'unreliable' },
];
const registry = buildRegistry(publishers);
const src = (url: string, extra: Partial<Source> = {}): Source => ({ title: 'A title', publisher: 'P', url, date: '2026-01-02', ...extra });
const assess = (...s: Source[]) => assessSources(registry, s);

describe('source tiers', () => {
  it("gives a source its host's tier, dropping www. and matching a subdomain to its parent", () => {
    expect(publisherOf(registry, 'https://www.variety.com/2026/x')?.tier).toBe('trade');
    expect(publisherOf(registry, 'https://malaysia.news.yahoo.com/story')?.tier).toBe('unreliable');
    expect(publisherOf(registry, 'https://www.sagaftra.org/a')?.name).toBe('SAG-AFTRA');
    expect(hostOf('https://WWW.Variety.com/a')).toBe('variety.com');
  });
  it('does not match a host that merely ends with a registered name', () => {
    expect(publisherOf(registry, 'https://notvariety.com/a')).toBeUndefined();
    expect(publisherOf(registry, 'https://variety.com.evil.example/a')).toBeUndefined();
  });
  it('reports the best tier among the sources', () => {
    expect(assess(src('https://kpbs.org/a'), src('https://apnews.com/b')).best).toBe('wire');
    expect(assess(src('https://newser.com/a')).best).toBe('unreliable');
  });
});

describe('the sourcing rule', () => {
  it('is met by one primary, wire, major or trade source', () => {
    expect(assess(src('https://sagaftra.org/a')).meetsRule).toBe(true);
    expect(assess(src('https://variety.com/a')).meetsRule).toBe(true);
  });
  it('is not met by one secondary source, nor by any number of unreliable ones', () => {
    expect(assess(src('https://kpbs.org/a')).meetsRule).toBe(false);
    expect(assess(src('https://newser.com/a'), src('https://yahoo.com/b'), src('https://news.yahoo.com/c')).meetsRule).toBe(false);
  });
  it('is met by two secondary sources from two different publishers', () => {
    expect(assess(src('https://kpbs.org/a'), src('https://deseret.com/b')).meetsRule).toBe(true);
  });
  it('does not count two stories from one secondary host twice', () => {
    expect(assess(src('https://kpbs.org/a'), src('https://kpbs.org/b')).meetsRule).toBe(false);
  });
  it('counts reposts of one original publisher once, whatever the hosts', () => {
    const ap = { originalPublisher: 'Associated Press' };
    expect(assess(src('https://kpbs.org/a', ap), src('https://wsbradio.com/b', ap)).meetsRule).toBe(false);
    expect(assess(src('https://kpbs.org/a', ap), src('https://deseret.com/b')).meetsRule).toBe(true);
  });
  it("gives a repost its host's tier, not the original's", () => {
    const a = assess(src('https://yahoo.com/a', { originalPublisher: 'Variety' }));
    expect(a.best).toBe('unreliable');
    expect(a.meetsRule).toBe(false);
  });
  it('lets an unreliable source count for nothing but still reports it', () => {
    const a = assess(src('https://variety.com/a'), src('https://newser.com/b'));
    expect(a.meetsRule).toBe(true);
    expect(a.unreliable.map((s) => s.url)).toEqual(['https://newser.com/b']);
  });
});

describe('sourcing problems', () => {
  const fact = (field: string, sources: Source[], asOf?: string): LocatedFact => ({ at: 'src/data/entities/u.json › wga', field, text: 'A fact.', sources, asOf });
  it('names file, entry and field for a fact below the rule, an unreliable citation and a missing asOf', () => {
    const p = sourcingProblems(registry, [fact('latestContract', [src('https://newser.com/a')])]);
    expect(p.belowRule).toEqual(['src/data/entities/u.json › wga › latestContract: below the sourcing rule (best source: unreliable)']);
    expect(p.unreliable).toEqual(['src/data/entities/u.json › wga › latestContract: cites an unreliable source, newser.com (https://newser.com/a)']);
    expect(p.missingAsOf).toEqual(['src/data/entities/u.json › wga › latestContract: can change, so it needs "asOf"']);
  });
  it('asks asOf of stance and latestContract only', () => {
    const ok = [src('https://variety.com/a')];
    expect(sourcingProblems(registry, [fact('stance', ok, '2026-06-01'), fact('summary', ok), fact('facts[0]', ok)]).missingAsOf).toEqual([]);
    expect(sourcingProblems(registry, [fact('stance', ok)]).missingAsOf).toHaveLength(1);
  });
  it('names file, entry, field and host for a host missing from the registry', () => {
    expect(unknownHosts(registry, [fact('facts[2]', [src('https://variety.com/a'), src('https://www.unknown.example/b')])])).toEqual([
      'src/data/entities/u.json › wga › facts[2] › sources[1]: host "unknown.example" is not in the publisher registry (src/data/publishers/)',
    ]);
  });
  it('sums facts by best tier and citations by publisher', () => {
    const t = tierSummary(registry, [fact('a', [src('https://variety.com/a'), src('https://kpbs.org/b')]), fact('b', [src('https://newser.com/c')])]);
    expect(t.factsByBest.trade).toBe(1);
    expect(t.factsByBest.unreliable).toBe(1);
    expect(t.strong).toBe(1);
    expect(t.citations.get(publishers[3]!)).toBe(1);
    expect(t.citations.get(publishers[0]!)).toBe(0);
  });
});

describe('the bundled publisher registry', () => {
  it('gives every cited host a tier', () => {
    // validateDatasetDetailed throws on a host missing from the registry.
    const v = validateDatasetDetailed(readDatasetFiles());
    expect(v.facts.every((f) => f.sources.every((s) => publisherOf(v.registry, s.url)))).toBe(true);
  });
});
