// Validates the raw dataset files and assembles the Dataset. Pure: the caller reads the files.
// Every problem names the file, the entry and the field, so a bad edit fails the build with a usable message.
import type { z } from 'zod';
import { EntitySchema, MetaSchema, PositionsSchema, PublishersFileSchema, RelevanceSchema, StorylinesSchema, TimelineFileSchema } from './dataset-schema';
import { checkRelevance } from './relevance-data';
import { storylineProblems } from './storylines-validate';
import type { Dataset, Entity, Positions, TimelineEvent } from './types';
import { buildRegistry, locateFacts, newestSourceDate, sourcingProblems, unknownHosts, type LocatedFact, type Publisher, type Registry, type SourcingProblems } from './sourcing';
import { oddCase } from './alternation';
import { aliasKey } from './normalize';

export interface RawFiles {
  /** path → parsed JSON; paths decide the role: dataset.json, timeline.json, positions.json, entities/*.json */
  [path: string]: unknown;
}

export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`The dataset is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
    this.name = 'DatasetError';
  }
}

function formatPath(path: readonly PropertyKey[], data: unknown): string {
  let out = '';
  let node: unknown = data;
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`;
      const entry = Array.isArray(node) ? node[key] : undefined;
      const id = entry && typeof entry === 'object' && 'id' in entry ? (entry as { id: unknown }).id : undefined;
      if (typeof id === 'string') out += ` (${id})`;
    } else {
      out += `${out ? '.' : ''}${String(key)}`;
    }
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  }
  return out;
}

function check<T>(schema: z.ZodType<T>, file: string, data: unknown, problems: string[]): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(`${file} › ${formatPath(issue.path, data) || '(root)'}: ${issue.message}`);
  }
  return undefined;
}

const basename = (p: string) => p.split('/').pop() ?? p;

/** The publisher files, merged; a host given two different tiers is an error naming both files. */
function readPublishers(files: RawFiles, paths: string[], problems: string[]): Publisher[] {
  const publishers: Publisher[] = [];
  const tierOf = new Map<string, { tier: string; file: string }>();
  for (const p of paths) {
    const file = check(PublishersFileSchema, p, files[p], problems);
    file?.publishers.forEach((pub, i) => {
      for (const h of pub.hosts) {
        const seen = tierOf.get(h);
        if (seen && seen.tier !== pub.tier) problems.push(`${p} › publishers[${i}] (${pub.name}) › hosts: "${h}" is ${pub.tier} here but ${seen.tier} in ${seen.file}`);
        else tierOf.set(h, { tier: pub.tier, file: p });
      }
      publishers.push(pub);
    });
  }
  return publishers;
}

/** Cells must name known topics, cycles and parties; two cells saying the same thing under one key are a copy-paste slip. */
function checkPositions(positions: Dataset['positions'], file: string, where: Map<string, string>, problems: string[]): void {
  const topics = new Set(positions.topics.map((t) => t.id));
  const cycles = new Set(positions.cycles.map((c) => c.id));
  const seen = new Map<string, number>();
  positions.cells.forEach((c, i) => {
    const at = `${file} › cells[${i}] (${c.topic}/${c.party}/${c.cycle})`;
    if (!topics.has(c.topic)) problems.push(`${at} › topic: unknown topic "${c.topic}"`);
    if (!cycles.has(c.cycle)) problems.push(`${at} › cycle: unknown cycle "${c.cycle}"`);
    if (!where.has(c.party)) problems.push(`${at} › party: unknown entity "${c.party}"`);
    const key = [c.topic, c.party, c.cycle, c.kind, c.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()].join('/');
    const first = seen.get(key);
    if (first !== undefined) problems.push(`${at} › text: duplicate ${c.kind} cell (same text as cells[${first}])`);
    else seen.set(key, i);
  });
}

export interface ValidatedDataset {
  dataset: Dataset;
  /** Every fact with its location ("file › entry"). */
  facts: LocatedFact[];
  registry: Registry;
  /** The sourcing rule's violations; they fail validation only when dataset.json says "sourcingRule": "enforce". */
  sourcing: SourcingProblems;
  rule: 'enforce' | 'report';
}

/** Entity files, read into entities and `where` (id → file). */
function readEntities(files: RawFiles, entityPaths: string[], problems: string[]): { entities: Entity[]; where: Map<string, string> } {
  const entities: Entity[] = [];
  const where = new Map<string, string>();
  for (const p of entityPaths) {
    const file = files[p] as { entities?: unknown };
    if (!file || typeof file !== 'object' || !Array.isArray(file.entities)) {
      problems.push(`${p} › (root): must be an object with an "entities" array`);
      continue;
    }
    // Entity by entity, so one bad entry does not hide the rest (or cascade into "unknown entity" errors).
    file.entities.forEach((raw: unknown, i: number) => {
      const rawId = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
      const id = typeof rawId === 'string' ? rawId : undefined;
      if (id) {
        const seen = where.get(id);
        if (seen) problems.push(`${p} › ${id}: duplicate id (also in ${seen})`);
        else where.set(id, p);
      }
      const result = EntitySchema.safeParse(raw);
      if (result.success) entities.push(result.data);
      else for (const issue of result.error.issues) {
        problems.push(`${p} › ${formatPath(['entities', i, ...issue.path], file)}: ${issue.message}`);
      }
    });
  }
  return { entities, where };
}

interface Parts {
  entities: Entity[];
  where: Map<string, string>;
  timeline: { events: TimelineEvent[] } | undefined;
  positions: Positions | undefined;
  timelinePath?: string;
  positionsPath?: string;
}

