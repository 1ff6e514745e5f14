// "This page": the names the page mentions, grouped by category, with counts. Props only.
import { useState } from 'preact/hooks';
import { CATEGORIES, type Entity } from '../../core/types';
import { t } from '../../shared/i18n';
import type { PageFacts } from '../../shared/messages';
import type { Reason } from '../availability';
import { categoryPlural, plural } from '../format';
import { EntityLink, FactText, type OpenEntity } from '../parts';

export type PageState =
  | { kind: 'loading' }
  | { kind: 'unavailable'; reason: Reason; site?: string; canAllow?: boolean; allowFailed?: boolean }
  | ({ kind: 'page'; counts: Record<string, number> } & PageFacts);

export interface ThisPageProps {
  state: PageState;
  byId: ReadonlyMap<string, Entity>;
  onReveal: (id: string) => void;
  onOpen: OpenEntity;
  onAllow: () => void;
}

const REASON_KEYS: Record<Reason, string> = {
  restricted: 'whyRestricted',
  unknown: 'whyUnknown',
  store: 'whyStore',
  pdf: 'whyPdf',
  disabled: 'whyDisabled',
  paused: 'whyPaused',
  permission: 'whyPermission',
  file: 'whyFile',
  notLoaded: 'whyNotLoaded',
};

/** The headline above the tabs: "12 mentions of 7 names". */
export function pageSummary(state: PageState, byId: ReadonlyMap<string, Entity>): string {
  if (state.kind !== 'page') return '';
  const ids = Object.keys(state.counts).filter((id) => byId.has(id));
  const total = ids.reduce((n, id) => n + state.counts[id]!, 0);
  return t('pageSummary', plural(total, 'mentionsOne', 'mentionsMany'), plural(ids.length, 'namesOne', 'namesMany'));
}

function Row({ entity, count, onReveal, onOpen }: { entity: Entity; count: number; onReveal: (id: string) => void; onOpen: OpenEntity }) {
  const [open, setOpen] = useState(false);
  const detailId = `detail-${entity.id}`;
  return (
    <li class="entity" data-entity={entity.id} data-count={count}>
      <div class="row">
        <button type="button" class="name" aria-expanded={open} aria-controls={detailId} onClick={() => setOpen(!open)}>
          <span class="chev" aria-hidden="true">{open ? '▾' : '▸'}</span>
          {entity.name}
        </button>
        <span class="n" title={plural(count, 'mentionsOne', 'mentionsMany')}>
          <span aria-hidden="true">{count}×</span>
          <span class="sr">{plural(count, 'mentionsOne', 'mentionsMany')}</span>
        </span>
        <button type="button" class="show" aria-label={t('showOnPageOf', entity.name)} onClick={() => onReveal(entity.id)}>
          {t('showOnPage')}
        </button>
      </div>
      {open && (
        <div class="detail" id={detailId}>
          <p>
            <FactText fact={entity.summary} />
          </p>
          <ul class="facts">
            {entity.facts.slice(0, 3).map((f) => (
              <li key={f.text}>
                <FactText fact={f} />
              </li>
            ))}
          </ul>
          <EntityLink entity={{ id: entity.id, name: t('moreAbout', entity.name) }} onOpen={onOpen} />
        </div>
      )}
    </li>
  );
}

export function ThisPage({ state, byId, onReveal, onOpen, onAllow }: ThisPageProps) {
  if (state.kind === 'loading') return <p class="empty">{t('readingPage')}</p>;
  if (state.kind === 'unavailable') {
    return (
      <div class="why" data-reason={state.reason}>
        <p>{t(REASON_KEYS[state.reason], state.site ?? '')}</p>
        {state.canAllow && (
          <button type="button" class="primary" onClick={onAllow}>
            {t('allowOnSite')}
          </button>
        )}
        {state.allowFailed && <p role="alert">{t('allowRefused')}</p>}
        <p class="hint">{t('datasetStillWorks')}</p>
      </div>
    );
  }
  const ids = Object.keys(state.counts).filter((id) => byId.has(id) && state.counts[id]! > 0);
  if (ids.length === 0) return <p class="empty">{t('noNamesOnPage')}</p>;
  return (
    <>
      {CATEGORIES.map((cat) => {
        const list = ids.map((id) => byId.get(id)!).filter((e) => e.category === cat);
        if (list.length === 0) return null;
        list.sort((a, b) => state.counts[b.id]! - state.counts[a.id]! || a.name.localeCompare(b.name));
        const n = list.reduce((s, e) => s + state.counts[e.id]!, 0);
        const headId = `cat-${cat}`;
        return (
          <section key={cat} data-category={cat} aria-labelledby={headId}>
            <h2 id={headId}>
              {categoryPlural(cat)} <span class="n">({plural(n, 'mentionsOne', 'mentionsMany')})</span>
            </h2>
            <ul>
              {list.map((e) => (
                <Row key={e.id} entity={e} count={state.counts[e.id]!} onReveal={onReveal} onOpen={onOpen} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
