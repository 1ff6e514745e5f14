// relevance.json against the entities: its checks (file and field in every problem) and the alias list the matcher
// gets, each alias with its level (types.ts Level), exclusions included. Pure. See docs/architecture.md § Relevance.
import { aliasKey, canonical } from './normalize';
import type { AliasEntry, Dataset, Entity, Level, Relevance, RelevanceRules } from './types';

/** Problems of relevance.json that the schema cannot see: names it uses must be the entities' aliases, and so on. */
export function checkRelevance(rel: Relevance, entities: Entity[], file: string, problems: string[]): void {
  const owner = new Map<string, string>();
  for (const e of entities) for (const a of e.aliases) owner.set(aliasKey(a.text), e.id);
  const ids = new Set(entities.map((e) => e.id));
  const known = (field: string, list: string[]) =>
    list.forEach((t, i) => {
      if (!owner.has(aliasKey(t))) problems.push(`${file} › ${field}[${i}] "${t}": not an alias of any entity`);
    });
  known('ambiguous.page', rel.ambiguous.page);
  known('ambiguous.context', rel.ambiguous.context);
  known('ambiguous.defined', rel.ambiguous.defined);
  known('commonSurnames', rel.commonSurnames);
  known('shortNames', rel.shortNames);
  for (const id of Object.keys(rel.weights.entities)) {
    if (!ids.has(id)) problems.push(`${file} › weights.entities.${id}: unknown entity "${id}"`);
  }
  rel.words.forEach((w, i) => {
    if (/[^\x20-\x7e]/.test(w.text)) problems.push(`${file} › words[${i}] "${w.text}": write it in ASCII (any apostrophe matches)`);
    if (w.group !== undefined && !(w.group in rel.groups)) problems.push(`${file} › words[${i}] "${w.text}" › group: unknown group "${w.group}"`);
  });
  for (const [id, others] of Object.entries(rel.shadows ?? {})) {
    for (const o of [id, ...others]) if (!ids.has(o)) problems.push(`${file} › shadows.${id}: unknown entity "${o}"`);
  }
  rel.exclusions.forEach((x, i) => {
    if (!ids.has(x.not)) problems.push(`${file} › exclusions[${i}] "${x.text}" › not: unknown entity "${x.not}"`);
    const taken = owner.get(aliasKey(x.text));
    if (taken) problems.push(`${file} › exclusions[${i}] "${x.text}": is an alias of ${taken}; a name cannot be both`);
  });
}

/** "Bob Iger" → "Iger": an alias that ends another alias of the same entity, a whole word or more. */
function isShortOf(short: string, aliases: readonly { text: string }[]): boolean {
  const s = canonical(short).toLowerCase();
  return aliases.some((a) => {
    const full = canonical(a.text).toLowerCase();
    return full.length > s.length && full.endsWith(s) && full.charAt(full.length - s.length - 1) === ' ';
  });
}

function levelOf(e: Entity, text: string, rel: Relevance | undefined): Level | undefined {
  if (!rel) return undefined;
  const key = aliasKey(text);
  const has = (list: string[]) => list.some((t) => aliasKey(t) === key);
  if (has(rel.commonSurnames)) return 'never';
  if ((e.category === 'person' || has(rel.shortNames)) && isShortOf(text, e.aliases)) return 'surname';
  if (has(rel.ambiguous.defined)) return 'defined';
  if (has(rel.ambiguous.page)) return 'page';
  if (has(rel.ambiguous.context)) return 'context';
  return e.aliases.find((a) => a.text === text)?.needsContext ? 'context' : undefined;
}

/** Every alias of the dataset with its level, then the exclusions (as aliases of the entity they are not). */
export function levelledAliases(ds: Dataset): AliasEntry[] {
  const rel = ds.relevance;
  const aliases: AliasEntry[] = ds.entities.flatMap((e) =>
    e.aliases.map((a) => {
      const level = levelOf(e, a.text, rel);
      const entry: AliasEntry = { id: e.id, category: e.category, text: a.text, case: a.case, needsContext: (a.needsContext ?? false) || !!level };
      if (level) entry.level = level;
      return entry;
    }),
  );
  const category = new Map(ds.entities.map((e) => [e.id, e.category]));
  for (const x of rel?.exclusions ?? []) {
    // Any case the text may be written in ("Universal credit"): the 'term' rule on its lower-case form.
    aliases.push({ id: x.not, category: category.get(x.not) ?? 'studio', text: x.text.toLowerCase(), case: 'term', needsContext: false, level: 'exclude' });
  }
  return aliases;
}

/** The part of relevance.json the content script needs beside the aliases. */
export function relevanceRules(rel: Relevance | undefined): RelevanceRules | undefined {
  if (!rel) return undefined;
  const { threshold, blockWeight, weights, words, groups, qualifiers, shadows } = rel;
  return { threshold, blockWeight, weights, words, groups, qualifiers, ...(shadows ? { shadows } : {}) };
}
