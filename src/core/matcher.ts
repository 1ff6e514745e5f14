// The recogniser: one combined pattern for every alias, compiled once, then a case check per hit.
// Pure and DOM-free: it sees strings and returns offsets. See docs/architecture.md § Matching.
import type { AliasEntry, Category, Level, MatcherData, MatcherSources } from './types';
import { alternation, trieAlternation } from './alternation';
import { NON_ASCII, aliasKey, toNfc } from './normalize';
import { caseAllows } from './case-rules';
import { endings, mayEndAt } from './endings';

export { caseAllows, mayEndAt };

export interface Match {
  start: number;
  end: number;
  id: string;
  category: Category;
  /** The text as it stands on the page. */
  text: string;
  needsContext: boolean;
  /** How it becomes a mention (src/core/relevance.ts); none: always. */
  level?: Level;
}

export interface Matcher {
  readonly pattern: RegExp;
  readonly byKey: ReadonlyMap<string, readonly AliasEntry[]>;
  readonly contextPatterns: readonly RegExp[];
  /**
   * Where a mention may be (candidates()): every alias, case-insensitive, with ASCII word boundaries and no
   * Unicode flag. A superset of `pattern`'s hits (its boundaries and case folding are looser), and several times
   * faster in SpiderMonkey, whose Unicode property classes in a lookbehind cost ~80 ms per MB. Same groups as
   * `pattern` (alias, plural ending): where the text allows (findMatches), its hit is `pattern`'s.
   */
  readonly loose: RegExp;
  /**
   * `loose` with `\b` for its leading boundary, or null if some alias does not start with an ASCII letter or digit.
   * The same hits on text without "_" (the one character `\b` counts as a word's and `loose` does not), and an
   * assertion the engine knows scans faster than a lookbehind (Chromium: the 1 MB article's read 46 → 43 ms; in
   * Firefox a page-world scan of its text 6.6 → 4.2 ms, no change measurable from the content script). Use looseFor().
   */
  readonly looseWord: RegExp | null;
  /** `pattern`, sticky: tried where `loose` starts a hit that Unicode could judge otherwise (findMatches). */
  readonly patternAt: RegExp;
  /** Sticky: does an alias (no case rule), with a plural ending, start at lastIndex? */
  readonly startsAt: RegExp;
  /** Sticky lookbehind: does an alias, with a plural ending, end at lastIndex? */
  readonly endsAt: RegExp;
  /** An alias, with a plural ending, at the very end of the string. */
  readonly endsHere: RegExp;
  /** What an alias or its plural can end with, lower-case, at most three characters (mayEndAt). */
  readonly ends: ReadonlySet<string>;
  /** Length of the longest alias text (its pattern can match a little more: runs of spaces, a plural ending). */
  readonly maxLength: number;
}

// A combining mark or a zero-width joiner belongs to the letter before it: a name never ends (or starts) inside one.
const WORD = '\\p{L}\\p{N}\\p{M}\\u200d';

const bounded = (alternation: string, suffix: string) => `(?<![${WORD}])(${alternation})${suffix}(?![${WORD}])`;

/**
 * What `pattern` finds, written as the plain alternation of the aliases: the benchmark's floor ("one combined
 * regex"), mark.js's combined regex, and the tests' reference for the prefix tree.
 */
export function plainPattern(texts: string[]): RegExp {
  return new RegExp(bounded(alternation(texts), '(e?s)?'), 'giu');
}

/**
 * The pattern sources and lookup keys of a matcher: pure string work (~5 ms for a few hundred aliases), done at
 * build time by the dataset plugin so the content script does not repeat it on every page.
 */
export function matcherSources(data: MatcherData): MatcherSources {
  // Context words: acronyms (all capitals) are case-sensitive, other words are not.
  const upper = data.contextWords.filter((w) => w === w.toUpperCase());
  const lower = data.contextWords.filter((w) => w !== w.toUpperCase());
  return {
    all: trieAlternation(data.aliases.map((a) => a.text)),
    lower: lower.length ? alternation(lower) : '',
    upper: upper.length ? alternation(upper) : '',
    keys: data.aliases.map((a) => aliasKey(a.text)),
    ends: endings(data.aliases.map((a) => a.text)),
  };
}

