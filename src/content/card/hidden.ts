// Mentions the reader dismissed with "Not this": their marks stay (the text is the page's) but show as plain
// text (content.css) and are no longer announced as highlighted.
import type { Mention } from '../annotator/wrap';

export const HIDDEN_ATTR = 'data-backstory-hidden';

export const isHidden = (m: Mention): boolean => m.marks.some((el) => el.hasAttribute(HIDDEN_ATTR));

export function hideMention(m: Mention): void {
  for (const el of m.marks) {
    el.setAttribute(HIDDEN_ATTR, '');
    el.setAttribute('role', 'none');
  }
}
