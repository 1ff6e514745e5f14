// Dataset types. The zod schema in dataset-schema.ts is the source of truth; these are inferred from it.
import type { z } from 'zod';
import type {
  SourceSchema,
  FactSchema,
  AliasSchema,
  EntitySchema,
  TimelineEventSchema,
  PositionsSchema,
  CategorySchema,
  RelevanceSchema,
  StorylinesSchema,
} from './dataset-schema';
import type { Publisher } from './sourcing';

export type Source = z.infer<typeof SourceSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type Alias = z.infer<typeof AliasSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Category = z.infer<typeof CategorySchema>;
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
export type Positions = z.infer<typeof PositionsSchema>;
export type PositionCell = Positions['cells'][number];
export type Relevance = z.infer<typeof RelevanceSchema>;

export interface Dataset {
  version: string;
  updated: string;
  /** The date of the newest source cited, computed at build time: what the card and popup show. */
  sourcesTo: string;
  contextWords: string[];
  entities: Entity[];
  events: TimelineEvent[];
  positions: Positions;
  /** Absent in hand-made test datasets; the build always has it (storylines.json). */
  storylines?: Storylines;
  /** The publisher registry (src/data/publishers/), for the sources page. */
  publishers: Publisher[];
  /** src/data/relevance.json (absent: no name is held back, no page is judged). */
  relevance?: Relevance;
}

/**
 * How an alias's hit becomes a mention (src/core/relevance.ts). None: always. `context`: on a relevant page, in a
 * block with industry context or with a qualifier; `page`: on a relevant page or with a qualifier; `defined`: once
 * the page defines it; `surname`: after the entity's full name; `never`: not alone; `exclude`: a name that is not
 * the entity (its span is no mention; after it, the entity's ambiguous names mean that other thing, until the entity
 * itself is named).
 */
export type Level = 'context' | 'page' | 'defined' | 'surname' | 'never' | 'exclude';

/** What the content script needs of relevance.json (the ambiguity and exclusions are in the aliases' levels). */
export type RelevanceRules = Pick<Relevance, 'threshold' | 'blockWeight' | 'weights' | 'words' | 'groups' | 'qualifiers' | 'shadows'>;

/** What the content script needs to recognise mentions: no facts, no sources. */
export interface AliasEntry {
  /** Entity id. */
  id: string;
  category: Category;
  text: string;
  case: Alias['case'];
  needsContext: boolean;
  level?: Level;
}

export interface MatcherData {
  aliases: AliasEntry[];
  contextWords: string[];
  relevance?: RelevanceRules;
  /** Precomputed by the build (matcherSources); computed at start when absent. */
  sources?: MatcherSources;
}

/** What compileMatcher builds its patterns from: alternation sources and each alias's lookup key (in order). */
export interface MatcherSources {
  all: string;
  lower: string;
  upper: string;
  keys: string[];
  /** What an alias or its plural can end with: its last three characters, lower-case (mayEndAt). */
  ends: string[];
}

export const CATEGORIES = ['studio', 'union', 'trade-group', 'person', 'law', 'ai-term'] as const;
export type Storylines = z.infer<typeof StorylinesSchema>;
export type Storyline = Storylines['storylines'][number];