/** References between files: aliases owned once, related ids, event parties, positions rows. */
function crossCheck({ entities, where, timeline, positions, timelinePath, positionsPath }: Parts, problems: string[]): void {
  // Aliases: one owner each, compared the way the matcher compares them.
  const aliasOwner = new Map<string, string>();
  for (const e of entities) {
    e.aliases.forEach((a, i) => {
      const key = aliasKey(a.text);
      const owner = aliasOwner.get(key);
      if (owner && owner !== e.id) {
        problems.push(`${where.get(e.id)} › ${e.id} › aliases[${i}] "${a.text}": also claimed by ${owner}; an alias may belong to one entity only`);
      } else aliasOwner.set(key, e.id);
      const odd = [...a.text].find(oddCase);
      if (odd) problems.push(`${where.get(e.id)} › ${e.id} › aliases[${i}] "${a.text}": "${odd}" has an unusual case mapping (like ſ, ς, ß or the Kelvin sign) that the matcher cannot fold; write the usual letter`);
    });
    for (const r of e.related ?? []) {
      if (!where.has(r)) problems.push(`${where.get(e.id)} › ${e.id} › related: unknown entity "${r}"`);
    }
  }

  const eventIds = new Map<string, number>();
  timeline?.events.forEach((ev, i) => {
    const first = eventIds.get(ev.id);
    if (first !== undefined) problems.push(`${timelinePath} › events[${i}] (${ev.id}): duplicate id (also events[${first}])`);
    else eventIds.set(ev.id, i);
    for (const p of ev.parties) {
      if (!where.has(p)) problems.push(`${timelinePath} › events[${i}] (${ev.id}) › parties: unknown entity "${p}"`);
    }
  });

  if (positions) checkPositions(positions, positionsPath ?? 'positions.json', where, problems);
}

/** Tiers every citation; the rule's violations fail validation only when dataset.json enforces it. */
function checkSourcing(dataset: Dataset, setting: 'enforce' | 'report' | undefined, at: Pick<Parts, 'where' | 'timelinePath' | 'positionsPath'>, problems: string[]) {
  const registry = buildRegistry(dataset.publishers);
  const facts = locateFacts(dataset, (id) => at.where.get(id) ?? 'entities', { timeline: at.timelinePath ?? 'timeline.json', positions: at.positionsPath ?? 'positions.json' });
  dataset.sourcesTo = newestSourceDate(facts);
  problems.push(...unknownHosts(registry, facts));
  const sourcing = sourcingProblems(registry, facts);
  const rule = setting ?? 'enforce';
  if (rule === 'enforce') problems.push(...sourcing.belowRule, ...sourcing.unreliable, ...sourcing.missingAsOf);
  return { facts, registry, sourcing, rule };
}

/** Validates and assembles the dataset; throws a DatasetError listing every problem. */
export function validateDataset(files: RawFiles): Dataset {
  return validateDatasetDetailed(files).dataset;
}

export function validateDatasetDetailed(files: RawFiles): ValidatedDataset {
  const problems: string[] = [];
  const paths = Object.keys(files).sort();
  const find = (name: string) => paths.find((p) => basename(p) === name && !p.includes('/entities/'));

  const metaPath = find('dataset.json');
  const timelinePath = find('timeline.json');
  const positionsPath = find('positions.json');
  const relevancePath = find('relevance.json');
  const storylinesPath = find('storylines.json');
  const entityPaths = paths.filter((p) => p.includes('entities/'));
  const publisherPaths = paths.filter((p) => p.includes('publishers/'));
  if (!metaPath) problems.push('dataset.json: file is missing');
  if (entityPaths.length === 0) problems.push('entities/*.json: no entity files found');
  if (publisherPaths.length === 0) problems.push('publishers/*.json: no publisher registry found');
  const publishers = readPublishers(files, publisherPaths, problems);

  const meta = metaPath ? check(MetaSchema, metaPath, files[metaPath], problems) : undefined;
  const timeline = timelinePath ? check(TimelineFileSchema, timelinePath, files[timelinePath], problems) : { events: [] };
  const positions = positionsPath
    ? check(PositionsSchema, positionsPath, files[positionsPath], problems)
    : { topics: [], cycles: [], cells: [] };
  const storylines = storylinesPath ? check(StorylinesSchema, storylinesPath, files[storylinesPath], problems) : { terms: {}, storylines: [] };

  const { entities, where } = readEntities(files, entityPaths, problems);

  crossCheck({ entities, where, timeline, positions, timelinePath, positionsPath }, problems);

  const relevance = relevancePath ? check(RelevanceSchema, relevancePath, files[relevancePath], problems) : undefined;
  if (relevance && relevancePath) checkRelevance(relevance, entities, relevancePath, problems);

  if (storylines && timeline && positions) problems.push(...storylineProblems(storylinesPath ?? 'storylines.json', storylines, { entities: new Set(where.keys()), events: timeline.events, positions }));

  if (problems.length > 0 || !meta || !timeline || !positions || !storylines) throw new DatasetError(problems);
  const dataset: Dataset = {
    version: meta.version,
    updated: meta.updated,
    sourcesTo: '',
    contextWords: meta.contextWords,
    entities,
    events: [...timeline.events].sort((a, b) => a.date.localeCompare(b.date)),
    positions,
    storylines,
    publishers,
    ...(relevance ? { relevance } : {}),
  };
  const { facts, registry, sourcing, rule } = checkSourcing(dataset, meta.sourcingRule, { where, timelinePath, positionsPath }, problems);
  if (problems.length > 0) throw new DatasetError(problems);
  return { dataset, facts, registry, sourcing, rule };
}
