// Source tiers and the sourcing rule (docs/methodology.md). Pure: the publisher registry comes in as data.
import type { Dataset, Entity, Fact, Source } from './types';

export const TIERS = ['primary', 'wire', 'major', 'trade', 'secondary', 'unreliable'] as const;
export type Tier = (typeof TIERS)[number];
/** A single source of one of these tiers is enough for a fact. */
export const STRONG_TIERS: readonly Tier[] = ['primary', 'wire', 'major', 'trade'];

export interface Publisher {
  name: string;
  hosts: string[];
  tier: Tier;
}

/** Host → publisher. Built from src/data/publishers/*.json by the validator. */
export type Registry = ReadonlyMap<string, Publisher>;

export function buildRegistry(publishers: readonly Publisher[]): Map<string, Publisher> {
  const registry = new Map<string, Publisher>();
  for (const p of publishers) for (const h of p.hosts) registry.set(normalizeHost(h), p);
  return registry;
}

export const normalizeHost = (host: string): string => host.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');

export function hostOf(url: string): string {
  try {
    return normalizeHost(new URL(url).hostname);
  } catch {
    return '';
  }
}

/** The publisher of a URL: its host, or the nearest parent domain, in the registry. */
export function publisherOf(registry: Registry, url: string): Publisher | undefined {
  const labels = hostOf(url).split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const p = registry.get(labels.slice(i).join('.'));
    if (p) return p;
  }
  return undefined;
}

export interface FactAssessment {
  /** The best tier among the sources; undefined when no source's host is in the registry. */
  best?: Tier;
  meetsRule: boolean;
  unreliable: Source[];
  unknown: Source[];
}

const rank = (t: Tier) => TIERS.indexOf(t);
/** Whose work a source is: the named original for a repost, otherwise the host's publisher. */
const originOf = (s: Source, p: Publisher) => (s.originalPublisher ?? p.name).trim().toLowerCase();

/** The rule: one primary, wire, major or trade source, or two secondary ones from different original publishers. */
export function assessSources(registry: Registry, sources: readonly Source[]): FactAssessment {
  const out: FactAssessment = { meetsRule: false, unreliable: [], unknown: [] };
  const secondaryOrigins = new Set<string>();
  for (const s of sources) {
    const p = publisherOf(registry, s.url);
    if (!p) {
      out.unknown.push(s);
      continue;
    }
    if (out.best === undefined || rank(p.tier) < rank(out.best)) out.best = p.tier;
    if (p.tier === 'unreliable') out.unreliable.push(s);
    if (p.tier === 'secondary') secondaryOrigins.add(originOf(s, p));
  }
  out.meetsRule = (out.best !== undefined && STRONG_TIERS.includes(out.best)) || secondaryOrigins.size >= 2;
  return out;
}

/** One sourced claim and where it lives, for messages: "file › entry › field". */
export interface LocatedFact {
  at: string;
  field: string;
  text: string;
  sources: Source[];
  asOf?: string;
  disputed?: boolean;
}

export const ENTITY_FACT_FIELDS = ['summary', 'stance', 'latestContract', 'whyItMatters'] as const;

export function entityFacts(e: Entity): { field: string; fact: Fact }[] {
  const named = ENTITY_FACT_FIELDS.flatMap((k) => (e[k] ? [{ field: k, fact: e[k] }] : []));
  return [...named, ...e.facts.map((fact, i) => ({ field: `facts[${i}]`, fact }))];
}

/** Every fact of the dataset with its location. fileOf maps an entity id to its file. */
export function locateFacts(ds: Dataset, fileOf: (id: string) => string, files = { timeline: 'src/data/timeline.json', positions: 'src/data/positions.json' }): LocatedFact[] {
  const out: LocatedFact[] = [];
  for (const e of ds.entities) {
    for (const { field, fact } of entityFacts(e)) out.push({ at: `${fileOf(e.id)} › ${e.id}`, field, ...fact });
  }
  for (const ev of ds.events) out.push({ at: `${files.timeline} › events (${ev.id})`, field: 'text', ...ev });
  for (const c of ds.positions.cells) {
    out.push({ at: `${files.positions} › cells (${c.topic}/${c.party}/${c.cycle})`, field: 'text', ...c });
  }
  return out;
}

/** The date of the newest source cited (YYYY-MM-DD): what the dataset can vouch for, unlike its build date. */
export function newestSourceDate(facts: readonly { sources: readonly Source[] }[]): string {
  let newest = '';
  for (const f of facts) for (const s of f.sources) if (s.date > newest) newest = s.date;
  return newest;
}

/** Fields whose text can change, so they must say when they were true. */
export const AS_OF_FIELDS: readonly string[] = ['latestContract', 'stance'];

export interface SourcingProblems {
  belowRule: string[];
  unreliable: string[];
  missingAsOf: string[];
}

/** The rule's violations, one message each, naming file › entry › field. */
export function sourcingProblems(registry: Registry, facts: readonly LocatedFact[]): SourcingProblems {
  const out: SourcingProblems = { belowRule: [], unreliable: [], missingAsOf: [] };
  for (const f of facts) {
    const a = assessSources(registry, f.sources);
    const where = `${f.at} › ${f.field}`;
    if (!a.meetsRule) out.belowRule.push(`${where}: below the sourcing rule (best source: ${a.best ?? 'none'})`);
    for (const s of a.unreliable) out.unreliable.push(`${where}: cites an unreliable source, ${hostOf(s.url)} (${s.url})`);
    if (AS_OF_FIELDS.includes(f.field) && !f.asOf) out.missingAsOf.push(`${where}: can change, so it needs "asOf"`);
  }
  return out;
}

/** Sources whose host is in no registry file: always an error, so every citation has a tier. */
export function unknownHosts(registry: Registry, facts: readonly LocatedFact[]): string[] {
  const out: string[] = [];
  for (const f of facts) {
    f.sources.forEach((s, i) => {
      if (!publisherOf(registry, s.url)) out.push(`${f.at} › ${f.field} › sources[${i}]: host "${hostOf(s.url)}" is not in the publisher registry (src/data/publishers/)`);
    });
  }
  return out;
}

export interface TierSummary {
  /** Facts by the best tier among their sources ("none": no source in the registry). */
  factsByBest: Record<Tier | 'none', number>;
  /** Facts with at least one primary, wire, major or trade source. */
  strong: number;
  total: number;
  /** Citations per publisher, for every publisher in the registry (0 when uncited). */
  citations: Map<Publisher, number>;
}

export function tierSummary(registry: Registry, facts: readonly LocatedFact[]): TierSummary {
  const factsByBest = Object.fromEntries([...TIERS, 'none'].map((t) => [t, 0])) as TierSummary['factsByBest'];
  const citations = new Map<Publisher, number>([...new Set(registry.values())].map((p) => [p, 0]));
  let strong = 0;
  for (const f of facts) {
    const best = assessSources(registry, f.sources).best;
    factsByBest[best ?? 'none'] += 1;
    if (best && STRONG_TIERS.includes(best)) strong += 1;
    for (const s of f.sources) {
      const p = publisherOf(registry, s.url);
      if (p) citations.set(p, (citations.get(p) ?? 0) + 1);
    }
  }
  return { factsByBest, strong, total: facts.length, citations };
}
