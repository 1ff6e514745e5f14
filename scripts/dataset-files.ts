// Reads src/data/**/*.json for the build, the report and the tests. A JSON syntax error names the file.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DatasetError, validateDataset, type RawFiles } from '../src/core/dataset-validate';
import { levelledAliases, relevanceRules } from '../src/core/relevance-data';
import type { Dataset, MatcherData } from '../src/core/types';

// BACKSTORY_DATA_DIR points the build at another dataset (used by tests with broken fixtures).
export const DATA_DIR = process.env.BACKSTORY_DATA_DIR ?? new URL('../src/data/', import.meta.url).pathname;

function listJson(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listJson(join(dir, d.name)) : d.name.endsWith('.json') ? [join(dir, d.name)] : [],
  );
}

export function readDatasetFiles(dir = DATA_DIR): RawFiles {
  const files: RawFiles = {};
  const problems: string[] = [];
  for (const abs of listJson(dir).sort()) {
    const name = `src/data/${relative(dir, abs)}`;
    try {
      files[name] = JSON.parse(readFileSync(abs, 'utf8'));
    } catch (e) {
      problems.push(`${name}: not valid JSON (${(e as Error).message})`);
    }
  }
  if (problems.length) throw new DatasetError(problems);
  return files;
}

export function loadDataset(dir = DATA_DIR): Dataset {
  return validateDataset(readDatasetFiles(dir));
}

/** The slice the content script needs: aliases (with their levels and the exclusions), context words, relevance rules. */
export function matcherData(ds: Dataset): MatcherData {
  const relevance = relevanceRules(ds.relevance);
  return { aliases: levelledAliases(ds), contextWords: ds.contextWords, ...(relevance ? { relevance } : {}) };
}
