// Whole pages of the golden corpus: what a reader meets on a real site (navigation, headline, byline, article,
// related links, footer), written for this corpus. Format: tests/golden/README.md § Whole pages.
export interface WholePage {
  name: string;
  /** Is the page about the screen industry, its labour, or AI and creative work? */
  topic: 'on' | 'off';
  /** HTML with inline markup: [[surface|entity-id]] an expected mention, {{surface}} a trap. */
  html: string;
}

/** A site's chrome around an article: its nav, the article, a related-links list and a footer. */
export function shell(site: string, nav: string[], article: string, related: string[] = [], footer = ''): string {
  const links = (items: string[]) => items.map((t, i) => `<li><a href="/${i}">${t}</a></li>`).join('');
  return `<header><a class="logo" href="/">${site}</a><nav><ul>${links(nav)}</ul></nav><form role="search"><input placeholder="Search ${site}"></form></header>
<main><article>${article}</article>${related.length ? `<aside><h3>Related</h3><ul>${links(related)}</ul></aside>` : ''}</main>
<footer><p>© 2026 ${site}. All rights reserved.</p>${footer ? `<p>${footer}</p>` : ''}<ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer>`;
}

/** A headline, a byline and the article's paragraphs (each may hold its own markup). */
export function story(headline: string, byline: string, paragraphs: string[]): string {
  return `<h1>${headline}</h1><p class="byline">${byline}</p>${paragraphs.map((p) => (p.startsWith('<') ? p : `<p>${p}</p>`)).join('\n')}`;
}
