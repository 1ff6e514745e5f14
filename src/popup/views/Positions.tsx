// Positions: for one contract cycle, each topic's table of parties × demand / offer / outcome, every cell
// sourced, disputed cells marked. A real <table> per topic (row headers: party and kind) reads well at 400 px
// where a topics × parties × kinds grid would not. Props only.
import { useState } from 'preact/hooks';
import type { Entity, Positions as PositionsData } from '../../core/types';
import { t } from '../../shared/i18n';
import { KIND_KEYS } from '../format';
import { CopyCitation, Disputed, EntityLink, SourceLinks, type OpenEntity } from '../parts';

export interface PositionsProps {
  positions: PositionsData;
  byId: ReadonlyMap<string, Entity>;
  onOpen: OpenEntity;
}

const KIND_ORDER = { demand: 0, offer: 1, outcome: 2 } as const;

export function Positions({ positions, byId, onOpen }: PositionsProps) {
  const cycles = positions.cycles.filter((c) => positions.cells.some((x) => x.cycle === c.id));
  const [cycle, setCycle] = useState(cycles[0]?.id);
  if (cycles.length === 0 || cycle === undefined) return <p class="empty">{t('noPositions')}</p>;
  const cells = positions.cells.filter((c) => c.cycle === cycle);
  const parties = [...new Set(positions.cells.map((c) => c.party))];
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
      {positions.topics.map((topic) => {
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
