// `npm run data:add -- ...`: adds an entity or a fact, checked against the whole dataset first. CONTRIBUTING.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, readDatasetFiles } from './dataset-files';
import { addEntry, parseFlags } from './data-add-lib';

const USAGE = `Add an entity:
  npm run data:add -- --file laws --id ny-digital-replica-law --name "New York digital replica law" --category law \\
    --alias "S.7676B:exact" --summary "One neutral sentence." SOURCE
Add a fact to an entity:
  npm run data:add -- --id sag-aftra --fact "One neutral sentence." [--happened YYYY-MM-DD] [--as-of YYYY-MM-DD] [--disputed] SOURCE
SOURCE (the page that says what the text says): --title "Headline" --publisher "Variety" --url https://... --date YYYY-MM-DD
  (repeat all four for a second source; the new fact must meet the sourcing rule: CONTRIBUTING.md)`;

try {
  const flags = parseFlags(process.argv.slice(2));
  if (flags.help || Object.keys(flags).length === 0) {
    console.log(USAGE);
    process.exit(0);
  }
  const files = readDatasetFiles();
  const texts = Object.fromEntries(Object.keys(files).map((p) => [p, readFileSync(join(DATA_DIR, p.replace(/^src\/data\//, '')), 'utf8')]));
  const { file, text } = addEntry(files, texts, flags);
  writeFileSync(join(DATA_DIR, file.replace(/^src\/data\//, '')), text);
  console.log(`Added to ${file}. Next: check the source says what the text says, then \`npm run data:report\` and \`npm test\`.`);
} catch (e) {
  console.error(`data:add: ${(e as Error).message}\n\n${USAGE}`);
  process.exit(1);
}
