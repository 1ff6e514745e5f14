// Every source the dataset cites, grouped by tier (best first), then by publisher in the registry (most cited
// first). Pure: tested in Node.
import type { Dataset, Source } from '../core/types';
import { buildRegistry, publisherOf, TIERS, type Tier } from '../core/sourcing';

export interface Publisher {
  name: string;
  tier: Tier;
  sources: Source[];
}

export interface TierGroup {
  tier: Tier;
  publishers: Publisher[];
}

export function collectSources(ds: Pick<Dataset, 'entities' | 'events' | 'positions' | 'publishers'>): TierGroup[] {
  const all: Source[] = [];
  for (const e of ds.entities) {
    for (const f of [e.summary, e.stance, e.latestContract, e.whyItMatters, ...e.facts]) if (f) all.push(...f.sources);
  }
  for (const ev of ds.events) all.push(...ev.sources);
  for (const c of ds.positions.cells) all.push(...c.sources);
  const registry = buildRegistry(ds.publishers);
  const byPublisher = new Map<string, { tier: Tier; urls: Map<string, Source> }>();
  for (const s of all) {
    // The build rejects a host missing from the registry; should one slip through, it counts for nothing.
    const p = publisherOf(registry, s.url) ?? { name: s.publisher, tier: 'unreliable' as const };
    const entry = byPublisher.get(p.name) ?? { tier: p.tier, urls: new Map<string, Source>() };
    if (!entry.urls.has(s.url)) entry.urls.set(s.url, s);
    byPublisher.set(p.name, entry);
  }
  const publishers = [...byPublisher]
    .map(([name, { tier, urls }]) => ({ name, tier, sources: [...urls.values()].sort((a, b) => b.date.localeCompare(a.date)) }))
    .sort((a, b) => b.sources.length - a.sources.length || a.name.localeCompare(b.name));
  return TIERS.map((tier) => ({ tier, publishers: publishers.filter((p) => p.tier === tier) })).filter((g) => g.publishers.length > 0);
}
