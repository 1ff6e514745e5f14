// Match: which runs of page text hold mentions. Pure reading; the matcher (src/core) decides what a mention is.
import { findMatches, scanText, type Match, type Matcher } from '../../core/matcher';
import type { Reading } from '../../core/relevance';
import type { Run } from './read/runs';

export interface Found {
  run: Run;
  matches: Match[];
  /** Hits waiting for the page's relevance (src/core/relevance.ts): marks if it turns out relevant. */
  held?: Match[];
}

/**
 * Pure reading: which runs hold mentions. With a reading (the page's relevance), each run's hits are judged in
 * document order by it; without one, by the matcher's block rule (scanText).
 */
export function findInRuns(matcher: Matcher, runs: Run[], reading: Reading | null = null, out: Found[] = []): Found[] {
  for (const run of runs) {
    if (run.locked.every(Boolean)) continue;
    // Text already inside our marks is scanned (same boundaries and context as the first pass) but not re-marked.
    const free = (m: Match) => !overlapsLocked(run, m);
    if (!reading) {
      const matches = scanText(matcher, run.text).filter(free);
      if (matches.length) out.push({ run, matches });
      continue;
    }
    const hits = findMatches(matcher, run.text);
    if (!hits.length) continue;
    const judged = reading.read(run.text, hits);
    const matches = judged.mark.filter(free);
    const held = judged.hold.filter(free);
    if (held.length) out.push({ run, matches, held });
    else if (matches.length) out.push({ run, matches });
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
