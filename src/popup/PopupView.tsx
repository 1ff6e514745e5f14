// The popup's shell: header with the page summary, the tab list, the current view (or an entity's detail),
// and the footer. Props only (tested in tests/dom); Popup.tsx wires it to the browser.
import { useMemo } from 'preact/hooks';
import type { Dataset, Entity } from '../core/types';
import { t } from '../shared/i18n';
import type { SearchIndex } from './search';
import { EntityDetail } from './views/EntityDetail';
import { Positions } from './views/Positions';
import { Search } from './views/Search';
import { ThisPage, pageSummary, type PageState } from './views/ThisPage';
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

export interface PopupViewProps {
  dataset: Pick<Dataset, 'entities' | 'events' | 'positions' | 'updated' | 'version'>;
  page: PageState;
  route: Route;
  onRoute: (r: Route) => void;
  onReveal: (id: string) => void;
  onAllow: () => void;
  index: SearchIndex;
  query: string;
  onQuery: (q: string) => void;
  sourcesHref: string;
  /** The quick switches (site on/off, pause), wired by Popup.tsx: this view stays props-only. */
  switches?: ComponentChildren;
}

function focusTab(tab: Tab) {
  document.getElementById(`tab-${tab}`)?.focus();
}

export function PopupView(p: PopupViewProps) {
  const byId = useMemo(() => new Map<string, Entity>(p.dataset.entities.map((e) => [e.id, e])), [p.dataset.entities]);
  const { route } = p;
  const open = (id: string) => p.onRoute({ tab: route.tab, entity: id });
  const summary = pageSummary(p.page, byId);

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
  if (route.entity) {
    body = (
      <EntityDetail
        id={route.entity}
        dataset={p.dataset}
        byId={byId}
        count={p.page.kind === 'page' ? p.page.counts[route.entity] : undefined}
        onOpen={open}
        onReveal={p.onReveal}
        onBack={() => {
          p.onRoute({ tab: route.tab });
          focusTab(route.tab); // the Back button goes away with the view
        }}
      />
    );
  } else if (route.tab === 'page') {
    body = <ThisPage state={p.page} byId={byId} onReveal={p.onReveal} onOpen={open} onAllow={p.onAllow} />;
  } else if (route.tab === 'positions') {
    body = <Positions positions={p.dataset.positions} byId={byId} onOpen={open} />;
  } else if (route.tab === 'timeline') {
    body = <Timeline events={p.dataset.events} byId={byId} onOpen={open} />;
  } else {
    body = <Search index={p.index} onOpen={open} query={p.query} onQuery={p.onQuery} />;
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
        {t('dataAsOf', p.dataset.updated, p.dataset.version)} ·{' '}
        <a href={p.sourcesHref} target="_blank" rel="noopener noreferrer">
          {t('methodologyLink')}
        </a>
      </footer>
    </>
  );
}
