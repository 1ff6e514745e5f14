// The popup's shell: header with the page summary, the tab list, the current view (or an entity's detail),
// and the footer. Props only (tested in tests/dom); Popup.tsx wires it to the browser. The shell renders
// before the dataset has loaded (`dataset` undefined): the header, tabs and footer are there, the panel waits.
import { useMemo } from 'preact/hooks';
import type { Dataset, Entity } from '../core/types';
import { t } from '../shared/i18n';
import { formatDate } from '../shared/i18n';
import { buildIndex, type SearchIndex } from './search';
import { EntityDetail } from './views/EntityDetail';
import { Positions } from './views/Positions';
import { Search } from './views/Search';
import { ThisPage, pageSummary, type PageState } from './views/ThisPage';
import { Briefing } from './views/Briefing';
import { pageFocus } from './focus';
import { Timeline } from './views/Timeline';
import type { ComponentChildren } from 'preact';

export type { PageState };
export const TABS = ['page', 'positions', 'timeline', 'search'] as const;
export type Tab = (typeof TABS)[number];
export interface Route {
  tab: Tab;
  /** An entity's detail, shown over the tab's view. */
  entity?: string;
}

const TAB_KEYS: Record<Tab, string> = { page: 'tabThisPage', positions: 'tabPositions', timeline: 'tabTimeline', search: 'tabSearch' };

export type PopupData = Pick<Dataset, 'entities' | 'events' | 'positions' | 'storylines' | 'sourcesTo' | 'version'>;

export interface PopupViewProps {
  /** The whole dataset; undefined while it loads (the popup's first render). */
  dataset: PopupData | undefined;
  /** The dataset's version and date for the footer, when `dataset` is not there yet. */
  about?: Pick<Dataset, 'sourcesTo' | 'version'>;
  page: PageState;
  route: Route;
  onRoute: (r: Route) => void;
  onReveal: (id: string) => void;
  onAllow: () => void;
  /** The search index; built here on the Search view's first use when not given. */
  index?: SearchIndex;
  query: string;
  onQuery: (q: string) => void;
  sourcesHref: string;
  /** The quick switches (site on/off, pause), wired by Popup.tsx: this view stays props-only. */
  switches?: ComponentChildren;
}

function focusTab(tab: Tab) {
  document.getElementById(`tab-${tab}`)?.focus();
}

const NO_ENTITIES = new Map<string, Entity>();
// One index per dataset, built when Search is first shown (not at start-up).
const indexes = new WeakMap<PopupData['entities'], SearchIndex>();
function indexOf(entities: PopupData['entities']): SearchIndex {
  let index = indexes.get(entities);
  if (!index) indexes.set(entities, (index = buildIndex({ entities })));
  return index;
}

export function PopupView(p: PopupViewProps) {
  const data = p.dataset;
  const byId = useMemo(() => (data ? new Map<string, Entity>(data.entities.map((e) => [e.id, e])) : NO_ENTITIES), [data?.entities]);
  const { route } = p;
  const open = (id: string) => p.onRoute({ tab: route.tab, entity: id });
  // Until the dataset is there, the page's counts cannot be named: the page reads as still loading.
  const page: PageState = data ? p.page : { kind: 'loading' };
  const summary = pageSummary(page, byId);
  // The briefing, and what Positions and Timeline open on: worked out once per page report.
  const focus = useMemo(() => pageFocus(page, data), [page, data]);
  const about = data ?? p.about;

  const onTabKey = (ev: KeyboardEvent) => {
    const i = TABS.indexOf(route.tab);
    const next =
      ev.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : ev.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : ev.key === 'Home' ? TABS[0] : ev.key === 'End' ? TABS[TABS.length - 1] : undefined;
    if (!next) return;
    ev.preventDefault();
    p.onRoute({ tab: next });
    focusTab(next);
  };

  let body;
  if (route.tab === 'page' && !route.entity) {
    body = (
      <>
        {focus.briefing && <Briefing briefing={focus.briefing} byId={byId} topics={data?.positions.topics ?? []} onOpen={open} onTimeline={() => p.onRoute({ tab: 'timeline' })} />}
        <ThisPage state={page} byId={byId} onReveal={p.onReveal} onOpen={open} onAllow={p.onAllow} />
      </>
    );
  } else if (!data) {
    body = null; // the other views need the dataset: a moment's empty panel
  } else if (route.entity) {
    body = (
      <EntityDetail
        id={route.entity}
        dataset={data}
        byId={byId}
        count={page.kind === 'page' ? page.counts[route.entity] : undefined}
        onOpen={open}
        onReveal={p.onReveal}
        onBack={() => {
          p.onRoute({ tab: route.tab });
          focusTab(route.tab); // the Back button goes away with the view
        }}
      />
    );
  } else if (route.tab === 'positions') {
    body = <Positions positions={data.positions} byId={byId} onOpen={open} {...(focus.positions ? { focus: focus.positions } : {})} />;
  } else if (route.tab === 'timeline') {
    body = <Timeline events={data.events} byId={byId} onOpen={open} {...(focus.timeline ? { focus: focus.timeline } : {})} />;
  } else {
    body = <Search index={p.index ?? indexOf(data.entities)} onOpen={open} query={p.query} onQuery={p.onQuery} />;
  }

  return (
    <>
      <header>
        <h1>{t('extName')}</h1>
        <p class="count" aria-live="polite">
          {summary || '\u00a0'}
        </p>
        {p.switches}
        <div role="tablist" aria-label={t('viewsLabel')} class="tabs" onKeyDown={onTabKey}>
          {TABS.map((tab) => {
            const selected = route.tab === tab;
            return (
              <button
                key={tab}
                type="button"
                role="tab"
                id={`tab-${tab}`}
                aria-selected={selected}
                aria-controls="panel"
                tabIndex={selected ? 0 : -1}
                onClick={() => p.onRoute({ tab })}
              >
                {t(TAB_KEYS[tab])}
              </button>
            );
          })}
        </div>
      </header>
      <main>
        <div id="panel" role="tabpanel" aria-labelledby={`tab-${route.tab}`} data-view={route.entity ? 'entity' : route.tab}>
          {body}
        </div>
      </main>
      <footer>
        {about && `${t('sourcesTo', formatDate(about.sourcesTo), about.version)} · `}
        <a href={p.sourcesHref} target="_blank" rel="noopener noreferrer">
          {t('methodologyLink')}
        </a>
      </footer>
    </>
  );
}
