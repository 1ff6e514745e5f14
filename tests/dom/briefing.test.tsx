// The briefing at the top of "This page", and the Positions and Timeline views that follow the page.
import { describe, expect, it } from 'vitest';
import { useState } from 'preact/hooks';
import dataset from 'virtual:backstory/dataset';
import { PopupView, type PageState, type Route } from '../../src/popup/PopupView';
import { click, input, mount, text } from './support/render';


function Harness({ page, start = { tab: 'page' } }: { page: PageState; start?: Route }) {
  const [route, setRoute] = useState<Route>(start);
  return (
    <PopupView dataset={dataset} page={page} route={route} onRoute={setRoute} onReveal={() => {}} onAllow={() => {}} query="" onQuery={() => {}} sourcesHref="chrome-extension://test/src/pages/sources.html" />
  );
}

const counts = { 'sag-aftra': 7, amptp: 4, 'digital-replica': 3, 'fran-drescher': 2, 'generative-ai': 1 };
const july2023: PageState = { kind: 'page', counts, lead: ['sag-aftra'], published: '2023-07-25' };
const undated: PageState = { kind: 'page', counts, lead: ['sag-aftra'] };
const offTopic: PageState = { kind: 'page', counts: { netflix: 3, chatgpt: 2, 'generative-ai': 2 } };
const none: PageState = { kind: 'page', counts: {} };
const ids = (root: Element, sel: string, key: string) => [...root.querySelectorAll<HTMLElement>(sel)].map((el) => el.dataset[key]);

describe('Briefing', () => {
  it('a July 2023 actors page: its storyline and date, where the parties stood, and what happened since, sourced', () => {
    const root = mount(<Harness page={july2023} />);
    const b = root.querySelector<HTMLElement>('.briefing')!;
    expect(b.dataset.storylines).toBe('actors-strike-2023');
    expect(text(b.querySelector('.story'))).toMatch(/^The 2023 actors' strike: digital replicas and consent · published .*2023$/);
    expect(b.querySelector<HTMLElement>('.when')!.dataset.published).toBe('2023-07-25');
    expect(ids(b, '.stood li', 'party')).toEqual(['sag-aftra', 'amptp']);
    expect(b.querySelector('.stood li[data-party="sag-aftra"] .disputed')).not.toBeNull(); // that cell is disputed
    const since = [...b.querySelectorAll<HTMLElement>('.since li')];
    const dates = since.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((d) => d > '2023-07-25')).toBe(true);
    expect(ids(b, '.since li', 'event')).toEqual(expect.arrayContaining(['sag-aftra-strike-ends', 'sag-aftra-2026-deal-to-members']));
    for (const li of [...since, ...b.querySelectorAll('.stood li')]) expect(li.querySelector('a[href^="https://"][rel="noopener noreferrer"]')).not.toBeNull();
    // The briefing sits above the list of names.
    expect(root.querySelector('[role="tabpanel"]')!.firstElementChild).toBe(b);
    click(b.querySelector('button.more'));
    expect(root.querySelector<HTMLElement>('[role="tabpanel"]')!.dataset.view).toBe('timeline');
  });

  it('says the date is unknown, and has no "since", when the page gives no date', () => {
    const b = mount(<Harness page={undated} />).querySelector('.briefing')!;
    expect(text(b.querySelector('.when'))).toBe('· publication date unknown');
    expect(b.querySelector('.since')).toBeNull();
    expect(ids(b, '.stood li', 'kind')).toContain('outcome');
  });

  it('no briefing for an off-topic page or a page without mentions', () => {
    expect(mount(<Harness page={offTopic} />).querySelector('.briefing')).toBeNull();
    expect(mount(<Harness page={none} />).querySelector('.briefing')).toBeNull();
  });
});

describe('Views that follow the page', () => {
  it("Positions opens on the page's cycle and topics, its parties first, with Show all topics", () => {
    const root = mount(<Harness page={july2023} start={{ tab: 'positions' }} />);
    expect(root.querySelector<HTMLInputElement>('input[name="cycle"]:checked')!.value).toBe('2023');
    expect(ids(root, 'section[data-topic]', 'topic')).toEqual(['digital-replicas']);
    expect(root.querySelector<HTMLElement>('tbody tr')!.dataset.party).toBe('sag-aftra');
    click(root.querySelector('.follow button'));
    const all = new Set(dataset.positions.cells.filter((c) => c.cycle === '2023').map((c) => c.topic));
    expect(new Set(ids(root, 'section[data-topic]', 'topic'))).toEqual(all);
  });

  it("Timeline opens on the page's parties from shortly before its date, marks the date, and shows all on request", () => {
    const root = mount(<Harness page={july2023} start={{ tab: 'timeline' }} />);
    expect(root.querySelector<HTMLSelectElement>('select')!.value).toBe('@page');
    const shown = ids(root, 'li[data-event]', 'event').map((id) => dataset.events.find((e) => e.id === id)!);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((e) => e.date >= '2023-06-10' && e.parties.some((p) => p in counts))).toBe(true);
    const items = [...root.querySelectorAll<HTMLElement>('ol.events > li')];
    const here = items.findIndex((li) => li.dataset.here === '2023-07-25');
    expect(items[here - 1]!.querySelector('time')!.getAttribute('datetime')! <= '2023-07-25').toBe(true);
    expect(items[here + 1]!.querySelector('time')!.getAttribute('datetime')! > '2023-07-25').toBe(true);
    click(root.querySelector('button.earlier'));
    expect(ids(root, 'li[data-event]', 'event')[0]).toBe(dataset.events.find((e) => e.parties.some((p) => p in counts))!.id);
    click([...root.querySelectorAll('.hint button')].find((b) => text(b) === 'Show all events'));
    expect(root.querySelectorAll('li[data-event]')).toHaveLength(dataset.events.length);
  });

  it('a page without mentions keeps the whole views', () => {
    const root = mount(<Harness page={none} start={{ tab: 'positions' }} />);
    expect(root.querySelector<HTMLInputElement>('input[name="cycle"]:checked')!.value).toBe(dataset.positions.cycles[0]!.id);
    expect(root.querySelector('.follow')).toBeNull();
    click(root.querySelector('#tab-timeline'));
    expect(root.querySelector<HTMLSelectElement>('select')!.value).toBe('');
    expect(root.querySelectorAll('li[data-event]')).toHaveLength(dataset.events.length);
    input(root.querySelector('select'), 'wga', 'change');
    expect(root.querySelector('li.here')).toBeNull();
  });
});
