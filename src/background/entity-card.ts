import dataset from 'virtual:backstory/dataset';
import type { Entity } from '../core/types';
import type { EntityCard } from '../shared/messages';

const byId = new Map<string, Entity>(dataset.entities.map((e) => [e.id, e]));

/** The card's view of an entity: summary, the AI stance or why it matters, and up to three facts. */
export function entityCard(id: string): EntityCard | null {
  const e = byId.get(id);
  if (!e) return null;
  return {
    id: e.id,
    name: e.name,
    category: e.category,
    summary: e.summary,
    highlight: e.stance ?? e.whyItMatters ?? e.latestContract,
    facts: e.facts.slice(0, 3),
    updated: dataset.updated,
  };
}
