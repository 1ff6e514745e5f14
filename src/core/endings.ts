// Which characters an alias can end with, so a scan can skip glued text cheaply (mayEndAt). Pure.
// See docs/architecture.md § Speed.
import { canonical } from './normalize';

const ENDING = 3;

/**
 * The last ENDING characters of every alias and of its plurals, lower-case (an alias shorter than that: all of
 * it). A space stands for a run of ASCII spaces (the `\s+` between words). mayEndAt lets through anything that is
 * not ASCII, so the other hyphens, apostrophes and spaces need no entry.
 */
export function endings(texts: string[]): string[] {
  const out = new Set<string>();
  for (const t of texts) {
    const c = canonical(t).toLowerCase();
    for (const form of [c, `${c}s`, `${c}es`]) out.add(form.slice(-ENDING));
  }
  return [...out];
}

/** ASCII space as `\s` counts it. */
const asciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * Can an alias (with a plural ending) end at p, judged by the characters before it? False only where endsAt could
 * not match: the last three (a run of spaces counting as one) are ASCII, which `i` folds to ASCII only, and no
 * alias ends with them. Paragraphs glued together ("…said.Next") are mostly ruled out without running endsAt, a
 * lookbehind over every alias; "…times.Next" is not ("I.A.T.S.E.").
 */
export function mayEndAt(matcher: { readonly ends: ReadonlySet<string> }, text: string, p: number): boolean {
  let key = '';
  for (let i = p - 1; key.length < ENDING; i--) {
    if (i < 0) return true; // the text starts: an alias may be as short as what is left
    const c = text.charCodeAt(i);
    if (c >= 0x80) return true;
    if (asciiSpace(c)) {
      while (i > 0 && asciiSpace(text.charCodeAt(i - 1))) i--;
      key = ` ${key}`;
    } else key = String.fromCharCode(c).toLowerCase() + key;
    if (matcher.ends.has(key)) return true;
  }
  return false;
}
