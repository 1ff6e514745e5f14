// The popup's "This page" view: props only (tested in tests/dom).
import { useState } from 'preact/hooks';
import { CATEGORIES, type Dataset, type Entity, type Fact } from '../core/types';
import { CATEGORY_PLURAL } from '../shared/labels';
import { QuickSwitchesMount } from '../options/QuickSwitches';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'page'; counts: Record<string, number> };

interface Props {
  state: PopupState;
  dataset: Pick<Dataset, 'entities' | 'updated' | 'version'>;
  onReveal: (id: string) => void;
}

function Src({ fact }: { fact: Fact }) {
  const s = fact.sources[0]!;
  return (
    <span class="src">
      {' '}
      (<a href={s.url} target="_blank" rel="noopener noreferrer">{s.publisher}</a>, {s.date})
    </span>
  );
}

function EntityRow({ entity, count, onReveal }: { entity: Entity; count: number; onReveal: (id: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <li class="entity" data-entity={entity.id}>
      <div class="row">
        <button class="name" aria-expanded={open} onClick={() => setOpen(!open)}>
          {entity.name}
        </button>
        <span class="n" aria-label={`${count} mention${count === 1 ? '' : 's'}`}>
          {count}×
        </span>
        <button class="show" onClick={() => onReveal(entity.id)}>
          Show on page
        </button>
      </div>
      {open && (
        <div class="detail">
          <p>
            {entity.summary.text}
            <Src fact={entity.summary} />
          </p>
          <ul>
            {entity.facts.slice(0, 3).map((f) => (
              <li key={f.text}>
                {f.text}
                <Src fact={f} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

export function PopupView({ state, dataset, onReveal }: Props) {
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  let body;
  let summary = '';
  if (state.kind === 'loading') body = <p class="empty">Reading this page…</p>;
  else if (state.kind === 'unavailable')
    body = <p class="why">Backstory cannot read this page (a browser page, the extension store, or a site it has no access to).</p>;
  else {
    const ids = Object.keys(state.counts).filter((id) => byId.has(id));
    const total = ids.reduce((n, id) => n + state.counts[id]!, 0);
    summary = `${total} mention${total === 1 ? '' : 's'} of ${ids.length} name${ids.length === 1 ? '' : 's'}`;
    body =
      ids.length === 0 ? (
        <p class="empty">No studios, unions, people, laws or AI terms from the story on this page.</p>
      ) : (
        CATEGORIES.map((cat) => {
          const list = ids.map((id) => byId.get(id)!).filter((e) => e.category === cat);
          if (list.length === 0) return null;
          list.sort((a, b) => state.counts[b.id]! - state.counts[a.id]! || a.name.localeCompare(b.name));
          return (
            <section key={cat} data-category={cat}>
              <h2>{CATEGORY_PLURAL[cat]}</h2>
              <ul>
                {list.map((e) => (
                  <EntityRow key={e.id} entity={e} count={state.counts[e.id]!} onReveal={onReveal} />
                ))}
              </ul>
            </section>
          );
        })
      );
  }
  return (
    <>
      <header>
        <h1>Backstory</h1>
        <p class="count" aria-live="polite">
          {summary || '\u00a0'}
        </p>
        <QuickSwitchesMount />
      </header>
      <main>{body}</main>
      <footer>
        Data as of {dataset.updated} · version {dataset.version}
      </footer>
    </>
  );
}
