// The hover card's view: props only, no extension APIs (tested in tests/dom).
import type { EntityCard } from '../../shared/messages';
import type { Fact } from '../../core/types';
import { CATEGORY_LABEL } from '../../shared/labels';

export interface CardProps {
  /** The text as the page wrote it, shown until the facts arrive. */
  written: string;
  card: EntityCard | null | undefined; // undefined: loading; null: unknown entity
}

function SourceLink({ fact }: { fact: Fact }) {
  const s = fact.sources[0]!;
  return (
    <span class="src">
      {' '}
      (<a href={s.url} target="_blank" rel="noopener noreferrer">{s.publisher}</a>, {s.date}
      {fact.asOf ? `; as of ${fact.asOf}` : ''})
    </span>
  );
}

export function Card({ written, card }: CardProps) {
  if (card === undefined) {
    return (
      <div class="card" role="dialog" aria-label={written}>
        <p class="name">{written}</p>
        <p class="loading">Loading…</p>
      </div>
    );
  }
  if (card === null) {
    return (
      <div class="card" role="dialog" aria-label={written}>
        <p class="name">{written}</p>
        <p class="loading">No background found.</p>
      </div>
    );
  }
  return (
    <div class="card" role="dialog" aria-labelledby="backstory-card-name">
      <div class="head">
        <h2 class="name" id="backstory-card-name">{card.name}</h2>
        <span class="cat">{CATEGORY_LABEL[card.category]}</span>
      </div>
      <p class="summary">
        {card.summary.text}
        <SourceLink fact={card.summary} />
      </p>
      {card.highlight && (
        <p class="highlight">
          {card.highlight.text}
          <SourceLink fact={card.highlight} />
        </p>
      )}
      {card.facts.length > 0 && (
        <ul>
          {card.facts.map((f) => (
            <li key={f.text}>
              {f.text}
              <SourceLink fact={f} />
            </li>
          ))}
        </ul>
      )}
      <div class="foot">
        <span>Backstory · data as of {card.updated}</span>
      </div>
    </div>
  );
}
