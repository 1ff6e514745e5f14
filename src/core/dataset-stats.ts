// Counts and minimum checks for the bundled dataset. Pure and DOM-free: used by
// scripts/data-report.ts and by the unit test that asserts the minimums.
import type { Category, Dataset, Entity, Fact, Source } from './types';

/** The dataset's minimums. Unions count the trade group(s) too; laws count bills and court cases. */
export const MINIMUMS = {
  entities: 100,
  studio: 12,
  union: 8, // unions + trade group
  'ai-term': 25,
  person: 25,
  law: 15,
  timelineEvents: 60,
  topics: 6,
  positionCells: 50,
  facts: 600,
  factsPerEntity: 2,
} as const;

/** Parties every positions topic set must cover: WGA, SAG-AFTRA, AMPTP, DGA at least. */
export const REQUIRED_PARTIES = ['wga', 'sag-aftra', 'amptp', 'dga'] as const;

export interface DatasetStats {
  entitiesByCategory: Record<Category, number>;
  factsByCategory: Record<Category, number>;
  entityFacts: number;
  timelineEvents: number;
  positionCells: number;
  topics: number;
  totalFacts: number;
  sources: number;
  distinctUrls: number;
  publishers: Map<string, number>;
  oldestSource?: string;
  newestSource?: string;
  shortfalls: string[];
}

const entityFactList = (e: Entity): Fact[] =>
  [e.summary, e.stance, e.latestContract, e.whyItMatters, ...e.facts].filter((f): f is Fact => f !== undefined);

export function datasetStats(ds: Dataset): DatasetStats {
  const cats: Category[] = ['studio', 'union', 'trade-group', 'person', 'law', 'ai-term'];
  const entitiesByCategory = Object.fromEntries(cats.map((c) => [c, 0])) as Record<Category, number>;
  const factsByCategory = Object.fromEntries(cats.map((c) => [c, 0])) as Record<Category, number>;
  const allSources: Source[] = [];
  const shortfalls: string[] = [];

  for (const e of ds.entities) {
    const facts = entityFactList(e);
    entitiesByCategory[e.category] += 1;
    factsByCategory[e.category] += facts.length;
    for (const f of facts) allSources.push(...f.sources);
    if (e.facts.length < MINIMUMS.factsPerEntity) {
      shortfalls.push(`entity ${e.id}: ${e.facts.length} fact(s) in "facts", minimum ${MINIMUMS.factsPerEntity}`);
    }
  }
  for (const ev of ds.events) allSources.push(...ev.sources);
  for (const c of ds.positions.cells) allSources.push(...c.sources);

  const entityFacts = Object.values(factsByCategory).reduce((a, b) => a + b, 0);
  const totalFacts = entityFacts + ds.events.length + ds.positions.cells.length;

  const need = (label: string, have: number, min: number) => {
    if (have < min) shortfalls.push(`${label}: ${have}, minimum ${min}`);
  };
  need('entities', ds.entities.length, MINIMUMS.entities);
  need('studios', entitiesByCategory.studio, MINIMUMS.studio);
  need('unions incl. trade group', entitiesByCategory.union + entitiesByCategory['trade-group'], MINIMUMS.union);
  need('AI terms', entitiesByCategory['ai-term'], MINIMUMS['ai-term']);
  need('people', entitiesByCategory.person, MINIMUMS.person);
  need('laws, bills and cases', entitiesByCategory.law, MINIMUMS.law);
  need('timeline events', ds.events.length, MINIMUMS.timelineEvents);
  need('positions topics', ds.positions.topics.length, MINIMUMS.topics);
  need('positions cells', ds.positions.cells.length, MINIMUMS.positionCells);
  need('facts in total', totalFacts, MINIMUMS.facts);
  if (entitiesByCategory['trade-group'] < 1) shortfalls.push('trade group: none (the AMPTP is required)');
  for (const t of ds.positions.topics) {
    if (!ds.positions.cells.some((c) => c.topic === t.id)) shortfalls.push(`positions topic ${t.id}: no cells`);
  }
  for (const p of REQUIRED_PARTIES) {
    if (!ds.positions.cells.some((c) => c.party === p)) shortfalls.push(`positions: no cell for party "${p}"`);
  }

  const publishers = new Map<string, number>();
  for (const s of allSources) publishers.set(s.publisher, (publishers.get(s.publisher) ?? 0) + 1);
  const dates = allSources.map((s) => s.date).sort();

  return {
    entitiesByCategory,
    factsByCategory,
    entityFacts,
    timelineEvents: ds.events.length,
    positionCells: ds.positions.cells.length,
    topics: ds.positions.topics.length,
    totalFacts,
    sources: allSources.length,
    distinctUrls: new Set(allSources.map((s) => s.url)).size,
    publishers,
    oldestSource: dates[0],
    newestSource: dates[dates.length - 1],
    shortfalls,
  };
}

/** Cells per topic × required party, for the coverage grid in the report. */
export function positionsCoverage(ds: Dataset): { topic: string; counts: Record<string, number> }[] {
  return ds.positions.topics.map((t) => ({
    topic: t.id,
    counts: Object.fromEntries(
      REQUIRED_PARTIES.map((p) => [p, ds.positions.cells.filter((c) => c.topic === t.id && c.party === p).length]),
    ),
  }));
}
