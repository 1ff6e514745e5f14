// Runs inside a page (bundled by scripts/sparse-check.ts): both readers over the body, and what each finds.
import { compileMatcher } from '../../src/core/matcher';
import { findInRuns } from '../../src/content/annotator/match';
import { collectRuns } from '../../src/content/annotator/read/runs';
import { SparseReader } from '../../src/content/annotator/read/sparse';
import type { MatcherData } from '../../src/core/types';
declare const DATA: MatcherData;
const matcher = compileMatcher(DATA);
function found(runs: ReturnType<typeof collectRuns>): string[] {
  return findInRuns(matcher, runs).flatMap((f) =>
    f.matches.map((m) => {
      const k = f.run.starts.findIndex((s, i) => m.start >= s && m.start < s + f.run.nodes[i]!.length);
      const n = f.run.nodes[k]!;
      return `${m.id}:${m.text}@${(n.parentElement?.localName ?? '?')}+${m.start - f.run.starts[k]!}`;
    }),
  );
}
(window as unknown as { __eqv: () => unknown }).__eqv = () => {
  const root = document.body ?? document.documentElement;
  const full = found(collectRuns(root));
  const sparse = found(new SparseReader(root, matcher).read());
  const a = new Set(full), b = new Set(sparse);
  return { full: full.length, sparse: sparse.length, missing: full.filter((x) => !b.has(x)), extra: sparse.filter((x) => !a.has(x)) };
};
