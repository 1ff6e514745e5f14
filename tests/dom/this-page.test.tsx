import { describe, expect, it, vi } from 'vitest';
import dataset from 'virtual:backstory/dataset';
import { CATEGORIES } from '../../src/core/types';
import { ThisPage, pageSummary, type PageState } from '../../src/popup/views/ThisPage';
import { click, mount, text } from './support/render';


const byId = new Map(dataset.entities.map((e) => [e.id, e]));
// A realistic page: 12 mentions of 7 names across four categories.
const counts = { wga: 3, 'sag-aftra': 2, netflix: 2, disney: 1, amptp: 2, 'generative-ai': 1, 'fran-drescher': 1 };
const page: PageState = { kind: 'page', counts };

function view(state: PageState, on: Partial<{ reveal: (id: string) => void; open: (id: string) => void; allow: () => void }> = {}) {
  return mount(<ThisPage state={state} byId={byId} onReveal={on.reveal ?? (() => {})} onOpen={on.open ?? (() => {})} onAllow={on.allow ?? (() => {})} />);
}

describe('This page view', () => {
  it('says how many mentions of how many names', () => {
    expect(pageSummary(page, byId)).toBe('12 mentions of 7 names');
    expect(pageSummary({ kind: 'page', counts: { wga: 1 } }, byId)).toBe('1 mention of 1 name');
    expect(pageSummary({ kind: 'loading' }, byId)).toBe('');
  });

  it('lists exactly the mentioned entities, grouped by category in order, most mentioned first', () => {
    const root = view(page);
    const rows = [...root.querySelectorAll<HTMLElement>('li.entity')];
    expect(Object.fromEntries(rows.map((li) => [li.dataset.entity, Number(li.dataset.count)]))).toEqual(counts);
    const cats = [...root.querySelectorAll<HTMLElement>('section[data-category]')].map((s) => s.dataset.category);
    expect(cats).toEqual(CATEGORIES.filter((c) => cats.includes(c)));
    expect(cats).toEqual(['studio', 'union', 'trade-group', 'person', 'ai-term']);
    const unions = [...root.querySelectorAll<HTMLElement>('section[data-category="union"] li.entity')].map((li) => li.dataset.entity);
    expect(unions).toEqual(['wga', 'sag-aftra']);
    expect(text(root.querySelector('section[data-category="studio"] h2'))).toBe('Studios (3 mentions)');
    expect(text(root.querySelector('li[data-entity="wga"] .n .sr'))).toBe('3 mentions');
  });

  it('expands a row to the summary and key facts with https sources', () => {
    const root = view(page);
    const name = root.querySelector('li[data-entity="sag-aftra"] button.name')!;
    expect(name.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('li[data-entity="sag-aftra"] .detail')).toBeNull();
    click(name);
    expect(name.getAttribute('aria-expanded')).toBe('true');
    const detail = root.querySelector('li[data-entity="sag-aftra"] .detail')!;
    const sag = byId.get('sag-aftra')!;
    expect(text(detail)).toContain(sag.summary.text);
    expect(detail.querySelectorAll('.facts > li')).toHaveLength(Math.min(3, sag.facts.length));
    for (const a of detail.querySelectorAll('a')) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.getAttribute('target')).toBe('_blank');
    }
  });

  it('"Show on page" asks for that entity, "More about" opens its detail', () => {
    const reveal = vi.fn();
    const open = vi.fn();
    const root = view(page, { reveal, open });
    const show = root.querySelector('li[data-entity="netflix"] button.show')!;
    expect(show.getAttribute('aria-label')).toBe('Show on page: Netflix');
    click(show);
    click(show);
    expect(reveal).toHaveBeenCalledTimes(2);
    expect(reveal).toHaveBeenLastCalledWith('netflix');
    click(root.querySelector('li[data-entity="netflix"] button.name'));
    click(root.querySelector('li[data-entity="netflix"] [data-open-entity="netflix"]'));
    expect(open).toHaveBeenCalledWith('netflix');
  });

  it('ignores ids the dataset does not know', () => {
    const root = view({ kind: 'page', counts: { wga: 2, 'no-such-thing': 4 } });
    expect(root.querySelectorAll('li.entity')).toHaveLength(1);
    expect(pageSummary({ kind: 'page', counts: { wga: 2, 'no-such-thing': 4 } }, byId)).toBe('2 mentions of 1 name');
  });

  it('has an empty state and a loading state', () => {
    expect(text(view({ kind: 'page', counts: {} }))).toBe('No studios, unions, people, laws or AI terms from the story on this page.');
    expect(text(view({ kind: 'loading' }))).toBe('Reading this page…');
  });

  it('says in one line why it cannot read a page, and offers the permission where it can', () => {
    const allow = vi.fn();
    let root = view({ kind: 'unavailable', reason: 'restricted' }, { allow });
    expect(root.querySelector('.why')!.getAttribute('data-reason')).toBe('restricted');
    expect(text(root.querySelector('.why p'))).toMatch(/^Browsers do not let extensions read their own pages/);
    expect(root.querySelector('button.primary')).toBeNull();
    expect(text(root)).toContain('Positions, Timeline and Search still work.');

    root = view({ kind: 'unavailable', reason: 'permission', site: 'variety.com', canAllow: true }, { allow });
    expect(text(root.querySelector('.why p'))).toBe('Backstory does not have your permission to read variety.com.');
    click(root.querySelector('button.primary'));
    expect(allow).toHaveBeenCalledOnce();

    root = view({ kind: 'unavailable', reason: 'disabled', site: 'example.com' });
    expect(text(root.querySelector('.why p'))).toBe('You turned Backstory off on example.com.');
    root = view({ kind: 'unavailable', reason: 'permission', site: 'variety.com', canAllow: true, allowFailed: true });
    expect(text(root.querySelector('[role="alert"]'))).toBe('The permission was not granted.');
  });
});
