// Generated benchmark pages: a long article with mentions spread through it, and one with none.
// Deterministic (seeded), so every run reads the same text.
import type { AliasEntry } from '../src/core/types';

const WORDS = (
  'the a of and to in that it was for on as with by at from this be have had not but which were all their ' +
  'would there been one more when will who said they about into than them could some what out time only ' +
  'over also after years new first two most other made many such where before then these through people ' +
  'under while those between since each same both still around little during morning evening river garden ' +
  'window table letter market station kitchen village season harvest weather journey bridge mountain'
).split(' ');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentence(r: () => number, min: number, max: number): string {
  const n = min + Math.floor(r() * (max - min + 1));
  const w: string[] = [];
  for (let i = 0; i < n; i++) w.push(WORDS[Math.floor(r() * WORDS.length)]!);
  const s = w.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface GeneratedPage {
  html: string;
  /** Mentions written into the page. */
  mentions: number;
  paragraphs: number;
}

/**
 * About `bytes` of HTML in paragraphs of ~50 bytes; every `every`-th paragraph holds one alias (as written in
 * the dataset), cycling through `aliases`. every = 0 writes none.
 */
export function article(title: string, bytes: number, aliases: AliasEntry[], every: number, seed = 1): GeneratedPage {
  const r = rng(seed);
  const parts: string[] = [
    `<!doctype html><html lang="en" data-backstory-bench><head><meta charset="utf-8"><title>${title}</title></head><body><article>`,
  ];
  let size = parts[0]!.length;
  let paragraphs = 0;
  let mentions = 0;
  while (size < bytes) {
    let text: string;
    if (paragraphs % 50 === 0) {
      const h = `<h2>${sentence(r, 2, 4)}</h2>\n`;
      parts.push(h);
      size += h.length;
    }
    // The first mention sits in the third paragraph, inside the first screen (the viewport-first goal).
    if (every && paragraphs % every === 2) {
      const alias = aliases[mentions % aliases.length]!;
      text = `${sentence(r, 2, 4)} ${alias.text} ${sentence(r, 1, 3).toLowerCase()}.`;
      mentions++;
    } else if (paragraphs % 7 === 3) {
      text = `${sentence(r, 2, 4)} <em>${sentence(r, 1, 2).toLowerCase()}</em> ${sentence(r, 1, 3).toLowerCase()}.`;
    } else text = `${sentence(r, 5, 8)}.`;
    const p = `<p>${text}</p>\n`;
    parts.push(p);
    size += p.length;
    paragraphs++;
  }
  parts.push('</article></body></html>\n');
  return { html: parts.join(''), mentions, paragraphs };
}
