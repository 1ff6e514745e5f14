// Whole pages: their inline markup turned into the page-case format (clean html, expected texts with their
// occurrence in textContent, traps). Needs a DOMParser (happy-dom or a browser).
import type { PageCase } from '../pages';
import { OFF_TOPIC } from './off-topic';
import { ON_TOPIC } from './on-topic';
import type { WholePage } from './shell';

export type { WholePage } from './shell';
export const WHOLE_PAGES: WholePage[] = [...ON_TOPIC, ...OFF_TOPIC];

export interface WholeCase extends PageCase {
  topic: 'on' | 'off';
}

const MARK = /\[\[([^\]|]+)\|([a-z0-9-]+)\]\]|\{\{([^}]+)\}\}/g;
const OPEN_E = '\uE000';
const OPEN_T = '\uE002';
const CLOSE = '\uE001';

/** The nth occurrence (1-based) of needle in hay that starts at `at`. */
function occurrence(hay: string, needle: string, at: number): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0 && i <= at; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

/** The page-case form of a whole page: where each marked surface lands in the clean page's textContent. */
export function wholeCase(page: WholePage): WholeCase {
  const ids: string[] = [];
  const sentinelled = page.html.replace(MARK, (_, surface: string | undefined, id: string | undefined, trap: string | undefined) => {
    if (surface !== undefined) {
      ids.push(id!);
      return `${OPEN_E}${surface}${CLOSE}`;
    }
    return `${OPEN_T}${trap}${CLOSE}`;
  });
  const html = page.html.replace(MARK, (_, surface: string | undefined, _id: string | undefined, trap: string | undefined) => surface ?? trap ?? '');
  const parse = (h: string) => new DOMParser().parseFromString(`<!doctype html><html><body>${h}</body></html>`, 'text/html').body.textContent ?? '';
  const marked = parse(sentinelled);
  const clean = parse(html);
  const expect: WholeCase['expect'] = [];
  const traps: WholeCase['traps'] = [];
  let removed = 0;
  let open: { kind: string; at: number } | null = null;
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i]!;
    if (c === OPEN_E || c === OPEN_T) {
      open = { kind: c, at: i - removed };
      removed++;
    } else if (c === CLOSE && open) {
      const text = clean.slice(open.at, i - removed);
      const n = occurrence(clean, text, open.at);
      if (open.kind === OPEN_E) expect.push([text, ids[expect.length]!, n]);
      else traps.push([text, n]);
      removed++;
      open = null;
    }
  }
  if (expect.length !== ids.length) throw new Error(`${page.name}: a marked surface is not in the page's text`);
  return { name: page.name, topic: page.topic, html, expect, traps };
}

/** Words on a page (marks per 1,000 words). */
export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
