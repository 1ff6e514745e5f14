// Search: instant, offline, over names, aliases, AI terms and facts. Props only (the index is built by the caller).
import { useMemo } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { categoryLabel } from '../format';
import { search, type SearchIndex } from '../search';
import type { OpenEntity } from '../parts';

export interface SearchProps {
  index: SearchIndex;
  onOpen: OpenEntity;
  /** Kept by the caller so the query survives a visit to an entity. */
  query: string;
  onQuery: (q: string) => void;
}

export function Search({ index, onOpen, query, onQuery }: SearchProps) {
  const hits = useMemo(() => search(index, query), [index, query]);
  return (
    <div class="search">
      <label class="sr" for="q">
        {t('searchLabel')}
      </label>
      <input
        id="q"
        type="search"
        value={query}
        placeholder={t('searchPlaceholder')}
        autoFocus
        autoComplete="off"
        spellcheck={false}
        onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
      />
      <p class="hint" aria-live="polite">
        {query.trim() === '' ? t('searchHint') : hits.length === 0 ? t('searchNone', query.trim()) : t(hits.length === 1 ? 'resultsOne' : 'resultsMany', hits.length)}
      </p>
      <ul class="hits">
        {hits.map((h) => (
          <li key={h.entity.id} data-hit={h.entity.id}>
            <button type="button" class="hit" onClick={() => onOpen(h.entity.id)}>
              <span class="hit-name">{h.entity.name}</span>
              <span class="cat">{categoryLabel(h.entity.category)}</span>
              {h.on !== 'name' && <span class="hit-text">{h.on === 'alias' ? t('alsoCalled', h.text) : h.text}</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
