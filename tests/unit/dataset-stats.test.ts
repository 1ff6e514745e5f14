import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '../../scripts/dataset-files';
import { validateDatasetDetailed } from '../../src/core/dataset-validate';
import { datasetStats, MINIMUMS, REQUIRED_PARTIES } from '../../src/core/dataset-stats';
import type { Dataset, Entity } from '../../src/core/types';

const src = { title: 'A page', publisher: 'Example News', url: 'https://example.org/a', date: '2024-01-02' };
const fact = { text: 'A fact of at least ten characters.', sources: [src] };
const entity = (id: string, category: Entity['category'], facts = 2): Entity => ({
  id, name: id, category, aliases: [{ text: id, case: 'name' }], summary: fact, facts: Array.from({ length: facts }, () => fact),
});
const tiny = (): Dataset => ({
  version: '1', updated: '2026-11-28', sourcesTo: '2024-01-02', contextWords: [],
  entities: [entity('netflix', 'studio'), entity('wga', 'union', 1)],
  events: [],
  positions: { topics: [{ id: 't', name: 'T' }], cycles: [{ id: '2023', name: '2023' }], cells: [] },
  publishers: [],
});

describe('dataset stats', () => {
  it('counts summary, facts, events and cells as facts, and reports every shortfall', () => {
    const s = datasetStats(tiny());
    expect(s.totalFacts).toBe(2 * 1 + 3); // two summaries + 2 + 1 facts
    expect(s.sources).toBe(5);
    expect(s.publishers.get('Example News')).toBe(5);
    expect(s.shortfalls).toContain('entity wga: 1 fact(s) in "facts", minimum 2');
    expect(s.shortfalls).toContain('studios: 1, minimum 12');
    expect(s.shortfalls).toContain('entities: 2, minimum 100');
    expect(s.shortfalls).toContain('positions cells: 0, minimum 50');
    expect(s.shortfalls).toContain('positions topic t: no cells');
    expect(s.shortfalls).toContain('trade group: none (the AMPTP is required)');
    expect(s.shortfalls).toContain('positions: no cell for party "dga"');
  });
});

describe('the bundled dataset', () => {
  const { dataset: ds, rule } = validateDatasetDetailed(readDatasetFiles());
  const s = datasetStats(ds);
  // The minimums rose with the sourcing rule; both hold once dataset.json says "sourcingRule": "enforce".
  const whenEnforced = rule === 'enforce' ? it : it.skip;
  whenEnforced('has no shortfalls', () => {
    expect(s.shortfalls).toEqual([]);
  });
  whenEnforced('has the category counts, facts and positions of the minimums', () => {
    expect(ds.entities.length).toBeGreaterThanOrEqual(MINIMUMS.entities);
    expect(s.entitiesByCategory.studio).toBeGreaterThanOrEqual(MINIMUMS.studio);
    expect(s.entitiesByCategory.union + s.entitiesByCategory['trade-group']).toBeGreaterThanOrEqual(MINIMUMS.union);
    expect(s.entitiesByCategory['ai-term']).toBeGreaterThanOrEqual(MINIMUMS['ai-term']);
    expect(s.entitiesByCategory.person).toBeGreaterThanOrEqual(MINIMUMS.person);
    expect(s.entitiesByCategory.law).toBeGreaterThanOrEqual(MINIMUMS.law);
    expect(s.timelineEvents).toBeGreaterThanOrEqual(MINIMUMS.timelineEvents);
    expect(s.topics).toBeGreaterThanOrEqual(MINIMUMS.topics);
    expect(s.positionCells).toBeGreaterThanOrEqual(MINIMUMS.positionCells);
    expect(s.totalFacts).toBeGreaterThanOrEqual(MINIMUMS.facts);
    for (const p of REQUIRED_PARTIES) expect(ds.positions.cells.some((c) => c.party === p), p).toBe(true);
    for (const e of ds.entities) expect(e.facts.length, e.id).toBeGreaterThanOrEqual(MINIMUMS.factsPerEntity);
  });
  it('cites no source dated after the dataset updated date', () => {
    expect(s.newestSource! <= ds.updated).toBe(true);
  });
});
