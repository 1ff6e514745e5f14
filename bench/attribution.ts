// Which long tasks a content script caused, from a V8 CPU profile (bench/run.ts, scripts/stress.ts).
export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * The longest of the page's long tasks (PerformanceObserver `longtask`: [start, duration] in page ms) that
 * Backstory caused: our samples make up at least half of it. The profile's clock is aligned on our first
 * sample, which is the content script's first line (`startedAt`, ~0.1 ms apart at this sampling rate).
 * A stretch of our samples alone over-counts (back-to-back tasks of ours leave no foreign sample between
 * them), and a long task alone can be the page's own (its first layout of a 10 MB page).
 */
export function ourLongTasks(profile: CpuProfile, prefix: string, startedAt: number, longs: [number, number][]): { longest: number; ours: number } {
  const isOurs = oursBy(profile, prefix);
  let t = profile.startTime;
  let first = -1;
  const times: number[] = [];
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    times.push(t);
    if (first < 0 && isOurs(profile.samples[i]!)) first = t;
  }
  let longest = 0;
  let ours = 0;
  for (const [start, d] of longs) {
    const from = first + (start - startedAt) * 1000;
    const to = from + d * 1000;
    let us = 0;
    for (let i = 0; i < times.length; i++) {
      if (times[i]! >= from && times[i]! < to && isOurs(profile.samples[i]!)) us += profile.timeDeltas[i + 1] ?? 0;
    }
    if (us / 1000 >= d / 2 && d > longest) {
      longest = d;
      ours = us / 1000;
    }
  }
  return { longest, ours };
}

/** Is a profile node's stack one of ours (a frame from the extension anywhere in it)? */
export function oursBy(profile: CpuProfile, prefix: string): (id: number) => boolean {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map<number, boolean>();
  const ours = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id);
    const p = parent.get(id);
    const v = !!n && (n.callFrame.url.startsWith(prefix) || (p !== undefined && ours(p)));
    memo.set(id, v);
    return v;
  };
  return ours;
}

