import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, readDatasetFiles } from '../../scripts/dataset-files';
import { addEntry, appendToArray, parseFlags } from '../../scripts/data-add-lib';
import type { Entity } from '../../src/core/types';

const files = readDatasetFiles();
const texts = Object.fromEntries(Object.keys(files).map((p) => [p, readFileSync(join(DATA_DIR, p.replace(/^src\/data\//, '')), 'utf8')]));
const source = ['--title', 'Union files notice', '--publisher', 'Variety', '--url', 'https://variety.com/2026/a', '--date', '2026-11-20'];
const add = (...argv: string[]) => addEntry(files, texts, parseFlags(argv));
const entities = (text: string) => (JSON.parse(text) as { entities: Entity[] }).entities;

describe('npm run data:add', () => {
  it('appends a valid entity to its file and leaves every other line as it was', () => {
    const { file, text } = add('--file', 'laws', '--id', 'test-replica-act', '--name', 'Test Replica Act', '--category', 'law',
      '--alias', 'Test Replica Act', '--alias', 'TRA:exact:context', '--summary', 'A bill that would require consent for digital replicas.', ...source);
    expect(file).toBe('src/data/entities/laws.json');
    const added = entities(text).at(-1)!;
    expect(added).toEqual({
      id: 'test-replica-act', name: 'Test Replica Act', category: 'law',
      aliases: [{ text: 'Test Replica Act', case: 'name' }, { text: 'TRA', case: 'exact', needsContext: true }],
      summary: { text: 'A bill that would require consent for digital replicas.', sources: [{ title: 'Union files notice', publisher: 'Variety', url: 'https://variety.com/2026/a', date: '2026-11-20' }] },
      facts: [],
    });
    const before = texts[file]!.trimEnd().split('\n');
    const after = text.split('\n');
    expect(after.slice(0, before.length - 3)).toEqual(before.slice(0, -3));
    expect(after.slice(-3)).toEqual(before.slice(-3)); // the closing brackets
  });

  it('appends a fact to an existing entity, with its dates', () => {
    const { file, text } = add('--id', 'sag-aftra', '--fact', 'SAG-AFTRA said it would hold a vote on the test.', '--happened', '2026-11-19', '--as-of', '2026-11-20', ...source);
    const sag = entities(text).find((e) => e.id === 'sag-aftra')!;
    const old = entities(texts[file]!).find((e) => e.id === 'sag-aftra')!;
    expect(sag.facts).toHaveLength(old.facts.length + 1);
    expect(sag.facts.at(-1)).toMatchObject({ date: '2026-11-19', asOf: '2026-11-20', text: 'SAG-AFTRA said it would hold a vote on the test.' });
    expect(entities(text).filter((e) => e.id !== 'sag-aftra')).toEqual(entities(texts[file]!).filter((e) => e.id !== 'sag-aftra'));
  });

  it('refuses what the build would refuse, naming the file and field', () => {
    expect(() => add('--id', 'sag-aftra', '--fact', 'A fact with an insecure source.', ...source.slice(0, 4), '--url', 'http://variety.com/a', '--date', '2026-11-20')).toThrow(/unions\.json.*url: must use https/);
    expect(() => add('--file', 'laws', '--id', 'no-fakes-act', '--name', 'Again', '--category', 'law', '--summary', 'A duplicate id for the test.', ...source)).toThrow(/no-fakes-act/);
    expect(() => add('--file', 'laws', '--id', 'x-act', '--name', 'WGA', '--category', 'law', '--alias', 'WGA:exact', '--summary', 'An alias another entity has.', ...source)).toThrow(/WGA/);
    expect(() => add('--id', 'sag-aftra', '--fact', 'A fact without a source.')).toThrow(/--title is required/);
    expect(() => add('--id', 'nobody', '--fact', 'A fact about no one.', ...source)).toThrow(/No entity has the id "nobody"/);
    expect(() => add('--file', 'songs', '--id', 'x', '--name', 'X', '--category', 'law', '--summary', 'Some summary text.', ...source)).toThrow(/songs\.json does not exist; --file is one of .*laws/);
    expect(() => parseFlags(['sag-aftra'])).toThrow(/every value follows a --flag/);
    expect(() => add('--id', 'sag-aftra', '--fact', 'A fact with half a second source.', ...source, '--url', 'https://variety.com/b')).toThrow(/once per source/);
  });

  it('holds the new fact to the sourcing rule: unknown hosts, unreliable ones and a lone secondary source are refused', () => {
    const at = (url: string, publisher = 'Some outlet') => ['--title', 'A headline', '--publisher', publisher, '--url', url, '--date', '2026-11-20'];
    const fact = ['--id', 'sag-aftra', '--fact', 'A fact for the sourcing rule.'];
    expect(() => add(...fact, ...at('https://unknown-outlet.example/a'))).toThrow(/"unknown-outlet\.example" is not in the publisher registry/);
    const registry = JSON.parse(readFileSync(join(DATA_DIR, 'publishers/registry.json'), 'utf8')) as { publishers: { name: string; hosts: string[]; tier: string }[] };
    const ofTier = (tier: string) => registry.publishers.filter((p) => p.tier === tier);
    const [first, second] = ofTier('secondary');
    const unreliable = ofTier('unreliable')[0];
    expect(() => add(...fact, ...at(`https://${unreliable!.hosts[0]}/a`))).toThrow(/unreliable source/);
    expect(() => add(...fact, ...at(`https://${first!.hosts[0]}/a`, first!.name))).toThrow(/below the sourcing rule \(best: secondary\)/);
    expect(() => add(...fact, ...at(`https://${first!.hosts[0]}/a`, first!.name), ...at(`https://${second!.hosts[0]}/b`, second!.name))).not.toThrow();
  });
});

describe('appendToArray', () => {
  it('skips brackets inside strings and fills an empty array', () => {
    expect(appendToArray('{\n  "a": [],\n  "facts": [\n    "x ] [ \\" }"\n  ]\n}\n', 'facts', 1)).toBe('{\n  "a": [],\n  "facts": [\n    "x ] [ \\" }",\n    1\n  ]\n}\n');
    expect(appendToArray('{\n  "facts": []\n}\n', 'facts', { b: 2 })).toBe('{\n  "facts": [\n    {\n      "b": 2\n    }\n  ]\n}\n');
  });
});
