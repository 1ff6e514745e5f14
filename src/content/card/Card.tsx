// The hover card's view: props only, no extension APIs besides t() (tested in tests/dom).
import type { Fact } from '../../core/types';
import type { EntityCard } from '../../shared/messages';
import { formatDate, t, uiDirection } from '../../shared/i18n';
import { categoryName } from '../../shared/labels';
import { CopyCitation } from '../../shared/CopyCitation';

/** After "Not this": the mention is hidden; the reader may also stop highlighting the alias it used. */
export interface Dismissal {
  /** The alias as written in the dataset, or null when the page's text matches none (nothing to offer). */
  alias: string | null;
  stopped: boolean;
}

export interface CardProps {
  /** The text as the page wrote it, shown until the facts arrive. */
  written: string;
  card: EntityCard | null | undefined; // undefined: loading; null: unknown entity
  dismissed?: Dismissal | null;
  onMore?: () => void;
  onNotThis?: () => void;
  onStopAlias?: () => void;
}

function Sourced({ fact }: { fact: Fact }) {
  const s = fact.sources[0];
  if (!s) return null;
  const date = fact.date ?? s.date;
  return (
    <span class="src">
      {' ('}
      {s.url.startsWith('https://') ? (
        <a href={s.url} target="_blank" rel="noopener noreferrer" aria-label={t('cardSourceLabel', s.publisher, formatDate(date))}>
          {s.publisher}
        </a>
      ) : (
        s.publisher
      )}
      {', '}
      <time dateTime={date}>{formatDate(date)}</time>
      {fact.asOf && (
        <>
          {'; '}
          <span class="asof">{t('cardAsOf', formatDate(fact.asOf))}</span>
        </>
      )}
      {')'}
    </span>
  );
}

/** One fact: "Disputed" where the sides disagree, the text, its first source, and "Copy citation" (all sources). */
function FactBody({ fact }: { fact: Fact }) {
  return (
    <>
      {fact.disputed && <span class="disputed">{t('disputed')}</span>}
      {fact.text}
      <Sourced fact={fact} /> <CopyCitation fact={fact} />
    </>
  );
}

function Section({ title, fact, cls }: { title: string; fact: Fact | undefined; cls: string }) {
  if (!fact) return null;
  return (
    <section class={`sec ${cls}`}>
      <h3>{title}</h3>
      <p>
        <FactBody fact={fact} />
      </p>
    </section>
  );
}

export function Card({ written, card, dismissed, onMore, onNotThis, onStopAlias }: CardProps) {
  const dir = uiDirection();
  if (!card) {
    return (
      <div class="card" role="dialog" aria-label={written} dir={dir}>
        <p class="name">{written}</p>
        <p class="loading" role="status">{card === undefined ? t('cardLoading') : t('cardNotFound')}</p>
      </div>
    );
  }
  const head = (
    <div class="head">
      <h2 class="name" id="backstory-card-name">{card.name}</h2>
      <span class="cat">{categoryName(card.category)}</span>
    </div>
  );
  if (dismissed) {
    return (
      <div class="card" role="dialog" aria-labelledby="backstory-card-name" dir={dir}>
        {head}
        <p class="status" role="status">
          {dismissed.stopped && dismissed.alias ? t('cardStoppedAlias', dismissed.alias) : t('cardHidden')}
        </p>
        {dismissed.alias && !dismissed.stopped && (
          <div class="actions">
            <button type="button" class="stop" onClick={onStopAlias}>
              {t('cardStopAlias', dismissed.alias)}
            </button>
          </div>
        )}
      </div>
    );
  }
  return (
    <div class="card" role="dialog" aria-labelledby="backstory-card-name" dir={dir}>
      {head}
      <p class="summary">
        <FactBody fact={card.summary} />
      </p>
      <Section title={t('cardStance')} fact={card.stance} cls="stance" />
      <Section title={t('cardLatestContract')} fact={card.latestContract} cls="contract" />
      <Section title={t('cardWhyItMattered')} fact={card.whyItMatters} cls="why" />
      {card.facts.length > 0 && (
        <section class="sec facts">
          <h3>{t('cardKeyFacts')}</h3>
          <ul>
            {card.facts.map((f) => (
              <li key={f.text}>
                <FactBody fact={f} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <div class="actions">
        <button type="button" class="more" onClick={onMore} aria-label={t('cardMoreLabel', card.name)}>
          {t('cardMore')}
        </button>
        <button type="button" class="not-this" onClick={onNotThis}>
          {t('cardNotThis')}
        </button>
      </div>
      <p class="foot">{t('cardFooter', formatDate(card.sourcesTo))}</p>
    </div>
  );
}
