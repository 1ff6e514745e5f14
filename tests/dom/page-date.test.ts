// The page's date as the content script reads it, on markup patterns taken from news sites.
import { describe, expect, it, vi } from 'vitest';
import { pageFacts, readPageDate } from '../../src/content/page-date';
import type { Mentions } from '../../src/content/annotator/mentions';
import { parseDate } from '../../src/core/page-date';

const TODAY = '2026-12-04';

function doc(head: string, body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}
const ld = (json: unknown) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;
const article = (header: string, text = '<p>Body text.</p>') => `<article><header><h1>Headline</h1>${header}</header>${text}</article>`;

describe('readPageDate', () => {
  it('reads article:published_time (Open Graph article meta)', () => {
    expect(readPageDate(doc('<meta property="article:published_time" content="2023-07-25T14:03:11.000Z">', article('')), TODAY)).toBe('2023-07-25');
  });

  it('reads other meta names: parsely-pub-date, sailthru.date, itemprop datePublished', () => {
    expect(readPageDate(doc('<meta name="parsely-pub-date" content="2024-08-01T09:00:00-07:00">', ''), TODAY)).toBe('2024-08-01');
    expect(readPageDate(doc('<meta name="sailthru.date" content="20230920">', ''), TODAY)).toBe('2023-09-20');
    expect(readPageDate(doc('<meta itemprop="datePublished" content="2026-04-10">', ''), TODAY)).toBe('2026-04-10');
  });

  it('reads JSON-LD datePublished: a NewsArticle, an @graph (Yoast), an array, a nested mainEntity', () => {
    expect(readPageDate(doc(ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: '2023-07-14T12:00:00-04:00' }), ''), TODAY)).toBe('2023-07-14');
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'x' }, { '@type': 'NewsArticle', datePublished: '2023-11-09T01:22:00+00:00' }] };
    expect(readPageDate(doc(ld(graph), ''), TODAY)).toBe('2023-11-09');
    expect(readPageDate(doc(ld([{ '@type': 'BreadcrumbList' }, { '@type': 'Article', datePublished: '2025-06-11' }]), ''), TODAY)).toBe('2025-06-11');
    expect(readPageDate(doc('', ld({ '@type': 'WebPage', mainEntity: { '@type': 'NewsArticle', datePublished: '2024-09-17' } })), TODAY)).toBe('2024-09-17');
  });

  it("reads <time datetime> in the article's header, not one in the body", () => {
    expect(readPageDate(doc('', article('<p class="byline">By A. Writer <time datetime="2023-05-02T08:00:00Z">May 2</time></p>')), TODAY)).toBe('2023-05-02');
    expect(readPageDate(doc('', article('', '<p>Talks resumed on <time datetime="2023-08-11">Aug. 11</time>.</p>')), TODAY)).toBeUndefined();
  });

  it('reads a dateline beside the headline when nothing structured says a date', () => {
    expect(readPageDate(doc('', article('<p>Los Angeles — July 25, 2023</p>')), TODAY)).toBe('2023-07-25');
    expect(readPageDate(doc('', '<h1>Headline</h1><div class="meta">Published 9 November 2023, 10:41</div><p>…</p>'), TODAY)).toBe('2023-11-09');
  });

  it('none: a page that gives no date', () => {
    expect(readPageDate(doc('<meta name="description" content="A page">', article('<p>By A. Writer</p>')), TODAY)).toBeUndefined();
    expect(readPageDate(doc('', '<p>No headline at all, written 3 March 2024.</p>'), TODAY)).toBeUndefined();
  });

  it('looks the document over once, for every carrier of a date and the headline, however many patterns it knows', () => {
    // Every lookup that finds nothing walks the whole document: on a 10 MB page each one is a long task's worth.
    const d = doc('<meta name="description" content="A page">', article('<p>By A. Writer</p>'));
    const all = vi.spyOn(d, 'querySelectorAll');
    const one = vi.spyOn(d, 'querySelector');
    expect(readPageDate(d, TODAY)).toBeUndefined();
    expect(all.mock.calls.length + one.mock.calls.length).toBe(1);
  });

  it('several that disagree: JSON-LD, then meta, then <time>, then the dateline', () => {
    const head = `${ld({ '@type': 'NewsArticle', datePublished: '2023-07-25', dateModified: '2023-12-01' })}<meta property="article:published_time" content="2023-07-26T00:00:00Z">`;
    const body = article('<time datetime="2023-08-01">Aug 1</time><p>July 30, 2023</p>');
    expect(readPageDate(doc(head, body), TODAY)).toBe('2023-07-25');
    expect(readPageDate(doc('<meta property="article:published_time" content="2023-07-26T00:00:00Z">', body), TODAY)).toBe('2023-07-26');
    expect(readPageDate(doc('', body), TODAY)).toBe('2023-08-01');
  });

  it('skips what cannot be the date: broken JSON-LD, a template placeholder, a date in the future', () => {
    const head = `<script type="application/ld+json">{"datePublished": "2023-07-25",</script><meta property="article:published_time" content="2099-01-01"><meta name="date" content="{{date}}"><meta name="pubdate" content="2023-10-09">`;
    expect(readPageDate(doc(head, ''), TODAY)).toBe('2023-10-09');
  });
});

describe('parseDate', () => {
  it('ISO, compact, month-day-year and day-month-year; not impossible dates', () => {
    expect(['2023-07-25T23:30:00-07:00', '20230725', 'Jul. 25, 2023', 'Sept 27th, 2023', '27 September 2023', '2023-02-30', 'yesterday'].map(parseDate)).toEqual([
      '2023-07-25', '2023-07-25', '2023-07-25', '2023-09-27', '2023-09-27', undefined, undefined,
    ]);
  });
});

describe('pageFacts', () => {
  // The names in the page's headline: our marks inside its first <h1>, read through the mentions we hold.
  const mentions = { byMark: (el: Element) => (el.getAttribute('data-backstory') ? { id: el.getAttribute('data-backstory')! } : null) } as unknown as Mentions;

  it('reads the date once per address, and finds a headline that a page renders after its first report', () => {
    const meta = document.createElement('meta');
    meta.setAttribute('property', 'article:published_time');
    meta.setAttribute('content', '2023-07-25T14:03:11Z');
    document.head.replaceChildren(meta);
    document.body.replaceChildren();
    const href = 'https://example.com/late-headline';
    expect(pageFacts(mentions, href)).toEqual({ published: '2023-07-25' });
    const h1 = document.createElement('h1');
    const mark = h1.appendChild(document.createElement('mark'));
    mark.setAttribute('data-backstory', 'wga');
    mark.textContent = 'WGA';
    document.body.append(h1);
    document.head.replaceChildren(); // read once per address: the date stays
    expect(pageFacts(mentions, href)).toEqual({ published: '2023-07-25', lead: ['wga'] });
    // A new headline replacing the old one (a single-page app's re-render) is found again.
    const next = h1.cloneNode(true) as Element;
    next.querySelector('mark')!.setAttribute('data-backstory', 'sag-aftra');
    h1.replaceWith(next);
    expect(pageFacts(mentions, href).lead).toEqual(['sag-aftra']);
  });
});
