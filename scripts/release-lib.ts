// The pure half of `npm run release`: version checks and CHANGELOG's Unreleased section (Keep a Changelog).
export type Semver = [number, number, number];

/** Browsers take dotted numbers only (no pre-release tags), so a release version is MAJOR.MINOR.PATCH. */
export function parseVersion(v: string): Semver {
  const m = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(v);
  if (!m) throw new Error(`"${v}" is not a version: give MAJOR.MINOR.PATCH in numbers, e.g. 1.2.0 (store manifests take no pre-release tags)`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function compareVersions(a: string, b: string): number {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

export function assertIncreases(current: string, next: string): void {
  if (compareVersions(next, current) <= 0) {
    throw new Error(`Version ${next} does not increase on package.json's ${current}: give a higher one (the stores refuse an equal or lower version)`);
  }
}

const UNRELEASED = /^## \[?Unreleased\]?[ \t]*$/im;

/**
 * Moves the Unreleased section's entries under `## [version] - date` and leaves an empty `## [Unreleased]` above.
 * Accepts `## Unreleased` and `## [Unreleased]`; refuses a missing section or one with nothing but subheadings.
 */
export function releaseChangelog(text: string, version: string, date: string): string {
  const head = UNRELEASED.exec(text);
  if (!head) throw new Error('CHANGELOG.md has no "## [Unreleased]" section: add one with what changed');
  const bodyStart = head.index + head[0].length;
  const next = /^## /m.exec(text.slice(bodyStart));
  const bodyEnd = next ? bodyStart + next.index : text.length;
  const linkDefs = /^\[[^\]]+\]: \S+[ \t]*$/gm;
  const body = text.slice(bodyStart, bodyEnd);
  const entries = body.replace(linkDefs, '').split('\n').filter((l) => l.trim() && !/^### /.test(l));
  if (entries.length === 0) {
    throw new Error("CHANGELOG.md's Unreleased section is empty: add the release's changes (### Added / Changed / Fixed) first");
  }
  const released = `## [Unreleased]\n\n## [${version}] - ${date}\n${body.replace(/^\n*/, '\n').replace(/\n*$/, '\n\n')}`;
  return updateLinks(text.slice(0, head.index) + released + text.slice(bodyEnd).replace(/^\n+/, ''), version).replace(/\n*$/, '\n');
}

/** Keep a Changelog's compare links, when the file has them: Unreleased now starts from the new tag. */
function updateLinks(text: string, version: string): string {
  const link = /^\[Unreleased\]: (\S+)\/compare\/(v?)([^.\s]+\.[^.\s]+\.[^.\s]+)\.\.\.HEAD[ \t]*$/im.exec(text);
  if (!link) return text;
  const [line, base, prefix, previous] = link as unknown as [string, string, string, string];
  const lines = `[Unreleased]: ${base}/compare/${prefix}${version}...HEAD\n[${version}]: ${base}/compare/${prefix}${previous}...${prefix}${version}`;
  return text.replace(line, lines);
}

/** Today in UTC, as CHANGELOG dates are written. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
