// Every source the dataset cites, grouped by publisher (most cited first). Pure: tested in Node.
import type { Dataset, Source } from '../core/types';

export interface Publisher {
  name: string;
  sources: Source[];
}

export function collectSources(ds: Pick<Dataset, 'entities' | 'events' | 'positions'>): Publisher[] {
  const all: Source[] = [];
  for (const e of ds.entities) {
    for (const f of [e.summary, e.stance, e.latestContract, e.whyItMatters, ...e.facts]) if (f) all.push(...f.sources);
  }
  for (const ev of ds.events) all.push(...ev.sources);
  for (const c of ds.positions.cells) all.push(...c.sources);
  const byPublisher = new Map<string, Map<string, Source>>();
  for (const s of all) {
    const m = byPublisher.get(s.publisher) ?? new Map<string, Source>();
    if (!m.has(s.url)) m.set(s.url, s);
    byPublisher.set(s.publisher, m);
  }
  return [...byPublisher]
    .map(([name, m]) => ({ name, sources: [...m.values()].sort((a, b) => b.date.localeCompare(a.date)) }))
    .sort((a, b) => b.sources.length - a.sources.length || a.name.localeCompare(b.name));
}
