// `npm run data:report`: what the bundled dataset holds, and every entry below the dataset's minimums.
// Exits 1 when a minimum is missed (or the data is invalid), so CI can use it.
import { loadDataset } from './dataset-files';
import { datasetStats, positionsCoverage, REQUIRED_PARTIES } from '../src/core/dataset-stats';
import { DatasetError } from '../src/core/dataset-validate';

let ds;
try {
  ds = loadDataset();
} catch (e) {
  console.error(e instanceof DatasetError ? e.message : e);
  process.exit(1);
}
const s = datasetStats(ds);
const pad = (x: string | number, n: number) => String(x).padEnd(n);

console.log(`Backstory dataset ${ds.version} (updated ${ds.updated})\n`);
console.log(`${pad('category', 14)}${pad('entities', 10)}facts`);
for (const [cat, n] of Object.entries(s.entitiesByCategory)) {
  console.log(`${pad(cat, 14)}${pad(n, 10)}${s.factsByCategory[cat as keyof typeof s.factsByCategory]}`);
}
console.log(`${pad('timeline', 14)}${pad(s.timelineEvents, 10)}${s.timelineEvents}`);
console.log(`${pad('positions', 14)}${pad(`${s.topics} topics`, 10)}${s.positionCells} cells`);
console.log(`\nTotal facts: ${s.totalFacts} (entity facts ${s.entityFacts} + timeline ${s.timelineEvents} + cells ${s.positionCells})`);
console.log(`Sources: ${s.sources} citations, ${s.distinctUrls} distinct URLs, ${s.publishers.size} distinct publishers`);
console.log(`Source dates: oldest ${s.oldestSource ?? '-'}, newest ${s.newestSource ?? '-'}`);

console.log(`\nPositions cells per topic × party:`);
console.log(`${pad('topic', 24)}${REQUIRED_PARTIES.map((p) => pad(p, 11)).join('')}`);
for (const row of positionsCoverage(ds)) {
  console.log(`${pad(row.topic, 24)}${REQUIRED_PARTIES.map((p) => pad(row.counts[p] ?? 0, 11)).join('')}`);
}

if (process.argv.includes('--publishers')) {
  console.log('\nPublishers (citations):');
  for (const [p, n] of [...s.publishers].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`  ${pad(n, 4)}${p}`);
}

if (s.shortfalls.length) {
  console.log(`\nBelow the minimums (${s.shortfalls.length}):`);
  for (const m of s.shortfalls) console.log(`  ✗ ${m}`);
  process.exit(1);
}
console.log('\nAll minimums met.');
