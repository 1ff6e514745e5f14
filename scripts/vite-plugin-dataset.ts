// Validates the dataset when the build starts (an invalid dataset fails the build, naming file, entry and
// field) and writes the generated modules the bundles import:
//   virtual:backstory/matcher-data  aliases + context words (content script)
//   virtual:backstory/dataset       everything (background, options, popup: loaded after its first render)
//   virtual:backstory/dataset-about the dataset's version and newest source's date (the popup's footer, at first render)
// They are plain JSON files reached through resolve.alias, not plugin-served virtual modules, because crxjs
// builds the standalone content script in a second vite build that runs no plugins but keeps `resolve`.
import type { Plugin } from 'vite';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, matcherData, readDatasetFiles } from './dataset-files';
import { validateDatasetDetailed } from '../src/core/dataset-validate';
import { matcherSources } from '../src/core/matcher';

/** Where the build's generated modules go (the dataset's here, the polyfill's in scripts/polyfill-esm.ts). */
export const GENERATED_DIR = new URL('../node_modules/.cache/backstory/', import.meta.url).pathname;

export function generateDatasetModules(): Record<string, string> {
  const { dataset: ds, rule, sourcing } = validateDatasetDetailed(readDatasetFiles()); // throws DatasetError
  const below = sourcing.belowRule.length + sourcing.unreliable.length + sourcing.missingAsOf.length;
  // With "sourcingRule": "report" the build goes on; the count keeps the gap visible (details: npm run data:report).
  if (rule === 'report' && below > 0) console.warn(`backstory-dataset: ${below} sourcing problem(s), reported only (npm run data:report)`);
  mkdirSync(GENERATED_DIR, { recursive: true });
  const files = {
    'virtual:backstory/matcher-data': join(GENERATED_DIR, 'matcher-data.json'),
    'virtual:backstory/dataset-about': join(GENERATED_DIR, 'dataset-about.json'),
    'virtual:backstory/dataset': join(GENERATED_DIR, 'dataset.json'),
  };
  const md = matcherData(ds);
  // With the pattern sources precomputed: the content script skips that string work on every page.
  writeFileSync(files['virtual:backstory/matcher-data'], JSON.stringify({ ...md, sources: matcherSources(md) }));
  writeFileSync(files['virtual:backstory/dataset-about'], JSON.stringify({ version: ds.version, updated: ds.updated, sourcesTo: ds.sourcesTo }));
  writeFileSync(files['virtual:backstory/dataset'], JSON.stringify(ds));
  return files;
}

export function datasetPlugin(): Plugin {
  return {
    name: 'backstory-dataset',
    enforce: 'pre',
    config() {
      return { resolve: { alias: generateDatasetModules() } };
    },
    buildStart() {
      this.addWatchFile(DATA_DIR);
    },
  };
}
