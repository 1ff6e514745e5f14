import { describe, expect, it } from 'vitest';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import dataset from 'virtual:backstory/dataset';
import { PopupView, type PageState, type Route } from '../../src/popup/PopupView';
import { formatDate } from '../../src/shared/i18n';
import { buildIndex } from '../../src/popup/search';
import { click, input, mount, text } from './support/render';


const index = buildIndex(dataset);

function Harness({ page, start = { tab: 'page' }, data = dataset, lazyIndex = false }: { page: PageState; start?: Route; data?: typeof dataset | null; lazyIndex?: boolean }) {
  const [route, setRoute] = useState<Route>(start);
  const [q, setQ] = useState('');
  return (
    <PopupView
      dataset={data ?? undefined}
      about={{ sourcesTo: dataset.sourcesTo, version: dataset.version }}
      page={page}
      route={route}
      onRoute={setRoute}
      onReveal={() => {}}
      onAllow={() => {}}
      {...(lazyIndex ? {} : { index })}
      query={q}
      onQuery={setQ}
      sourcesHref="chrome-extension://test/src/pages/sources.html"
    />
  );
}

const view = (root: HTMLElement) => root.querySelector<HTMLElement>('[role="tabpanel"]')!.dataset.view;

describe('Popup shell', () => {
  it('has a labelled tab list whose tabs control the panel', () => {
    const root = mount(<Harness page={{ kind: 'page', counts: { wga: 2, netflix: 1 } }} />);
    const list = root.querySelector('[role="tablist"]')!;
    expect(list.getAttribute('aria-label')).toBe('Views');
    const tabs = [...list.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map(text)).toEqual(['This page', 'Positions', 'Timeline', 'Search']);
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false', 'false']);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1]);
    const panel = root.querySelector('[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).toBe('tab-page');
    expect(text(root.querySelector('.count'))).toBe('3 mentions of 2 names');
    click(tabs[2]);
    expect(view(root)).toBe('timeline');
    expect(root.querySelector('#tab-timeline')!.getAttribute('aria-selected')).toBe('true');
  });

  it('moves between tabs with the arrow keys, Home and End', () => {
    const root = mount(<Harness page={{ kind: 'loading' }} />);
    const key = (k: string) => act(() => void document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));
    (root.querySelector('#tab-page') as HTMLElement).focus();
    key('ArrowRight');
    expect(view(root)).toBe('positions');
    expect(document.activeElement?.id).toBe('tab-positions');
    key('ArrowLeft');
    key('ArrowLeft');
    expect(view(root)).toBe('search');
    key('Home');
    expect(view(root)).toBe('page');
    key('End');
    expect(view(root)).toBe('search');
  });

  it('opens an entity from any view and returns to that view', () => {
    const root = mount(<Harness page={{ kind: 'page', counts: {} }} start={{ tab: 'timeline' }} />);
    click(root.querySelector('li[data-event] [data-open-entity]'));
    expect(view(root)).toBe('entity');
    click(root.querySelector('button.back'));
    expect(view(root)).toBe('timeline');
    expect(document.activeElement?.id).toBe('tab-timeline');
  });

  it('opens straight into an entity (the ?entity= route)', () => {
    const root = mount(<Harness page={{ kind: 'loading' }} start={{ tab: 'page', entity: 'sag-aftra' }} />);
    expect(root.querySelector<HTMLElement>('[data-entity-detail]')!.dataset.entityDetail).toBe('sag-aftra');
  });

  it("footer: the newest source's date (not the build date), version and the methodology link", () => {
    const root = mount(<Harness page={{ kind: 'loading' }} />);
    expect(dataset.sourcesTo).not.toBe(dataset.updated);
    expect(text(root.querySelector('footer'))).toBe(`Sources to ${formatDate(dataset.sourcesTo)} · version ${dataset.version} · Methodology and sources`);
    const a = root.querySelector('footer a')!;
    expect(a.getAttribute('href')).toBe('chrome-extension://test/src/pages/sources.html');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('keeps the header line even before data arrives (no layout jump)', () => {
    const root = mount(<Harness page={{ kind: 'loading' }} />);
    expect(root.querySelector('.count')!.textContent).toBe('\u00a0');
  });

  it('renders its first view before the dataset has loaded: header, tabs and footer, the page as still loading', () => {
    const root = mount(<Harness data={null} page={{ kind: 'page', counts: { wga: 2 } }} />);
    expect(text(root.querySelector('h1'))).toBe('Backstory');
    expect([...root.querySelectorAll('[role="tab"]')].map(text)).toEqual(['This page', 'Positions', 'Timeline', 'Search']);
    expect(root.querySelector('.count')!.textContent).toBe('\u00a0');
    expect(text(root.querySelector('[role="tabpanel"]'))).toBe('Reading this page…');
    expect(text(root.querySelector('footer'))).toBe(`Sources to ${formatDate(dataset.sourcesTo)} · version ${dataset.version} · Methodology and sources`);
  });

  it('leaves the other views empty until the dataset is there', () => {
    for (const start of [{ tab: 'positions' }, { tab: 'search' }, { tab: 'page', entity: 'sag-aftra' }] as Route[]) {
      const root = mount(<Harness data={null} page={{ kind: 'loading' }} start={start} />);
      expect(root.querySelector('[role="tabpanel"]')!.childElementCount).toBe(0);
    }
  });

  it('builds the search index itself on first use when none is given', () => {
    const root = mount(<Harness page={{ kind: 'loading' }} start={{ tab: 'search' }} lazyIndex />);
    input(root.querySelector('#q'), 'Writers Guild');
    expect(root.querySelector<HTMLElement>('[data-hit]')?.dataset.hit).toBe('wga');
  });
});
