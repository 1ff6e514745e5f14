// The bundled privacy page renders PRIVACY.md: its headings, lists and code, as text.
import { describe, expect, it } from 'vitest';
import policy from '../../PRIVACY.md?raw';
import { render } from 'preact';
import { parseMarkdown } from '../../src/core/markdown';
import { Privacy } from '../../src/pages/Privacy';


describe('privacy page', () => {
  it('shows every heading and list item of PRIVACY.md', () => {
    const root = document.createElement('div');
    render(<Privacy blocks={parseMarkdown(policy)} />, root);
    expect(root.querySelector('h1')?.textContent).toBe('Privacy policy');
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([...policy.matchAll(/^## (.+)$/gm)].map((m) => m[1]));
    expect(root.querySelectorAll('li')).toHaveLength([...policy.matchAll(/^- /gm)].length);
    expect([...root.querySelectorAll('code')].map((c) => c.textContent)).toContain('storage.sync');
  });

  it('renders markup in the text as text, and opens only web links', () => {
    const root = document.createElement('div');
    render(<Privacy blocks={parseMarkdown('# T\n\nA <img src=x onerror=alert(1)> [repo](CHANGELOG.md) [site](https://e.org)')} />, root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('p')?.textContent).toBe('A <img src=x onerror=alert(1)> repo site');
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://e.org']);
  });
});
