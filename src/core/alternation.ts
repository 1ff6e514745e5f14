// Regex sources for a list of aliases: each alias tolerant of hyphen variants, runs of spaces and both
// apostrophes; many aliases as one alternation. Pure string work, done at build time (matcherSources).
import { HYPHENS, canonical } from './normalize';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern atoms of one alias, a character each. `fold`: lower-case letters (case-insensitive patterns only). */
function atoms(text: string, fold: boolean): string[] {
  return [...canonical(text)].map((ch) => {
    if (ch === '-') return `[${HYPHENS}]`;
    if (ch === ' ') return '\\s+';
    if (ch === "'") return "['\u2019\u02bc]";
    const lower = ch.toLowerCase();
    return escape(fold && lower.length === 1 ? lower : ch);
  });
}

// Longest first, same-length ties in code-unit order (localeCompare costs ~40 ms of ICU set-up in a page).
const ordered = (texts: string[]) => [...new Set(texts)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));

/** The aliases one after another, longest first: at any position the longest alias that fits wins. */
export function alternation(texts: string[]): string {
  return ordered(texts)
    .map((t) => atoms(t, false).join(''))
    .join('|');
}

/**
 * A letter the prefix tree cannot safely fold to one lower-case atom: its case does not round-trip (ſ, ς, ß: two
 * lower-case forms, or a capital of two letters), or it is non-ASCII and lower-cases to ASCII (the Kelvin sign),
 * where patterns with and without the Unicode flag disagree. The dataset check rejects aliases holding one.
 */
export function oddCase(ch: string): boolean {
  const lower = ch.toLowerCase();
  return lower.length === 1 && (ch.toUpperCase().toLowerCase() !== lower || (ch > '\x7f' && lower <= '\x7f'));
}

interface Node {
  kids: Map<string, Node>;
  end: boolean;
}

/**
 * The same language and the same preference as `alternation`, for case-insensitive patterns, as a prefix tree:
 * "WGA West|WGA" becomes "wga(?:\s+west)?". Two aliases that both fit at a position lie on one path of the tree
 * (the atoms leaving a node match different characters), and a node's longer branches are tried before its end,
 * so the longest alias that fits still wins. Regex engines do not factor alternations themselves: scanning a
 * page with the tree is ~2.5× faster in V8 and SpiderMonkey, and it compiles faster.
 */
export function trieAlternation(texts: string[]): string {
  const root: Node = { kids: new Map(), end: false };
  for (const t of ordered(texts)) {
    if ([...t].some(oddCase)) throw new Error(`alias "${t}": a letter with an unusual case (see oddCase)`);
    let n = root;
    for (const a of atoms(t, true)) {
      let next = n.kids.get(a);
      if (!next) n.kids.set(a, (next = { kids: new Map(), end: false }));
      n = next;
    }
    n.end = true;
  }
  const emit = (n: Node): string => {
    const alts = [...n.kids].map(([a, kid]) => a + emit(kid));
    if (alts.length === 0) return '';
    if (n.end) return `(?:${alts.join('|')})?`;
    return alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  };
  return emit(root);
}
