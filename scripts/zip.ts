// `npm run zip` (after the build): store-ready archives of both builds, plus the source archive addons.mozilla.org
// asks for. Reproducible: fixed order, timestamps (scripts/archive.ts), permissions; `npm run check:reproducible`.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { sourceDate, sourceEntries, treeEntries, writeZip } from './archive';

export interface Artifact {
  file: string;
  sha256: string;
}

export function zipAll(cwd = '.'): Artifact[] {
  const { version } = JSON.parse(readFileSync(`${cwd}/package.json`, 'utf8')) as { version: string };
  const date = sourceDate(cwd);
  const artifacts: Artifact[] = [];
  for (const target of ['chrome', 'firefox']) {
    const file = `backstory-${target}-${version}.zip`;
    artifacts.push({ file, sha256: writeZip(`${cwd}/${file}`, treeEntries(`${cwd}/dist/${target}`), date) });
  }
  // What the reviewer rebuilds from with `npm ci && npm run build`: the tracked files, as in the working tree.
  const file = `backstory-source-${version}.zip`;
  artifacts.push({ file, sha256: writeZip(`${cwd}/${file}`, sourceEntries(cwd), date) });
  return artifacts;
}

/** sha256sum's format: `sha256sum -c SHA256SUMS` checks the zips beside it. */
export function sumsText(artifacts: Artifact[]): string {
  return artifacts.map((a) => `${a.sha256}  ${a.file}\n`).join('');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const a of zipAll()) console.log(`${a.sha256}  ${a.file}`);
}
