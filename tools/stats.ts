// Small figures shared by the benchmarks and timing scripts.

/** The median; of an even count, the lower of the middle two; NaN for none. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
}
