import { describe, expect, it } from 'vitest';
import { DatasetError, validateDataset, validateDatasetDetailed, type RawFiles } from '../../src/core/dataset-validate';
import { loadDataset, readDatasetFiles } from '../../scripts/dataset-files';

const src = { title: 'A page', publisher: 'Example News', url: 'https://example.org/a', date: '2024-01-02' };
const fact = (text = 'A fact of at least ten characters.') => ({ text, sources: [src] });
const entity = (id: string, alias: string, extra: object = {}) => ({
  id, name: id, category: 'studio', aliases: [{ text: alias, case: 'name' }], summary: fact(), facts: [fact()], ...extra,
});
const base = (): RawFiles => ({
  'src/data/dataset.json': { version: '1', updated: '2026-11-28', contextWords: ['film'] },
  'src/data/entities/a.json': { entities: [entity('netflix', 'Netflix'), entity('disney', 'Disney')] },
  'src/data/timeline.json': { events: [{ id: 'e1', date: '2023-05-02', title: 'A title', text: 'Something happened.', parties: ['netflix'], sources: [src] }] },
  'src/data/positions.json': { topics: [{ id: 't', name: 'Topic' }], cycles: [{ id: '2023', name: '2023' }], cells: [] },
  'src/data/publishers/registry.json': { publishers: [{ name: 'Example News', hosts: ['example.org'], tier: 'major' }] },
});

function problems(mutate: (f: RawFiles) => void): string[] {
  const files = base();
  mutate(files);
  try {
    validateDataset(files);
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError);
    return (e as DatasetError).problems;
  }
}
const ents = (f: RawFiles) => (f['src/data/entities/a.json'] as { entities: Record<string, unknown>[] }).entities;

describe('dataset validation', () => {
  it('accepts a well-formed dataset', () => {
    expect(problems(() => {})).toEqual([]);
  });
  it('names file, entry and field for a missing source', () => {
    expect(problems((f) => (ents(f)[0]!.facts = [{ text: 'No source for this one.', sources: [] }]))).toEqual([
      'src/data/entities/a.json › entities[0] (netflix).facts[0].sources: needs at least one source',
    ]);
  });
  it('rejects a bad date, an http URL and a non-kebab id', () => {
    const p = problems((f) => {
      ents(f)[0]!.facts = [{ text: 'A fact of at least ten characters.', sources: [{ ...src, date: '2023-02-30', url: 'http://x.org' }] }];
      ents(f)[1]!.id = 'Disney Co';
    });
    expect(p.join('\n')).toMatch(/netflix\)\.facts\[0\]\.sources\[0\]\.url: must use https/);
    expect(p.join('\n')).toMatch(/netflix\)\.facts\[0\]\.sources\[0\]\.date: is not a real calendar date/);
    expect(p.join('\n')).toMatch(/entities\[1\] \(Disney Co\)\.id: must be kebab-case/);
  });
  it('rejects duplicate ids and an alias claimed by two entities', () => {
    expect(problems((f) => ents(f).push(entity('netflix', 'Netflix Inc')))).toEqual([
      'src/data/entities/a.json › netflix: duplicate id (also in src/data/entities/a.json)',
    ]);
    expect(problems((f) => ents(f).push(entity('netflix-2', 'NETFLIX')))[0]).toMatch(/netflix-2 › aliases\[0\] "NETFLIX": also claimed by netflix/);
  });
  it('rejects an entity id repeated in another entity file, naming both files', () => {
    expect(problems((f) => (f['src/data/entities/b.json'] = { entities: [entity('disney', 'Walt Disney')] }))).toEqual([
      'src/data/entities/b.json › disney: duplicate id (also in src/data/entities/a.json)',
    ]);
  });
  it('rejects a repeated timeline event id, naming the file and both entries', () => {
    const tl = (f: RawFiles) => (f['src/data/timeline.json'] as { events: Record<string, unknown>[] }).events;
    expect(problems((f) => tl(f).push({ ...tl(f)[0]!, date: '2024-01-01' }))).toEqual([
      'src/data/timeline.json › events[1] (e1): duplicate id (also events[0])',
    ]);
  });
  it('rejects a positions cell repeating another under the same key, ignoring case and punctuation', () => {
    const cell = { topic: 't', party: 'netflix', cycle: '2023', kind: 'demand', text: 'Netflix wanted more AI.', sources: [src] };
    const withCells = (...cells: object[]) => (f: RawFiles) => ((f['src/data/positions.json'] as { cells: object[] }).cells = cells);
    expect(problems(withCells(cell, { ...cell, text: 'netflix wanted more AI' }))).toEqual([
      'src/data/positions.json › cells[1] (t/netflix/2023) › text: duplicate demand cell (same text as cells[0])',
    ]);
    expect(problems(withCells(cell, { ...cell, kind: 'outcome' }, { ...cell, text: 'Netflix wanted less AI.' }))).toEqual([]);
  });
  it('rejects an alias with a letter the matcher cannot fold (long s, final sigma, the Kelvin sign)', () => {
    expect(problems((f) => ents(f).push(entity('fox', 'Fox Newſ')))).toEqual([
      'src/data/entities/a.json › fox › aliases[0] "Fox Newſ": "ſ" has an unusual case mapping (like ſ, ς, ß or the Kelvin sign) that the matcher cannot fold; write the usual letter',
    ]);
  });
  it('rejects timeline and positions rows naming unknown entities, topics or cycles', () => {
    const p = problems((f) => {
      (f['src/data/timeline.json'] as { events: { parties: string[] }[] }).events[0]!.parties = ['nobody'];
      (f['src/data/positions.json'] as { cells: unknown[] }).cells.push({ topic: 'x', party: 'wga', cycle: '1999', kind: 'demand', text: 'Some demand text.', sources: [src] });
    });
    expect(p).toEqual([
      'src/data/timeline.json › events[0] (e1) › parties: unknown entity "nobody"',
      'src/data/positions.json › cells[0] (x/wga/1999) › topic: unknown topic "x"',
      'src/data/positions.json › cells[0] (x/wga/1999) › cycle: unknown cycle "1999"',
      'src/data/positions.json › cells[0] (x/wga/1999) › party: unknown entity "wga"',
    ]);
  });
  it('rejects unknown fields (a typo is not silently dropped)', () => {
    expect(problems((f) => (ents(f)[0]!.sumary = 'x'))[0]).toMatch(/entities\[0\] \(netflix\): Unrecognized key: "sumary"/);
  });
});

