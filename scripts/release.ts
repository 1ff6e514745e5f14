// `npm run release -- <version> [--date=YYYY-MM-DD]`: bumps the version, dates CHANGELOG's Unreleased section,
// commits and tags, then builds, zips both targets and the source, and writes SHA256SUMS. docs/releasing.md.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { assertIncreases, parseVersion, releaseChangelog, today } from './release-lib';
import { sumsText, zipAll } from './zip';

const git = (...args: string[]): string => execFileSync('git', args, { encoding: 'utf8' });
const readJson = (file: string): Record<string, unknown> => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const writeJson = (file: string, value: unknown): void => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

function prepare(version: string, date: string): string {
  parseVersion(version);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`--date must be YYYY-MM-DD (got "${date}")`);
  const dirty = git('status', '--porcelain');
  if (dirty.trim()) throw new Error(`The working tree has uncommitted changes; commit or stash them first:\n${dirty.trimEnd()}`);
  const pkg = readJson('package.json');
  assertIncreases(String(pkg.version), version);
  if (git('tag', '--list', `v${version}`).trim()) throw new Error(`Tag v${version} already exists`);
  return releaseChangelog(readFileSync('CHANGELOG.md', 'utf8'), version, date);
}

function bump(version: string, changelog: string): void {
  const pkg = readJson('package.json');
  writeJson('package.json', { ...pkg, version });
  // npm's lockfile repeats the root package's version twice.
  const lock = readJson('package-lock.json') as { version?: string; packages?: Record<string, { version?: string }> };
  lock.version = version;
  if (lock.packages?.['']) lock.packages[''].version = version;
  writeJson('package-lock.json', lock);
  writeFileSync('CHANGELOG.md', changelog);
  git('commit', '--quiet', '-m', `Release ${version}`, '--', 'package.json', 'package-lock.json', 'CHANGELOG.md');
  git('tag', `v${version}`);
}

function main(argv: string[]): void {
  const version = argv.find((a) => !a.startsWith('--'));
  if (!version) throw new Error('Usage: npm run release -- <version> [--date=YYYY-MM-DD]');
  const date = argv.find((a) => a.startsWith('--date='))?.slice(7) ?? today();
  const changelog = prepare(version, date);
  bump(version, changelog);
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
  const artifacts = zipAll();
  writeFileSync('SHA256SUMS', sumsText(artifacts));
  console.log(`\nReleased ${version} (commit and tag v${version}; push them with \`git push --follow-tags\`):\n${sumsText(artifacts)}`);
}

try {
  main(process.argv.slice(2));
} catch (e) {
  console.error(`release: ${(e as Error).message}`);
  process.exit(1);
}
