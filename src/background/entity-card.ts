import dataset from 'virtual:backstory/dataset';
import type { Entity } from '../core/types';
import type { EntityCard } from '../shared/messages';

const byId = new Map<string, Entity>(dataset.entities.map((e) => [e.id, e]));
const BARGAINING: ReadonlySet<Entity['category']> = new Set(['union', 'studio', 'trade-group']);

/** How many key facts the card shows (the issue asks for two to four; fewer only when the dataset has fewer). */
export const CARD_FACTS = 4;

/**
 * The card's view of an entity: name, category, summary (an AI term's summary is its plain definition), for a
 * union/studio/trade group its AI stance and latest contract, for others why it mattered, and up to four facts.
 */
export function cardOf(e: Entity, sourcesTo: string): EntityCard {
  const bargaining = BARGAINING.has(e.category);
  return {
    id: e.id,
    name: e.name,
    category: e.category,
    summary: e.summary,
    ...(bargaining && e.stance ? { stance: e.stance } : {}),
    ...(bargaining && e.latestContract ? { latestContract: e.latestContract } : {}),
    ...(!bargaining && e.whyItMatters ? { whyItMatters: e.whyItMatters } : {}),
    facts: e.facts.slice(0, CARD_FACTS),
    aliases: e.aliases.map((a) => a.text),
    sourcesTo,
  };
}

export function entityCard(id: string): EntityCard | null {
  const e = byId.get(id);
  return e ? cardOf(e, dataset.sourcesTo) : null;
}
