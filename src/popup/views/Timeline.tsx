// Timeline: dated events, oldest first, filterable by party, each with its sources. Props only.
import { useState } from 'preact/hooks';
import type { Entity, TimelineEvent } from '../../core/types';
import { formatDate, t } from '../../shared/i18n';
import { CopyCitation, Disputed, EntityLink, SourceLinks, type OpenEntity } from '../parts';
import { eventCitable } from '../../core/citation';

export interface TimelineProps {
  events: readonly TimelineEvent[];
  byId: ReadonlyMap<string, Entity>;
  onOpen: OpenEntity;
}

export function Timeline({ events, byId, onOpen }: TimelineProps) {
  const [party, setParty] = useState('');
  if (events.length === 0) return <p class="empty">{t('noEvents')}</p>;
  const parties = [...new Set(events.flatMap((e) => e.parties))]
    .map((id) => byId.get(id))
    .filter((e) => e !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name));
  const shown = [...events].filter((e) => !party || e.parties.includes(party)).sort((a, b) => a.date.localeCompare(b.date));
  return (
    <div class="timeline">
      <label class="filter">
        {t('filterByParty')}{' '}
        <select value={party} onChange={(ev) => setParty((ev.currentTarget as HTMLSelectElement).value)}>
          <option value="">{t('allParties')}</option>
          {parties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <p class="hint" aria-live="polite">
        {t(shown.length === 1 ? 'eventsOne' : 'eventsMany', shown.length)}
      </p>
      <ol class="events">
        {shown.map((ev) => (
          <li key={ev.id} data-event={ev.id}>
            <time dateTime={ev.date}>{formatDate(ev.date)}</time>
            <h2>{ev.title}</h2>
            <p>
              {ev.disputed && <Disputed />}
              {ev.text} <SourceLinks sources={ev.sources} /> <CopyCitation fact={eventCitable(ev, formatDate)} />
            </p>
            <p class="parties">
              {ev.parties.map((id, i) => {
                const p = byId.get(id);
                return (
                  <span key={id}>
                    {i > 0 ? ', ' : ''}
                    {p ? <EntityLink entity={p} onOpen={onOpen} /> : id}
                  </span>
                );
              })}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
