// Settings applied to an annotated page without reload: categories, aliases, first mention, style, site off.
import { beforeEach, describe, expect, it } from 'vitest';
import matcherData from 'virtual:backstory/matcher-data';

const { Annotator } = await import('../../src/content/annotator/annotator');
const { applyStyle, STYLE_ATTR } = await import('../../src/content/settings');
const { contentSettings, DEFAULTS } = await import('../../src/shared/settings');

const TEXT = `<p>Netflix and Disney met the WGA. Netflix said the WGA and SAG-AFTRA want rules on generative AI.</p>
<p>Later, the Writers Guild of America and Netflix signed.</p>`;

const marks = () => [...document.querySelectorAll('mark[data-backstory]')].map((m) => (m as HTMLElement).dataset.backstory!);
const cats = () => new Set([...document.querySelectorAll('mark[data-backstory]')].map((m) => (m as HTMLElement).dataset.backstoryCategory));
const snap = (over: Partial<typeof DEFAULTS>, host = 'example.com') => contentSettings({ ...structuredClone(DEFAULTS), ...over }, host);

let page: InstanceType<typeof Annotator>;
/** Applies s as the content script does, the rescan it asks for done at once over the body. */
const apply = (s: ReturnType<typeof snap>) => {
  applyStyle(s.style);
  const applied = page.apply(s);
  if (applied.rescan) page.annotate(document.body);
  return applied;
};
beforeEach(() => {
  document.body.replaceChildren();
  const div = document.createElement('div');
  div.id = 'root';
  document.body.append(div);
  // Fixture from a constant, parsed by the test DOM (no page input).
  const doc = new DOMParser().parseFromString(TEXT, 'text/html');
  div.append(...doc.body.childNodes);
  document.documentElement.removeAttribute(STYLE_ATTR);
  page = new Annotator(matcherData);
});

describe('settings applied to an annotated page', () => {
  it('defaults mark every mention', () => {
    apply(snap({}));
    expect(marks().filter((id) => id === 'netflix')).toHaveLength(3);
    expect(cats()).toContain('studio');
  });

  it('turning a category off removes its marks and keeps the others; on again brings them back', () => {
    apply(snap({}));
    const before = document.body.textContent;
    apply(snap({ categories: { ...DEFAULTS.categories, studio: false } }));
    expect(cats()).not.toContain('studio');
    expect(cats()).toContain('union');
    expect(document.body.textContent).toBe(before);
    expect(page.mentions.all().every((m) => m.category !== 'studio')).toBe(true);
    // A later scan (new content) respects the filter too.
    const p = document.createElement('p');
    p.textContent = 'Disney again.';
    document.body.append(p);
    page.annotate(p);
    expect(cats()).not.toContain('studio');
    apply(snap({}));
    expect(marks().filter((id) => id === 'netflix')).toHaveLength(3);
    expect(marks()).toContain('disney');
  });

  it('first mention only keeps the first of each entity in document order', () => {
    apply(snap({}));
    apply(snap({ mentions: 'first' }));
    const ids = marks();
    expect(ids.filter((id) => id === 'netflix')).toHaveLength(1);
    expect(new Set(page.mentions.all().map((m) => m.id)).size).toBe(page.mentions.all().length);
    const first = document.querySelector('mark[data-backstory="netflix"]')!;
    expect(first.compareDocumentPosition(document.querySelector('p')!.lastChild!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // From scratch in first mode: same result.
    const before = [...document.querySelectorAll('mark')].map((m) => m.textContent);
    page.clear();
    page = new Annotator(matcherData);
    apply(snap({ mentions: 'first' }));
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(before);
  });

  it('only the style changed: the marks stay as they are', () => {
    apply(snap({}));
    const before = [...document.querySelectorAll('mark')];
    expect(apply(snap({ style: 'subtle' }))).toEqual({ removed: false, rescan: false });
    expect([...document.querySelectorAll('mark')]).toEqual(before);
  });

  it('a disabled alias is not marked, other aliases of the entity still are', () => {
    apply(snap({ disabledAliases: ['WGA'] }));
    const wga = [...document.querySelectorAll('mark[data-backstory="wga"]')].map((m) => m.textContent);
    expect(wga.join('')).not.toMatch(/^WGA$/);
    expect(wga.join('')).toContain('Writers');
    expect([...document.querySelectorAll('mark')].some((m) => m.textContent === 'WGA')).toBe(false);
  });

  it('a disabled site or a pause removes every mark, and nothing comes back on later scans', () => {
    apply(snap({}));
    expect(marks().length).toBeGreaterThan(3);
    apply(snap({ disabledSites: ['example.com'] }, 'news.example.com'));
    expect(marks()).toEqual([]);
    page.annotate(document.body);
    expect(marks()).toEqual([]);
    apply(snap({}));
    expect(marks().length).toBeGreaterThan(3);
    apply(snap({ paused: true }));
    expect(marks()).toEqual([]);
  });

  it('the style is an attribute on <html> (none for the default)', () => {
    apply(snap({ style: 'underline' }));
    expect(document.documentElement.getAttribute(STYLE_ATTR)).toBe('underline');
    apply(snap({}));
    expect(document.documentElement.hasAttribute(STYLE_ATTR)).toBe(false);
  });
});
