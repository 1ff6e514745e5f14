// What the popup's briefing needs from the page besides the counts: its publication date and which names its
// headline carries. Read from the date's usual carriers and the article's header only (one selector pass over the
// elements, no walk of the text), once per address; sent with the counts (src/content/report.ts).
import { choosePublished, jsonLdDates, type DateCandidate } from '../core/page-date';
import type { Mentions } from './annotator/mentions';

/** Meta tags that carry the publication date, by name or property (lower case). */
const META_NAMES = new Set([
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.created',
  'article.published',
]);

const HEADER_TIMES = ['article header time[datetime]', 'main header time[datetime]', 'time[itemprop="datePublished"]', 'time[pubdate][datetime]', 'h1 ~ time[datetime]'];
const MAX_JSONLD = 100_000;

/**
 * Everything that may carry the date, and the headline (the first <h1>), found in one pass over the document: each
 * lookup on its own walks the whole document when nothing matches it (eight took ~100 ms on a 10 MB page in Firefox).
 */
const CARRIERS = 'meta[content], script[type="application/ld+json"], time[datetime], h1';

interface Carriers {
  structured: DateCandidate[];
  h1: Element | null;
}

function findCarriers(doc: Document): Carriers {
  const jsonLd: DateCandidate[] = [];
  const meta: DateCandidate[] = [];
  const times: Element[] = [];
  let h1: Element | null = null;
  for (const el of doc.querySelectorAll(CARRIERS)) {
    if (el.localName === 'h1') h1 ??= el;
    else if (el.localName === 'time') times.push(el);
    else if (el.localName === 'script') {
      const text = el.textContent ?? '';
      if (text.length <= MAX_JSONLD) for (const value of jsonLdDates(text)) jsonLd.push({ from: 'jsonld', value });
    } else {
      const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
      if (META_NAMES.has(name)) meta.push({ from: 'meta', value: el.getAttribute('content') ?? '' });
    }
  }
  // Each header pattern in turn, its first match in document order.
  const time: DateCandidate[] = [];
  for (const sel of HEADER_TIMES) {
    const el = times.find((t) => t.matches(sel));
    if (el) time.push({ from: 'time', value: el.getAttribute('datetime') ?? '' });
  }
  return { structured: [...jsonLd, ...meta, ...time], h1 };
}

/** A dateline: the text of the headline's <header>, or of the two small elements after the headline. */
function datelineCandidates(h1: Element | null): DateCandidate[] {
  if (!h1) return [];
  const header = h1.closest('header');
  const near = header && header.children.length <= 12 ? [header] : [h1.nextElementSibling, h1.nextElementSibling?.nextElementSibling];
  return near.filter((el) => el && el.children.length <= 12).map((el) => ({ from: 'dateline' as const, value: (el!.textContent ?? '').slice(0, 400) }));
}

/** The page's publication date (YYYY-MM-DD) or undefined when it does not say, and its headline. */
function readPage(doc: Document, today: string): { published: string | undefined; h1: Element | null } {
  const { structured, h1 } = findCarriers(doc);
  // The dateline is read only when nothing structured said a date: it is the least sure.
  return { published: choosePublished(structured, today) ?? choosePublished(datelineCandidates(h1), today), h1 };
}

const isoToday = () => new Date().toISOString().slice(0, 10);

/** The page's publication date (YYYY-MM-DD), or undefined when it does not say. */
export function readPageDate(doc: Document = document, today = isoToday()): string | undefined {
  return readPage(doc, today).published;
}

/** The entities named in the page's main headline (our marks inside its first <h1>). */
export function headlineIds(mentions: Mentions, h1: Element | null): string[] {
  if (!h1) return [];
  const ids = new Set<string>();
  for (const el of h1.querySelectorAll('mark[data-backstory]')) {
    const id = mentions.byMark(el)?.id;
    if (id) ids.add(id);
  }
  return [...ids].slice(0, 20);
}

/** Per address: the date, read once, and the headline element, looked up again only while it is missing or gone. */
let cached: { href: string; published: string | undefined; h1: Element | null } | undefined;

/**
 * The briefing's page facts for the report: the date and the headline's names. Called only when the counts changed
 * (report.ts): a page without a headline costs one lookup per change, which a headline rendered late needs.
 */
export function pageFacts(mentions: Mentions, href: string): { published?: string; lead?: string[] } {
  if (cached?.href !== href) cached = { href, ...readPage(document, isoToday()) };
  else if (!cached.h1?.isConnected) cached.h1 = document.querySelector('h1');
  const lead = headlineIds(mentions, cached.h1);
  return { ...(cached.published ? { published: cached.published } : {}), ...(lead.length ? { lead } : {}) };
}
