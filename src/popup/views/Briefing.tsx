// The briefing at the top of "This page": the page's storyline(s) and date, where the parties it names stood on
// the storyline's topic at that date, and the events since, each with its source. Props only; the items come
// from src/core/briefing.ts, dataset entries with their sources (nothing is said that the data does not source).
import type { Briefing as BriefingData } from '../../core/briefing';
import type { Entity, Positions, Source } from '../../core/types';
import { t } from '../../shared/i18n';
import { formatDate } from '../../shared/i18n';
import { KIND_KEYS, plural } from '../format';
import { Disputed, EntityLink, type OpenEntity } from '../parts';

export interface BriefingProps {
  briefing: BriefingData;
  byId: ReadonlyMap<string, Entity>;
  /** The positions table's topics, for their names. */
  topics: Positions['topics'];
  onOpen: OpenEntity;
  /** Opens the Timeline, which follows the page. */
  onTimeline: () => void;
}

/** The first source, by its publisher's name: one short link per line keeps the briefing on one screen. */
function Cite({ sources }: { sources: readonly Source[] }) {
  const s = sources[0];
  if (!s) return null;
  return (
    <a class="src" href={s.url} target="_blank" rel="noopener noreferrer" title={`${s.title}, ${formatDate(s.date)}`}>
      {s.publisher}
    </a>
  );
}

export function Briefing({ briefing: b, byId, topics, onOpen, onTimeline }: BriefingProps) {
  const date = b.published ? formatDate(b.published) : undefined;
  return (
    <section class="briefing" aria-labelledby="briefing-title" data-storylines={b.stories.map((s) => s.storyline.id).join(' ')}>
      <h2 id="briefing-title" class="sr">
        {t('briefingTitle')}
      </h2>
      <p class="story">
        <strong>{b.stories.map((s) => s.storyline.name).join(' · ')}</strong>{' '}
        <span class="when" data-published={b.published ?? ''}>
          {date ? t('briefingPublished', date) : t('briefingDateUnknown')}
        </span>
      </p>
      {b.standings.length > 0 && (
        <>
          <h3 class="lead">{date ? t('briefingStoodAt', date) : t('briefingStoodLatest')}</h3>
          <ul class="stood">
            {b.standings.map(({ party, cell }) => (
              <li key={party} data-party={party} data-kind={cell.kind}>
                <EntityLink entity={byId.get(party) ?? { id: party, name: party }} onOpen={onOpen} />{' '}
                <span class="kind">{t('briefingKindOn', t(KIND_KEYS[cell.kind]), topics.find((x) => x.id === cell.topic)?.name ?? cell.topic)}</span>{' '}
                {cell.disputed && <Disputed />}
                <Cite sources={cell.sources} />
                <span class="txt">{cell.text}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {b.since && (
        <>
          <h3 class="lead">{t('briefingSince')}</h3>
          {b.since.length === 0 && <p class="hint">{t('briefingNothingSince')}</p>}
          <ol class="since">
            {b.since.map((ev) => (
              <li key={ev.id} data-event={ev.id}>
                <time dateTime={ev.date}>{formatDate(ev.date)}</time> {ev.disputed && <Disputed />}
                {ev.title} <Cite sources={ev.sources} />
              </li>
            ))}
          </ol>
          {b.more > 0 && (
            <button type="button" class="link more" onClick={onTimeline}>
              {plural(b.more, 'briefingMoreOne', 'briefingMoreMany')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
