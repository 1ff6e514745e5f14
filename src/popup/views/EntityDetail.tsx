// One entity: summary, stance, facts with sources and dates, positions per topic and cycle, timeline events,
// related entities (links within the popup). Props only.
import { useEffect, useRef } from 'preact/hooks';
import type { Dataset, Entity, Fact, PositionCell } from '../../core/types';
import { formatDate, t } from '../../shared/i18n';
import { categoryLabel, KIND_KEYS } from '../format';
import { CopyCitation, Disputed, EntityLink, FactText, SourceLinks, type OpenEntity } from '../parts';
import { eventCitable } from '../../core/citation';

export interface EntityDetailProps {
  id: string;
  dataset: Pick<Dataset, 'entities' | 'events' | 'positions'>;
  byId: ReadonlyMap<string, Entity>;
  /** Mentions on the current page (0 or absent: no "Show on page"). */
  count: number | undefined;
  onOpen: OpenEntity;
  onReveal: (id: string) => void;
  onBack: () => void;
}

function Highlight({ label, fact }: { label: string; fact: Fact | undefined }) {
  if (!fact) return null;
  return (
    <p class="highlight">
      <strong>{label}: </strong>
      <FactText fact={fact} />
    </p>
  );
}

export function EntityDetail({ id, dataset, byId, count, onOpen, onReveal, onBack }: EntityDetailProps) {
  const e = byId.get(id);
  // The link that opened this view is gone: move focus (and the reader's place) to the new heading.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), [id]);
  const back = (
    <button type="button" class="back" onClick={onBack}>
      <span aria-hidden="true">← </span>
      {t('back')}
    </button>
  );
  if (!e) {
    return (
      <div class="entity-detail">
        {back}
        <p class="empty">{t('entityNotFound')}</p>
      </div>
    );
  }
  const cells = dataset.positions.cells.filter((c) => c.party === e.id);
  const events = dataset.events.filter((ev) => ev.parties.includes(e.id));
  const related = (e.related ?? []).map((r) => byId.get(r)).filter((r) => r !== undefined);
  const topicName = new Map(dataset.positions.topics.map((tp) => [tp.id, tp.name]));
  return (
    <article class="entity-detail" data-entity-detail={e.id} aria-labelledby="detail-title">
      {back}
      <h2 id="detail-title" class="title" tabIndex={-1} ref={title}>
        {e.name}
      </h2>
      <p class="cat">{categoryLabel(e.category)}</p>
      {count !== undefined && count > 0 && (
        <button type="button" class="show" onClick={() => onReveal(e.id)}>
          {t('showOnPage')}
        </button>
      )}
      <p>
        <FactText fact={e.summary} />
      </p>
      <Highlight label={t('stance')} fact={e.stance} />
      <Highlight label={t('latestContract')} fact={e.latestContract} />
      <Highlight label={t('whyItMatters')} fact={e.whyItMatters} />
      {e.facts.length > 0 && (
        <section aria-labelledby="d-facts">
          <h3 id="d-facts">{t('keyFacts')}</h3>
          <ul class="facts">
            {e.facts.map((f) => (
              <li key={f.text}>
                <FactText fact={f} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {cells.length > 0 && (
        <section aria-labelledby="d-positions">
          <h3 id="d-positions">{t('positions')}</h3>
          {dataset.positions.cycles.map((cy) => {
            const mine = cells.filter((c) => c.cycle === cy.id);
            if (mine.length === 0) return null;
            return (
              <div key={cy.id} class="cycle">
                <h4>{cy.name}</h4>
                <ul class="facts">
                  {mine.map((c: PositionCell) => (
                    <li key={`${c.topic}-${c.kind}-${c.text}`}>
                      <strong>
                        {topicName.get(c.topic) ?? c.topic} · {t(KIND_KEYS[c.kind])}:{' '}
                      </strong>
                      {c.disputed && <Disputed />}
                      {c.text} <SourceLinks sources={c.sources} /> <CopyCitation fact={c} />
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      )}
      {events.length > 0 && (
        <section aria-labelledby="d-events">
          <h3 id="d-events">{t('timeline')}</h3>
          <ol class="events">
            {events.map((ev) => (
              <li key={ev.id}>
                <time dateTime={ev.date}>{formatDate(ev.date)}</time> <strong>{ev.title}</strong>. {ev.disputed && <Disputed />}
                {ev.text} <SourceLinks sources={ev.sources} /> <CopyCitation fact={eventCitable(ev, formatDate)} />
              </li>
            ))}
          </ol>
        </section>
      )}
      {related.length > 0 && (
        <section aria-labelledby="d-related">
          <h3 id="d-related">{t('related')}</h3>
          <ul class="related">
            {related.map((r) => (
              <li key={r.id}>
                <EntityLink entity={r} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
