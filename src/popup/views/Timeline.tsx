// Timeline: dated events, oldest first, filterable by party, each with its sources. On a page with mentions it
// opens on the page's names from shortly before the page's date, with a mark where that date falls
// (src/popup/focus.ts); "Show earlier events", the filter's "All parties" and "Show all events" widen it. Props only.
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { Entity, TimelineEvent } from '../../core/types';
import { formatDate, t } from '../../shared/i18n';
import type { TimelineFocus } from '../focus';
import { CopyCitation, Disputed, EntityLink, SourceLinks, type OpenEntity } from '../parts';
import { eventCitable } from '../../core/citation';

export interface TimelineProps {
  events: readonly TimelineEvent[];
  byId: ReadonlyMap<string, Entity>;
  onOpen: OpenEntity;
  /** The page's parties and date; absent: every event, from the first. */
  focus?: TimelineFocus;
}

/** The filter's value for "the names on this page". */
const PAGE = '@page';
/** How far before the page's date its view starts. */
const LEAD_DAYS = 45;

const daysBefore = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

function Event({ ev, byId, onOpen }: { ev: TimelineEvent; byId: ReadonlyMap<string, Entity>; onOpen: OpenEntity }) {
  return (
    <li data-event={ev.id}>
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
  );
}

export function Timeline({ events, byId, onOpen, focus }: TimelineProps) {
  const pageParties = focus?.parties ?? [];
  const [party, setParty] = useState(pageParties.length ? PAGE : '');
  const [earlier, setEarlier] = useState(false);
  if (events.length === 0) return <p class="empty">{t('noEvents')}</p>;
  const parties = [...new Set(events.flatMap((e) => e.parties))]
    .map((id) => byId.get(id))
    .filter((e) => e !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name));
  const keep = (e: TimelineEvent) => (party === PAGE ? e.parties.some((p) => pageParties.includes(p)) : !party || e.parties.includes(party));
  const date = focus?.date;
  const matching = events.filter(keep).sort((a, b) => a.date.localeCompare(b.date));
  const from = date && party === PAGE && !earlier ? daysBefore(date, LEAD_DAYS) : '';
  const shown = matching.filter((e) => e.date >= from);
  const hidden = matching.length - shown.length;
  const at = date ? shown.findIndex((e) => e.date > date) : -1;
  const marker = date && (
    <li key="here" class="here" data-here={date}>
      {t('timelinePageDate', formatDate(date))}
    </li>
  );
  return (
    <div class="timeline">
      <label class="filter">
        {t('filterByParty')}{' '}
        <select value={party} onChange={(ev) => setParty((ev.currentTarget as HTMLSelectElement).value)}>
          <option value="">{t('allParties')}</option>
          {pageParties.length > 0 && <option value={PAGE}>{t('pageParties')}</option>}
          {parties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <p class="hint" aria-live="polite">
        {t(shown.length === 1 ? 'eventsOne' : 'eventsMany', shown.length)}{' '}
        {party && (
          <button type="button" class="link" onClick={() => setParty('')}>
            {t('showAllEvents')}
          </button>
        )}
      </p>
      {hidden > 0 && (
        <button type="button" class="link earlier" onClick={() => setEarlier(true)}>
          {t(hidden === 1 ? 'earlierOne' : 'earlierMany', hidden)}
        </button>
      )}
      <ol class="events">
        {shown.map((ev, i) => (
          <Fragment key={ev.id}>
            {i === at && marker}
            <Event ev={ev} byId={byId} onOpen={onOpen} />
          </Fragment>
        ))}
        {at === -1 && marker}
      </ol>
    </div>
  );
}