describe('the sourcing rule in validation', () => {
  const meta = (f: RawFiles) => f['src/data/dataset.json'] as Record<string, unknown>;
  const registry = (f: RawFiles) => (f['src/data/publishers/registry.json'] as { publishers: { tier: string }[] }).publishers;
  const weak = (f: RawFiles) => {
    registry(f)[0]!.tier = 'unreliable';
    ents(f)[0]!.stance = fact('Netflix said something that can change.');
  };
  it('fails, naming each fact, when dataset.json enforces it (the default)', () => {
    const p = problems(weak);
    expect(p).toContain('src/data/entities/a.json › netflix › summary: below the sourcing rule (best source: unreliable)');
    expect(p).toContain('src/data/entities/a.json › netflix › stance: cites an unreliable source, example.org (https://example.org/a)');
    expect(p).toContain('src/data/entities/a.json › netflix › stance: can change, so it needs "asOf"');
    expect(p).toContain('src/data/timeline.json › events (e1) › text: below the sourcing rule (best source: unreliable)');
    expect(problems((f) => { weak(f); meta(f).sourcingRule = 'enforce'; })).toEqual(p);
  });
  it('only reports when dataset.json says "sourcingRule": "report"', () => {
    const files = base();
    weak(files);
    meta(files).sourcingRule = 'report';
    const v = validateDatasetDetailed(files);
    expect(v.rule).toBe('report');
    expect(v.sourcing.belowRule).toHaveLength(6); // two entities × (summary, facts[0]), the stance, the event
    expect(v.sourcing.missingAsOf).toHaveLength(1);
  });
  it('fails on a host missing from the registry even when only reporting', () => {
    expect(problems((f) => {
      meta(f).sourcingRule = 'report';
      ents(f)[1]!.facts = [fact('A fact from an unregistered site.')].map((x) => ({ ...x, sources: [{ ...src, url: 'https://www.unknown.example/x' }] }));
    })).toEqual(['src/data/entities/a.json › disney › facts[0] › sources[0]: host "unknown.example" is not in the publisher registry (src/data/publishers/)']);
  });
  it('rejects a host given two tiers by two registry files, and a malformed host', () => {
    expect(problems((f) => {
      f['src/data/publishers/other.json'] = { publishers: [{ name: 'Example', hosts: ['example.org', 'www.bad.org'], tier: 'secondary' }] };
    })).toEqual([
      'src/data/publishers/other.json › publishers[0].hosts[1]: must be a lower-case host name without "www." or a path',
    ]);
    expect(problems((f) => {
      f['src/data/publishers/other.json'] = { publishers: [{ name: 'Example', hosts: ['example.org'], tier: 'secondary' }] };
    })).toEqual(['src/data/publishers/registry.json › publishers[0] (Example News) › hosts: "example.org" is major here but secondary in src/data/publishers/other.json']);
  });
  it('accepts the same host with the same tier in two registry files', () => {
    expect(problems((f) => {
      f['src/data/publishers/other.json'] = { publishers: [{ name: 'Example News', hosts: ['example.org'], tier: 'major' }] };
    })).toEqual([]);
  });
});

describe('the bundled dataset', () => {
  it('is valid', () => {
    expect(() => readDatasetFiles()).not.toThrow();
    expect(loadDataset().entities.length).toBeGreaterThan(50);
  });
});
