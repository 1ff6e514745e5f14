// Positions: for one contract cycle, each topic's table of parties × demand / offer / outcome, every cell
// sourced, disputed cells marked. A real <table> per topic (row headers: party and kind) reads well at 400 px
// where a topics × parties × kinds grid would not. On a page with mentions it opens on the page's cycle and
// topics, the page's parties first (src/popup/focus.ts), with "Show all topics" beside. Props only.
import { useState } from 'preact/hooks';
import type { Entity, Positions as PositionsData } from '../../core/types';
import { t } from '../../shared/i18n';
import type { PositionsFocus } from '../focus';
import { KIND_KEYS } from '../format';
import { CopyCitation, Disputed, EntityLink, SourceLinks, type OpenEntity } from '../parts';

export interface PositionsProps {
  positions: PositionsData;
  byId: ReadonlyMap<string, Entity>;
  onOpen: OpenEntity;
  /** The page's cycle, topics and parties; absent: the whole table, first cycle first. */
  focus?: PositionsFocus;
}

const KIND_ORDER = { demand: 0, offer: 1, outcome: 2 } as const;

export function Positions({ positions, byId, onOpen, focus }: PositionsProps) {
  const cycles = positions.cycles.filter((c) => positions.cells.some((x) => x.cycle === c.id));
  const [cycle, setCycle] = useState(cycles.some((c) => c.id === focus?.cycle) ? focus?.cycle : cycles[0]?.id);
  const [all, setAll] = useState(false);
  if (cycles.length === 0 || cycle === undefined) return <p class="empty">{t('noPositions')}</p>;
  const cells = positions.cells.filter((c) => c.cycle === cycle);
  const parties = [...new Set([...(focus?.parties ?? []), ...positions.cells.map((c) => c.party)])];
  const pageTopics = (focus?.topics ?? []).filter((id) => cells.some((c) => c.topic === id));
  const following = !all && pageTopics.length > 0;
  const topics = following ? pageTopics.map((id) => positions.topics.find((x) => x.id === id)!) : positions.topics;
  return (
    <div class="positions">
      <fieldset class="seg">
        <legend class="sr">{t('contractCycle')}</legend>
        {cycles.map((c) => (
          <label key={c.id} class={c.id === cycle ? 'on' : ''}>
            <input type="radio" name="cycle" value={c.id} checked={c.id === cycle} onChange={() => setCycle(c.id)} />
            {c.name}
          </label>
        ))}
      </fieldset>
      {pageTopics.length > 0 && (
        <p class="follow">
          {following ? t('followingPageTopics') : t('showingAllTopics')}{' '}
          <button type="button" class="link" onClick={() => setAll(following)}>
            {following ? t('showAllTopics') : t('showPageTopics')}
          </button>
        </p>
      )}
      {topics.map((topic) => {
        const mine = cells.filter((c) => c.topic === topic.id);
        if (mine.length === 0) return null;
        mine.sort((a, b) => parties.indexOf(a.party) - parties.indexOf(b.party) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
        return (
          <section key={topic.id} data-topic={topic.id} aria-labelledby={`topic-${topic.id}`}>
            <h2 id={`topic-${topic.id}`}>{topic.name}</h2>
            {topic.description && <p class="hint">{topic.description}</p>}
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('party')}</th>
                  <th scope="col">{t('position')}</th>
                </tr>
              </thead>
              <tbody>
                {mine.map((c) => {
                  const party = byId.get(c.party);
                  return (
                    <tr key={`${c.party}-${c.kind}-${c.text}`} data-party={c.party} data-kind={c.kind} data-disputed={c.disputed ? 'true' : undefined}>
                      <th scope="row">
                        {party ? <EntityLink entity={party} onOpen={onOpen} /> : c.party}
                        <span class="kind">{t(KIND_KEYS[c.kind])}</span>
                      </th>
                      <td>
                        {c.disputed && <Disputed />}
                        {c.text} <SourceLinks sources={c.sources} /> <CopyCitation fact={c} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
