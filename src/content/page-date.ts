// What the popup's briefing needs from the page besides the counts: its publication date and which names its
// headline carries. Read from the head and the article's header only (a few selector lookups, no walk of the
// text), once per address; sent with the counts (src/content/report.ts).
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

function metaCandidates(doc: Document): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of doc.querySelectorAll<HTMLMetaElement>('meta[content]')) {
    const name = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    if (META_NAMES.has(name)) out.push({ from: 'meta', value: m.content });
  }
  return out;
}

function timeCandidates(doc: Document): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const sel of HEADER_TIMES) {
    const el = doc.querySelector<HTMLTimeElement>(sel);
    if (el) out.push({ from: 'time', value: el.getAttribute('datetime') ?? '' });
  }
  return out;
}

/** A dateline: the text of the headline's <header>, or of the two small elements after the headline. */
function datelineCandidates(doc: Document): DateCandidate[] {
  const h1 = doc.querySelector('article h1, main h1, h1');
  if (!h1) return [];
  const header = h1.closest('header');
  const near = header && header.children.length <= 12 ? [header] : [h1.nextElementSibling, h1.nextElementSibling?.nextElementSibling];
  return near.filter((el) => el && el.children.length <= 12).map((el) => ({ from: 'dateline' as const, value: (el!.textContent ?? '').slice(0, 400) }));
}

/** The page's publication date (YYYY-MM-DD), or undefined when it does not say. */
export function readPageDate(doc: Document = document, today = new Date().toISOString().slice(0, 10)): string | undefined {
  const candidates: DateCandidate[] = [];
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = s.textContent ?? '';
    if (text.length <= MAX_JSONLD) for (const value of jsonLdDates(text)) candidates.push({ from: 'jsonld', value });
  }
  candidates.push(...metaCandidates(doc), ...timeCandidates(doc));
  // The dateline is read only when nothing structured said a date: it is the least sure.
  return choosePublished(candidates, today) ?? choosePublished(datelineCandidates(doc), today);
}

/** The entities named in the page's main headline (our marks inside its first <h1>). */
export function headlineIds(mentions: Mentions, doc: Document = document): string[] {
  const h1 = doc.querySelector('article h1, main h1, h1');
  if (!h1) return [];
  const ids = new Set<string>();
  for (const el of h1.querySelectorAll('mark[data-backstory]')) {
    const id = mentions.byMark(el)?.id;
    if (id) ids.add(id);
  }
  return [...ids].slice(0, 20);
}

let cached: { href: string; published: string | undefined } | undefined;

/** The briefing's page facts for the report: the date (read once per address) and the headline's names. */
export function pageFacts(mentions: Mentions, href: string): { published?: string; lead?: string[] } {
  if (cached?.href !== href) cached = { href, published: readPageDate() };
  const lead = headlineIds(mentions);
  return { ...(cached.published ? { published: cached.published } : {}), ...(lead.length ? { lead } : {}) };
}
