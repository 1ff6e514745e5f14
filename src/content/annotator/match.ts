// Match: which runs of page text hold mentions. Pure reading; the matcher (src/core) decides what a mention is.
import { scanText, type Match, type Matcher } from '../../core/matcher';
import type { Run } from './read/runs';

export interface Found {
  run: Run;
  matches: Match[];
}

/** Pure reading: which runs hold mentions. */
export function findInRuns(matcher: Matcher, runs: Run[], out: Found[] = []): Found[] {
  for (const run of runs) {
    if (run.locked.every(Boolean)) continue;
    // Text already inside our marks is scanned (same boundaries and context as the first pass) but not re-marked.
    const matches = scanText(matcher, run.text).filter((m) => !overlapsLocked(run, m));
    if (matches.length) out.push({ run, matches });
  }
  return out;
}

function overlapsLocked(run: Run, m: Match): boolean {
  for (let i = 0; i < run.nodes.length; i++) {
    if (!run.locked[i]) continue;
    const start = run.starts[i]!;
    if (m.start < start + run.nodes[i]!.data.length && start < m.end) return true;
  }
  return false;
}
