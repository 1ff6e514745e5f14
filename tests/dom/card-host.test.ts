// removeOldCards (src/content/card/host.ts): cards an older copy of the content script left are removed at start;
// an element of the page's own that happens to share the tag name is not.
import { describe, expect, it } from 'vitest';

const { removeOldCards } = await import('../../src/content/card/host');

describe('removeOldCards', () => {
  it('removes every card of ours, wherever it is, and nothing of the page', () => {
    const ours = document.createElement('backstory-card');
    ours.setAttribute('data-backstory-card', '');
    const theirs = Object.assign(document.createElement('backstory-card'), { id: 'page' });
    const div = document.createElement('div');
    div.append(ours);
    document.body.replaceChildren(div, theirs);
    const second = document.createElement('backstory-card');
    second.setAttribute('data-backstory-card', '');
    document.documentElement.append(second);
    removeOldCards();
    expect([...document.getElementsByTagName('backstory-card')].map((c) => c.id)).toEqual(['page']);
    expect(second.isConnected).toBe(false);
  });
});
