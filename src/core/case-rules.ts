// The case rules of an alias (`case` in the dataset: exact, name, term): does a hit as written stand for it?
// Pure. See docs/dataset.md § aliases and docs/architecture.md § Matching.
import type { AliasEntry } from './types';
import { canonical } from './normalize';

const flipFirst = (s: string) => {
  const first = s.charAt(0);
  const flipped = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
  return flipped + s.slice(1);
};
/** Headline Title Case of a term: any word may start with a capital ("Digital Replicas", "Right of Publicity"). */
const headlineCase = (want: string, got: string) => {
  if (got.length !== want.length) return false;
  for (let i = 0; i < want.length; i++) {
    const w = want.charAt(i);
    const g = got.charAt(i);
    if (g === w) continue;
    const wordStart = i === 0 || want.charAt(i - 1) === ' ' || want.charAt(i - 1) === '-';
    if (!wordStart || g !== w.toUpperCase()) return false;
  }
  return true;
};
const titleSegments = (s: string) => s.toLowerCase().replace(/(^|[-\s])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** Does the text as written satisfy the alias's case rule? */
export function caseAllows(alias: AliasEntry, written: string): boolean {
  const want = canonical(alias.text);
  const got = canonical(written);
  if (got === want) return true;
  switch (alias.case) {
    case 'exact':
      // "Sag-Aftra": a hyphenated all-capitals acronym styled in title case by some papers.
      return want.includes('-') && want === want.toUpperCase() && got === titleSegments(want);
    case 'name':
      return got === want.toUpperCase();
    case 'term':
      return got === flipFirst(want) || got === want.toUpperCase() || headlineCase(want, got);
  }
}
