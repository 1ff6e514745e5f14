// Instant offline search over the bundled dataset: names, aliases, AI terms and fact texts. Pure (no DOM), so
// it is tested in Node; built once per popup (a few hundred entities and facts: well under a millisecond).
import type { Dataset, Entity } from '../core/types';

export type MatchedOn = 'name' | 'alias' | 'fact';

export interface SearchHit {
  entity: Entity;
  on: MatchedOn;
  /** The alias or fact text that matched (the name itself for name hits). */
  text: string;
}

interface Doc {
  entity: Entity;
  name: string;
  aliases: { raw: string; folded: string }[];
  facts: { raw: string; folded: string }[];
}

export interface SearchIndex {
  docs: Doc[];
}

/** Lower case, no accents, one kind of hyphen and apostrophe, single spaces. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export function buildIndex(dataset: Pick<Dataset, 'entities'>): SearchIndex {
  return {
    docs: dataset.entities.map((entity) => {
      const facts = [entity.summary, entity.stance, entity.latestContract, entity.whyItMatters, ...entity.facts]
        .filter((f) => f !== undefined)
        .map((f) => ({ raw: f.text, folded: fold(f.text) }));
      return {
        entity,
        name: fold(entity.name),
        aliases: entity.aliases.map((a) => ({ raw: a.text, folded: fold(a.text) })),
        facts,
      };
    }),
  };
}

const wordStart = (hay: string, needle: string) => hay.startsWith(needle) || hay.includes(` ${needle}`) || hay.includes(`-${needle}`);

/** Entities matching every word of the query, best first: exact name or alias, then name, alias, fact;
 * prefixes before infixes. */
export function search(index: SearchIndex, query: string, limit = 30): SearchHit[] {
  const q = fold(query);
  if (q.length === 0) return [];
  const words = q.split(' ');
  const all = (hay: string) => words.every((w) => hay.includes(w));
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const d of index.docs) {
    let best: { hit: SearchHit; score: number } | undefined;
    const exact = d.name === q ? d.entity.name : d.aliases.find((a) => a.folded === q)?.raw;
    if (exact !== undefined) best = { hit: { entity: d.entity, on: exact === d.entity.name ? 'name' : 'alias', text: exact }, score: -1 };
    else if (all(d.name)) best = { hit: { entity: d.entity, on: 'name', text: d.entity.name }, score: d.name.startsWith(q) ? 0 : wordStart(d.name, q) ? 1 : 2 };
    if (!best) {
      const a = d.aliases.find((x) => all(x.folded));
      if (a) best = { hit: { entity: d.entity, on: 'alias', text: a.raw }, score: a.folded.startsWith(q) ? 3 : 4 };
    }
    if (!best) {
      const f = d.facts.find((x) => words.every((w) => wordStart(x.folded, w)));
      if (f) best = { hit: { entity: d.entity, on: 'fact', text: f.raw }, score: 5 };
    }
    if (best) scored.push(best);
  }
  scored.sort((a, b) => a.score - b.score || a.hit.entity.name.localeCompare(b.hit.entity.name));
  return scored.slice(0, limit).map((s) => s.hit);
}
