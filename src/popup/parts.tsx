// Small pieces the views share: source links, one fact, a "disputed" tag, "Copy citation", an in-popup entity link.
import type { Entity, Fact, Source } from '../core/types';
import { formatDate, t } from '../shared/i18n';
export { CopyCitation } from '../shared/CopyCitation';
import { CopyCitation } from '../shared/CopyCitation';

export function SourceLinks({ sources }: { sources: readonly Source[] }) {
  return (
    <span class="src">
      {sources.map((s, i) => (
        <span key={s.url}>
          {i > 0 ? '; ' : ''}
          <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title}>
            {s.publisher}
          </a>
          {`, ${formatDate(s.date)}`}
        </span>
      ))}
    </span>
  );
}

export function Disputed() {
  return <span class="disputed" title={t('disputedHint')}>{t('disputed')}</span>;
}

/** A fact: its text, when it happened (or "as of"), disputed or not, and its sources. */
export function FactText({ fact }: { fact: Fact }) {
  const when = fact.date ? formatDate(fact.date) : fact.asOf ? t('asOf', formatDate(fact.asOf)) : '';
  return (
    <>
      {fact.disputed && <Disputed />}
      {fact.text}
      <span class="meta">
        {when && <span class="when">{` ${when}.`}</span>} <SourceLinks sources={fact.sources} /> <CopyCitation fact={fact} />
      </span>
    </>
  );
}

export type OpenEntity = (id: string) => void;

/** A link within the popup: opens the entity's detail view. */
export function EntityLink({ entity, onOpen }: { entity: Pick<Entity, 'id' | 'name'>; onOpen: OpenEntity }) {
  return (
    <button type="button" class="link" data-open-entity={entity.id} onClick={() => onOpen(entity.id)}>
      {entity.name}
    </button>
  );
}
