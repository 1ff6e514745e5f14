// `npm run check:reproducible`: (1) `npm run zip` twice gives byte-identical zips; (2) the source zip, unpacked in an
// empty folder, then `npm ci && npm run build`, gives the same files as dist/. Lists every file that differs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { diffEntries, sha256, treeEntries, type ArchiveEntry } from './archive';

const run = (cmd: string, args: string[], cwd = '.'): void => {
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
};
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const zips = ['chrome', 'firefox', 'source'].map((t) => `backstory-${t}-${version}.zip`);
const unzipped = (bytes: Uint8Array): ArchiveEntry[] => Object.entries(unzipSync(bytes)).map(([path, data]) => ({ path, data }));

const builds: Uint8Array[][] = [];
for (const n of [1, 2]) {
  console.log(`npm run zip (${n} of 2)`);
  run('npm', ['run', '--silent', 'zip']);
  builds.push(zips.map((z) => new Uint8Array(readFileSync(z))));
}
const problems: string[] = [];
zips.forEach((z, i) => {
  const [a, b] = [builds[0]![i]!, builds[1]![i]!];
  console.log(`${sha256(a)}  ${z} (first)\n${sha256(b)}  ${z} (second)`);
  if (sha256(a) === sha256(b)) return;
  const files = diffEntries(unzipped(a), unzipped(b));
  problems.push(`${z} differs between two runs${files.length ? `: ${files.join(', ')}` : ' (same files: order, dates or modes)'}`);
});

const dir = mkdtempSync(join(tmpdir(), 'backstory-source-'));
console.log(`Rebuilding from ${zips[2]} in ${dir}`);
for (const e of unzipped(builds[0]![2]!)) {
  mkdirSync(dirname(join(dir, e.path)), { recursive: true });
  writeFileSync(join(dir, e.path), e.data);
}
run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], dir);
run('npm', ['run', '--silent', 'build'], dir);
for (const target of ['chrome', 'firefox']) {
  const files = diffEntries(treeEntries(`dist/${target}`), treeEntries(join(dir, 'dist', target)));
  if (files.length) problems.push(`dist/${target} rebuilt from the source zip differs: ${files.join(', ')}`);
  else console.log(`dist/${target}: the build from the source zip is identical`);
}
if (problems.length) {
  console.error(`\nNot reproducible (rebuild kept in ${dir}):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
rmSync(dir, { recursive: true, force: true });
console.log('\nReproducible: both zips identical across runs; the source zip rebuilds dist/ exactly.');
