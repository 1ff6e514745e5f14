// Runtime schema of the bundled dataset (docs/dataset.md). Used at build time by the data plugin and in tests.
import { z } from 'zod';
import { TIERS } from './sourcing';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'is not a real calendar date');

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single hyphens)');

export const CategorySchema = z.enum(['studio', 'union', 'trade-group', 'person', 'law', 'ai-term']);

export const SourceSchema = z.strictObject({
  title: z.string().min(3),
  publisher: z.string().min(2),
  url: z
    .string()
    .url('must be a URL')
    .refine((u) => u.startsWith('https://'), 'must use https'),
  date: isoDate,
  /** For a repost: whose work it is ("Associated Press"); `publisher` names the host. */
  originalPublisher: z.string().min(2).optional(),
});

export const FactSchema = z.strictObject({
  text: z.string().min(10).max(400),
  date: isoDate.optional(),
  asOf: isoDate.optional(),
  disputed: z.boolean().optional(),
  sources: z.array(SourceSchema).min(1, 'needs at least one source'),
});

export const AliasSchema = z.strictObject({
  text: z.string().min(2),
  case: z.enum(['exact', 'name', 'term']),
  needsContext: z.boolean().optional(),
});

export const EntitySchema = z.strictObject({
  id: kebabId,
  name: z.string().min(2),
  category: CategorySchema,
  aliases: z.array(AliasSchema).min(1, 'needs at least one alias'),
  summary: FactSchema,
  stance: FactSchema.optional(),
  latestContract: FactSchema.optional(),
  whyItMatters: FactSchema.optional(),
  facts: z.array(FactSchema),
  related: z.array(kebabId).optional(),
});

export const TimelineEventSchema = z.strictObject({
  id: kebabId,
  date: isoDate,
  title: z.string().min(3).max(120),
  text: z.string().min(10).max(500),
  parties: z.array(kebabId).min(1),
  disputed: z.boolean().optional(),
  sources: z.array(SourceSchema).min(1, 'needs at least one source'),
});

export const TimelineFileSchema = z.strictObject({ events: z.array(TimelineEventSchema) });

export const PositionsSchema = z.strictObject({
  topics: z.array(z.strictObject({ id: kebabId, name: z.string().min(2), description: z.string().optional() })),
  cycles: z.array(z.strictObject({ id: z.string().min(2), name: z.string().min(2) })),
  cells: z.array(
    z.strictObject({
      topic: kebabId,
      party: kebabId,
      cycle: z.string(),
      kind: z.enum(['demand', 'offer', 'outcome']),
      text: z.string().min(10).max(500),
      asOf: isoDate.optional(),
      disputed: z.boolean().optional(),
      sources: z.array(SourceSchema).min(1, 'needs at least one source'),
    }),
  ),
});

export const MetaSchema = z.strictObject({
  version: z.string().min(1),
  updated: isoDate,
  contextWords: z.array(z.string().min(2)),
  /** "enforce": a fact below the sourcing rule, citing an unreliable source or lacking asOf fails the build. */
  sourcingRule: z.enum(['enforce', 'report']).optional(),
});

const hostName = z
  .string()
  .regex(/^(?!www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, 'must be a lower-case host name without "www." or a path');

export const PublishersFileSchema = z.strictObject({
  publishers: z.array(
    z.strictObject({
      name: z.string().min(2),
      hosts: z.array(hostName).min(1, 'needs at least one host'),
      tier: z.enum(TIERS),
    }),
  ),
});

/** src/data/relevance.json: which pages and blocks are about the screen industry (docs/architecture.md § Relevance). */
export const RelevanceSchema = z.strictObject({
  /** A page is relevant once its distinct signals weigh this much. */
  threshold: z.number().positive(),
  /** A block holding one signal of at least this weight gives an ambiguous name there its context. */
  blockWeight: z.number().positive(),
  weights: z.strictObject({
    categories: z.record(CategorySchema, z.number().min(0)),
    entities: z.record(kebabId, z.number().min(0)),
  }),
  /** Context words; a word in a group adds to the page's score only up to that group's cap (groups). */
  words: z.array(z.strictObject({ text: z.string().min(2), weight: z.number().min(0), group: z.string().optional() })),
  groups: z.record(z.string(), z.number().min(0)),
  ambiguous: z.strictObject({
    /** Names that count only on a relevant page, with a qualifier, or once the page defines them. */
    page: z.array(z.string().min(2)),
    /** Names that count on a relevant page, in a block with industry context, or with a qualifier. */
    context: z.array(z.string().min(2)),
    /** Short forms that count only after the page defines them: "… Producers (the Alliance)". */
    defined: z.array(z.string().min(2)),
  }),
  /** Surname aliases that are also common words: never a mention alone. */
  commonSurnames: z.array(z.string().min(2)),
  /** Aliases other than people's surnames that count only after the entity's full name. */
  shortNames: z.array(z.string().min(2)),
  qualifiers: z.strictObject({ after: z.array(z.string().min(2)), before: z.array(z.string().min(2)) }),
  /** Entity → entities whose ambiguous names mean it after a sure mention of it ("the Writers Guild" after the WGC). */
  shadows: z.record(kebabId, z.array(kebabId)).optional(),
  exclusions: z.array(
    z.strictObject({
      text: z.string().min(2),
      /** The entity this name is not. After it, that entity's ambiguous names mean it, until the entity is named surely. */
      not: kebabId,
    }),
  ),
});

/** storylines.json: the stories a page can belong to, and which entities point to which topics (docs/dataset.md). */
export const StorylinesSchema = z.strictObject({
  terms: z.record(kebabId, z.array(kebabId).min(1)),
  storylines: z.array(
    z.strictObject({
      id: kebabId,
      name: z.string().min(3).max(80),
      cycle: z.string().optional(),
      topics: z.array(kebabId).min(1),
      parties: z.array(kebabId).min(1),
      from: isoDate,
      to: isoDate,
      milestones: z.array(kebabId),
    }),
  ),
});
