// storylines.json is checked like the rest of the dataset: a bad edit fails the build naming the file and field.
import { describe, expect, it } from 'vitest';
import { readDatasetFiles } from '../../scripts/dataset-files';
import { DatasetError, validateDataset } from '../../src/core/dataset-validate';
import type { Storylines } from '../../src/core/types';

const FILE = 'src/data/storylines.json';

function problems(mutate: (s: Storylines) => void): string[] {
  const files = readDatasetFiles();
  const copy = structuredClone(files[FILE]) as Storylines;
  mutate(copy);
  try {
    validateDataset({ ...files, [FILE]: copy });
    return [];
  } catch (e) {
    if (e instanceof DatasetError) return e.problems;
    throw e;
  }
}

describe('storylines.json', () => {
  it('the bundled file is valid and every storyline names its parties, topics and span', () => {
    expect(problems(() => {})).toEqual([]);
  });

  it('names the file, storyline and field of a bad reference', () => {
    expect(
      problems((s) => {
        s.storylines[0]!.cycle = '2099';
        s.storylines[0]!.parties.push('nobody');
        s.storylines[1]!.milestones.push('no-such-event');
        s.storylines[1]!.topics.push('no-such-topic');
        s.terms['no-such-term'] = ['digital-replicas'];
        s.terms['digital-replica'] = ['nope'];
      }),
    ).toEqual([
      `${FILE} › terms › digital-replica: unknown topic "nope"`,
      `${FILE} › terms › no-such-term: unknown entity "no-such-term"`,
      `${FILE} › storylines[0] (writers-strike-2023) › cycle: unknown cycle "2099"`,
      `${FILE} › storylines[0] (writers-strike-2023) › parties: unknown entity "nobody"`,
      `${FILE} › storylines[1] (actors-strike-2023) › topics: unknown topic "no-such-topic"`,
      `${FILE} › storylines[1] (actors-strike-2023) › milestones: unknown timeline event "no-such-event"`,
    ]);
  });

  it('names the field of a malformed entry, and a span that ends before it starts', () => {
    expect(problems((s) => void ((s.storylines[2] as { from: string }).from = '2024-13-01'))).toEqual([`${FILE} › storylines[2] (video-game-strike-2024).from: is not a real calendar date`]);
    expect(problems((s) => void (s.storylines[2]!.to = '2020-01-01'))).toEqual([`${FILE} › storylines[2] (video-game-strike-2024) › to: ends (2020-01-01) before it starts (2024-07-26)`]);
  });
});
