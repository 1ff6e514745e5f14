// `npm run data:report`: what the bundled dataset holds, how well each fact is sourced, and every entry below
// the minimums or the sourcing rule (docs/methodology.md). Exits 1 when anything is below, so CI can use it.
import { readDatasetFiles } from './dataset-files';
import { datasetStats, positionsCoverage, REQUIRED_PARTIES } from '../src/core/dataset-stats';
import { DatasetError, validateDatasetDetailed, type ValidatedDataset } from '../src/core/dataset-validate';
import { TIERS, tierSummary } from '../src/core/sourcing';

let v: ValidatedDataset;
try {
  v = validateDatasetDetailed(readDatasetFiles());
} catch (e) {
  console.error(e instanceof DatasetError ? e.message : e);
  process.exit(1);
}
const ds = v.dataset;
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

const t = tierSummary(v.registry, v.facts);
const pct = (n: number) => `${((100 * n) / Math.max(1, t.total)).toFixed(1)}%`;
console.log(`\nFacts by best source tier (sourcing rule: ${v.rule}):`);
console.log(`${pad('tier', 14)}${pad('facts', 8)}${pad('share', 8)}publishers cited (of registered)`);
for (const tier of TIERS) {
  const pubs = [...t.citations].filter(([p]) => p.tier === tier);
  const cited = pubs.filter(([, n]) => n > 0).length;
  console.log(`${pad(tier, 14)}${pad(t.factsByBest[tier], 8)}${pad(pct(t.factsByBest[tier]), 8)}${cited} (of ${pubs.length})`);
}
console.log(`\nFacts with a primary, wire, major or trade source: ${t.strong} of ${t.total} (${pct(t.strong)})`);

console.log('\nPublishers per tier (citations):');
for (const tier of TIERS) {
  const pubs = [...t.citations].filter(([p, n]) => p.tier === tier && n > 0).sort((a, b) => b[1] - a[1] || a[0].name.localeCompare(b[0].name));
  console.log(`  ${tier}: ${pubs.map(([p, n]) => `${p.name} ${n}`).join(', ') || '-'}`);
}

const lists: [string, string[]][] = [
  ['Facts below the sourcing rule (each needs a primary, wire, major or trade source, or two secondary sources from different original publishers)', v.sourcing.belowRule],
  ['Citations of unreliable sources (remove them; replace where the fact needs it)', v.sourcing.unreliable],
  ['Facts that can change but lack "asOf"', v.sourcing.missingAsOf],
  ['Below the minimums', s.shortfalls],
];
for (const [title, items] of lists) {
  console.log(`\n${title} (${items.length}):`);
  for (const m of items) console.log(`  ✗ ${m}`);
}
if (lists.some(([, items]) => items.length > 0)) process.exit(1);
console.log('\nEvery fact meets the sourcing rule and all minimums are met.');