export function compileMatcher(data: MatcherData): Matcher {
  const src = data.sources ?? matcherSources(data);
  const byKey = new Map<string, AliasEntry[]>();
  data.aliases.forEach((a, i) => {
    const key = src.keys[i]!;
    byKey.set(key, [...(byKey.get(key) ?? []), a]);
  });
  const all = src.all;
  // Group 1 is the alias, group 2 an optional plural ending (allowed for terms only, checked below).
  const full = bounded(all, '(e?s)?');
  // Every pattern is built at its first use: the RegExp constructor parses its source (a few kB; the context
  // patterns' Unicode classes ~2 ms in SpiderMonkey), and most pages need few of them. The content script never
  // runs `pattern`, runs `patternAt` only on text where Unicode judges differently (findMatches), `loose` only on
  // text with "_", the context patterns only beside an ambiguous alias, `endsAt` and `endsHere` only where mayEndAt
  // lets a glued capital through.
  const made = new Map<string, RegExp | RegExp[]>();
  const once = <T extends RegExp | RegExp[]>(key: string, make: () => T): T => (made.get(key) ?? made.set(key, make()).get(key)) as T;
  const looseWord = data.aliases.every((a) => /^[A-Za-z0-9]/.test(a.text));
  return {
    get pattern() {
      return once('pattern', () => new RegExp(full, 'giu'));
    },
    get patternAt() {
      return once('patternAt', () => new RegExp(full, 'iuy'));
    },
    byKey,
    get contextPatterns() {
      return once('context', () => [
        ...(src.lower ? [new RegExp(bounded(src.lower, ''), 'iu')] : []),
        ...(src.upper ? [new RegExp(bounded(src.upper, ''), 'u')] : []),
      ]);
    },
    get loose() {
      return once('loose', () => new RegExp(`(?<![A-Za-z0-9])(${all})(e?s)?(?![A-Za-z0-9])`, 'gi'));
    },
    get looseWord() {
      return looseWord ? once('looseWord', () => new RegExp(`\\b(${all})(e?s)?(?![A-Za-z0-9])`, 'gi')) : null;
    },
    get startsAt() {
      return once('startsAt', () => new RegExp(`(?:${all})(?:e?s)?`, 'iy'));
    },
    get endsAt() {
      return once('endsAt', () => new RegExp(`(?<=(?:${all})(?:e?s)?)`, 'iy'));
    },
    get endsHere() {
      return once('endsHere', () => new RegExp(`(?:${all})(?:e?s)?$`, 'i'));
    },
    maxLength: Math.max(0, ...data.aliases.map((a) => a.text.length)),
    ends: new Set(src.ends),
  };
}

/** The candidate pattern for this text: `looseWord` where it finds the same as `loose`, else `loose`. */
export function looseFor(matcher: Matcher, text: string): RegExp {
  return matcher.looseWord && !text.includes('_') ? matcher.looseWord : matcher.loose;
}

/** The alias a hit of `pattern` (its alias group and plural ending) stands for under the case rules, if any. */
export function resolveAlias(matcher: Matcher, core: string, plural: string | undefined): AliasEntry | undefined {
  const candidates = matcher.byKey.get(aliasKey(core));
  if (!candidates) return undefined;
  for (const a of candidates) {
    if (plural && a.case !== 'term') continue;
    if (plural && plural === plural.toUpperCase() && core !== core.toUpperCase()) continue; // "AIS" vs "AIs"
    if (caseAllows(a, core)) return a;
  }
  return undefined;
}

/**
 * Can the case rules of `loose` (no Unicode flag) and `pattern` (Unicode) disagree anywhere in text? Only on a
 * non-ASCII character with case ("ſ" folds to "s" under Unicode only, "ß" has no one-letter capital) or a
 * surrogate (code points against code units). Punctuation, spaces and dashes are the same under both.
 */
export function foldsDiffer(text: string): boolean {
  if (!NON_ASCII.test(text)) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c >= 0xd800 && c <= 0xdfff) return true;
    const ch = text.charAt(i);
    if (ch.toLowerCase() !== ch || ch.toUpperCase() !== ch) return true;
  }
  return false;
}

