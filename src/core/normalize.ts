// Text normalisation shared by the matcher and the dataset checks. Pure.

/** Hyphen-like characters that papers use inside names such as SAG-AFTRA. */
export const HYPHENS = '\\-\u2010\u2011\u2012\u2013';
const HYPHEN_RE = /[\u2010\u2011\u2012\u2013]/g;
const APOSTROPHE_RE = /[\u2019\u02bc]/g;
const SPACE_RE = /\s+/g; // \s covers U+00A0 and the other Unicode spaces

/** Case-preserving canonical form: NFC, one kind of hyphen, apostrophe and space. */
export function canonical(text: string): string {
  // ASCII is its own NFC and holds none of the other hyphens and apostrophes: the first normalize() of a content
  // script costs SpiderMonkey ~2 ms (ICU's set-up), before the first highlight.
  if (!NON_ASCII.test(text)) return text.replace(SPACE_RE, ' ');
  return text.normalize('NFC').replace(HYPHEN_RE, '-').replace(APOSTROPHE_RE, "'").replace(SPACE_RE, ' ');
}

/** The key under which an alias is looked up: canonical and lower-case. */
export function aliasKey(text: string): string {
  return canonical(text).toLowerCase();
}

export const NON_ASCII = /[^\x00-\x7f]/;
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

export interface Normalized {
  text: string;
  /** map[i] = offset in the original text of normalized offset i (length text.length + 1); null when identical. */
  map: number[] | null;
}

const SOFT_HYPHEN = '\u00ad';

/** Would toNfc change this text (is it not NFC, or does it hold soft hyphens)? */
export function needsNfc(text: string): boolean {
  return NON_ASCII.test(text) && (text.includes(SOFT_HYPHEN) || text.normalize('NFC') !== text);
}

/**
 * NFC-normalises text and drops soft hyphens (pages insert them inside long words: "Net&shy;flix"), keeping a
 * map back to the original offsets, so matches can be placed in the DOM.
 */
export function toNfc(text: string): Normalized {
  if (!NON_ASCII.test(text)) return { text, map: null };
  const nfc = text.normalize('NFC');
  if (nfc === text && !text.includes(SOFT_HYPHEN)) return { text, map: null };
  let out = '';
  const map: number[] = [];
  for (const m of text.matchAll(CLUSTER)) {
    if (m[0] === SOFT_HYPHEN) continue;
    const piece = m[0].normalize('NFC');
    for (let k = 0; k < piece.length; k++) map.push(m.index);
    out += piece;
  }
  map.push(text.length);
  return { text: out, map };
}
