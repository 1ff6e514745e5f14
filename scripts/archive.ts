// Reproducible zips: the same files give the same bytes on any machine, in any time zone, on any Node version.
// fflate deflates in JavaScript (pinned by the lockfile), unlike zlib bindings whose output follows Node's zlib.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

export interface ArchiveEntry {
  path: string;
  data: Uint8Array;
  executable?: boolean;
}

/** The archive's timestamp: SOURCE_DATE_EPOCH if set (reproducible-builds.org), else the last commit's date. */
export function sourceDate(cwd = '.'): Date {
  const env = process.env.SOURCE_DATE_EPOCH;
  const seconds = env ? Number(env) : Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd, encoding: 'utf8' }).trim());
  if (!Number.isInteger(seconds) || seconds < 315532800) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds after 1980 (got "${env}")`);
  return new Date(seconds * 1000);
}

/** Zip's DOS time has no zone and fflate writes local time: a date whose local fields are the UTC ones. */
function dosDate(d: Date): Date {
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

export function zipBytes(entries: ArchiveEntry[], date: Date): Uint8Array {
  const mtime = dosDate(date);
  const files: Zippable = {};
  for (const e of [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    // Unix mode in the high half of the external attributes (os 3 = Unix): 0644, or 0755 for scripts.
    const attrs = ((e.executable ? 0o100755 : 0o100644) << 16) >>> 0;
    files[e.path] = [e.data, { mtime, os: 3, attrs, level: 9 }];
  }
  return zipSync(files);
}

/** Every file under dir, as archive entries with '/' separators. */
export function treeEntries(dir: string): ArchiveEntry[] {
  const out: ArchiveEntry[] = [];
  const walk = (d: string): void => {
    for (const ent of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, ent.name);
      if (ent.isDirectory()) walk(full);
      else out.push({ path: relative(dir, full).split(sep).join('/'), data: readFileSync(full) });
    }
  };
  walk(dir);
  return out;
}

/** Tracked but not needed to build: images and recorded results (store listing, screenshots, bench runs). */
export const SOURCE_EXCLUDES = ['store/', 'docs/screenshots/', 'bench/results/'];

/** The files git tracks, as they are in the working tree, with git's executable bit. */
export function sourceEntries(cwd = '.'): ArchiveEntry[] {
  const listing = execFileSync('git', ['ls-files', '-s', '-z'], { cwd, encoding: 'utf8' });
  const out: ArchiveEntry[] = [];
  for (const row of listing.split('\0')) {
    const m = /^(\d{6}) [0-9a-f]+ \d\t(.+)$/.exec(row);
    if (!m || m[1] === '120000' || m[1] === '160000') continue; // symlinks and submodules are not shipped
    const path = m[2]!;
    if (SOURCE_EXCLUDES.some((p) => path.startsWith(p))) continue;
    out.push({ path, data: readFileSync(join(cwd, path)), executable: m[1] === '100755' });
  }
  return out;
}

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function writeZip(file: string, entries: ArchiveEntry[], date: Date): string {
  const bytes = zipBytes(entries, date);
  writeFileSync(file, bytes);
  return sha256(bytes);
}

/** Paths whose bytes differ between two trees, or that one of them lacks. */
export function diffEntries(a: ArchiveEntry[], b: ArchiveEntry[]): string[] {
  const left = new Map(a.map((e) => [e.path, sha256(e.data)]));
  const right = new Map(b.map((e) => [e.path, sha256(e.data)]));
  const paths = [...new Set([...left.keys(), ...right.keys()])].sort();
  return paths.filter((p) => left.get(p) !== right.get(p)).map((p) => (!left.has(p) ? `${p} (only in second)` : !right.has(p) ? `${p} (only in first)` : p));
}