/** Every alias hit in text, before the context rule. Offsets are into the original (un-normalised) text. */
export function findMatches(matcher: Matcher, original: string): Match[] {
  const { text, map } = toNfc(original);
  const out: Match[] = [];
  // `loose` says where to look; its hit is taken as it is where `pattern` would find the same: no character on
  // which their case rules differ (foldsDiffer) and ASCII on both sides of the hit, where their boundaries agree
  // (every alternative `loose` passed over, `pattern`, stricter, passes over too). Elsewhere `pattern` is tried at
  // that start. Same result as scanning with `pattern`; its Unicode, case-insensitive form is costly to run over
  // everything, and in SpiderMonkey also to compile (~15 ms), which most pages now never do.
  const loose = looseFor(matcher, text);
  const exact = foldsDiffer(text);
  loose.lastIndex = 0;
  let from = 0; // matches do not overlap
  let l: RegExpExecArray | null;
  while ((l = loose.exec(text))) {
    const p = l.index;
    loose.lastIndex = p + 1; // overlapping starts too
    if (p < from) continue;
    let m: RegExpExecArray | null = l;
    const e = p + l[0].length;
    if (exact || (p > 0 && text.charCodeAt(p - 1) > 0x7f) || (e < text.length && text.charCodeAt(e) > 0x7f)) {
      const at = matcher.patternAt; // made here, where it is needed: constructing it parses its Unicode classes (~0.5 ms)
      at.lastIndex = p;
      m = at.exec(text);
      if (!m) continue;
    }
    const alias = resolveAlias(matcher, m[1] ?? '', m[2]);
    if (!alias) continue; // a shorter alias may still start just after
    const endN = p + m[0].length;
    from = endN;
    const start = map ? map[p]! : p;
    const end = map ? map[endN]! : endN;
    out.push({ start, end, id: alias.id, category: alias.category, text: original.slice(start, end), needsContext: alias.needsContext, level: alias.level });
  }
  return out;
}

/** Applies the context rule: an ambiguous alias counts only beside another mention or a context word. */
export function applyContext(matcher: Matcher, text: string, found: Match[]): Match[] {
  const matches = found.filter((m) => !excluded(m));
  if (!matches.some((m) => m.needsContext)) return matches;
  // A name's own words are not its context ("Writers Guild", "Universal Studios").
  let rest = text;
  for (const m of matches) rest = rest.slice(0, m.start) + ' '.repeat(m.end - m.start) + rest.slice(m.end);
  const sure = matches.some((m) => !m.needsContext) || matcher.contextPatterns.some((re) => re.test(rest));
  return sure ? matches : matches.filter((m) => !m.needsContext);
}

/** Is this hit a name that is not the entity ("Disney World", "Writers Guild of Canada")? */
export const excluded = (m: { level?: Level }) => m.level === 'exclude';

/** findMatches + applyContext for one block of text. */
export function scanText(matcher: Matcher, text: string): Match[] {
  return applyContext(matcher, text, findMatches(matcher, text));
}

const GLUED = /(?<=\S)[A-Z]/g;
/** Is the code unit an ASCII letter or digit? */
const asciiWord = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * Where in a stretch of page text (many blocks joined with nothing between them, as textContent gives them) a
 * mention may be: [start, end) offsets, sorted, a superset of what scanText finds in each block on its own.
 * `loose` finds every alias whose neighbours are not ASCII letters or digits. An alias at the edge of a block can
 * lose that boundary to the neighbouring block's text ("…newsNetflix…", "Paramount+Apple"), so wherever a
 * capital follows anything but a space, an alias ending there (or starting there, after a letter or digit) is a
 * candidate too. Not covered (docs/architecture.md § Speed): a block that begins with a lower-case letter or a
 * digit right after another block's text, with no space between.
 * Text that is not NFC or holds soft hyphens is not handled here (the caller reads it block by block).
 */
export function candidates(matcher: Matcher, text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = looseFor(matcher, text);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push([m.index, m.index + m[0].length]);
    // Overlapping ones too: "Open AI" + "AI moratorium…" in one block, "moratorium on state AI laws" in the next.
    re.lastIndex = m.index + 1;
  }
  let extra = false;
  // A capital after anything but a space (ASCII and no Unicode flag: ~1 ms per MB in both engines).
  GLUED.lastIndex = 0;
  while ((m = GLUED.exec(text))) {
    const p = m.index;
    if (asciiWord(text.charCodeAt(p - 1))) {
      matcher.startsAt.lastIndex = p;
      const s = matcher.startsAt.exec(text);
      if (s) {
        out.push([p, p + s[0].length]);
        extra = true;
      }
    }
    // An alias ending here, with a letter, digit or sign ("Paramount+", "A.I.") before the capital.
    if (!mayEndAt(matcher, text, p)) continue;
    matcher.endsAt.lastIndex = p;
    if (matcher.endsAt.test(text)) {
      const from = Math.max(0, p - 2 * matcher.maxLength - 2);
      const e = matcher.endsHere.exec(text.slice(from, p));
      out.push([e ? from + e.index : from, p]);
      extra = true;
    }
  }
  return extra ? out.sort((a, b) => a[0] - b[0] || a[1] - b[1]) : out;
}
