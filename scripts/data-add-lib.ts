// `npm run data:add`: builds a dataset entry from flags, checks the whole dataset with it, and writes it into its
// file by inserting text (the rest of the file is left byte for byte). Nothing is written if a check fails.
import { validateDatasetDetailed, type RawFiles } from '../src/core/dataset-validate';
import { assessSources, hostOf } from '../src/core/sourcing';
import type { Category } from '../src/core/types';

export type Flags = Record<string, string[]>;

/** `--key value` pairs (repeatable) and bare `--switch`es. */
export function parseFlags(argv: string[]): Flags {
  const flags: Flags = {};
  for (let i = 0; i < argv.length; i++) {
    const key = /^--([a-z-]+)$/.exec(argv[i]!)?.[1];
    if (!key) throw new Error(`Unexpected "${argv[i]}": every value follows a --flag (quote text with spaces)`);
    const value = argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--') ? argv[++i]! : 'true';
    (flags[key] ??= []).push(value);
  }
  return flags;
}

const one = (f: Flags, key: string, required = true): string | undefined => {
  const v = f[key];
  if (v && v.length > 1) throw new Error(`--${key} is given ${v.length} times; give it once`);
  if (required && !v) throw new Error(`--${key} is required`);
  return v?.[0];
};

/** The sources: --title, --publisher, --url and --date once per source, in the same order. */
function sources(f: Flags) {
  const keys = ['title', 'publisher', 'url', 'date'] as const;
  for (const k of keys) if (!f[k]) throw new Error(`--${k} is required (a source: --title --publisher --url --date)`);
  const n = f.url!.length;
  if (keys.some((k) => f[k]!.length !== n)) throw new Error('Give --title, --publisher, --url and --date once per source, as many times each');
  return f.url!.map((url, i) => ({ title: f.title![i]!, publisher: f.publisher![i]!, url, date: f.date![i]! }));
}

function fact(f: Flags, textKey: string) {
  return {
    text: one(f, textKey)!,
    ...(f.happened ? { date: one(f, 'happened')! } : {}),
    ...(f['as-of'] ? { asOf: one(f, 'as-of')! } : {}),
    ...(f.disputed ? { disputed: true } : {}),
    sources: sources(f),
  };
}

const DEFAULT_CASE: Record<Category, 'name' | 'term'> = { studio: 'name', union: 'name', 'trade-group': 'name', person: 'name', law: 'name', 'ai-term': 'term' };

/** `--alias "WGA:exact"`, `--alias "Apple:name:context"`, `--alias "Netflix"` (the category's usual case). */
function alias(spec: string, category: Category) {
  const [text, kase, context] = spec.split(':');
  if (kase && !['exact', 'name', 'term'].includes(kase)) throw new Error(`--alias "${spec}": the case after ':' is exact, name or term`);
  if (context !== undefined && context !== 'context') throw new Error(`--alias "${spec}": the third part can only be "context"`);
  return { text: text!.trim(), case: (kase ?? DEFAULT_CASE[category]) as 'exact' | 'name' | 'term', ...(context ? { needsContext: true } : {}) };
}

export function newEntity(f: Flags) {
  const category = one(f, 'category') as Category;
  if (!(category in DEFAULT_CASE)) throw new Error(`--category must be one of ${Object.keys(DEFAULT_CASE).join(', ')}`);
  const name = one(f, 'name')!;
  return { id: one(f, 'id')!, name, category, aliases: (f.alias ?? [name]).map((a) => alias(a, category)), summary: fact(f, 'summary'), facts: [] };
}

export function newFact(f: Flags) {
  return fact(f, 'fact');
}

/** Index just past the `]` closing the array that opens at `open`, skipping strings. */
function arrayEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      while (text[++i] !== '"') if (text[i] === '\\') i++;
    } else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && --depth === 0) return i;
  }
  throw new Error('unbalanced JSON');
}

/** Appends `item` to the array whose key is found after `from`, indented like its siblings. */
export function appendToArray(text: string, key: string, item: unknown, from = 0): string {
  const at = text.indexOf(`"${key}": [`, from);
  if (at < 0) throw new Error(`no "${key}" array`);
  const open = text.indexOf('[', at);
  const close = arrayEnd(text, open);
  const lineStart = text.lastIndexOf('\n', at) + 1;
  const indent = /^ */.exec(text.slice(lineStart))![0];
  const inner = `${indent}  `;
  const json = JSON.stringify(item, null, 2).replace(/\n/g, `\n${inner}`);
  const body = text.slice(open + 1, close).trimEnd();
  const joined = body.trim() ? `${body},\n${inner}${json}\n${indent}` : `\n${inner}${json}\n${indent}`;
  return text.slice(0, open + 1) + joined + text.slice(close);
}

/** Adds the entry to the raw files, returning the changed file and its new text; throws the dataset's problems. */
export function addEntry(files: RawFiles, texts: Record<string, string>, f: Flags): { file: string; text: string } {
  let file: string;
  let text: string;
  if (f.fact) {
    const id = one(f, 'id')!;
    file = Object.keys(files).find((p) => p.includes('entities/') && (files[p] as { entities?: { id: string }[] }).entities?.some((e) => e.id === id)) ?? '';
    if (!file) throw new Error(`No entity has the id "${id}"; add it first (--file --id --name --category --summary ...)`);
    const idAt = texts[file]!.indexOf(`"id": "${id}"`);
    text = appendToArray(texts[file]!, 'facts', newFact(f), idAt);
  } else {
    file = `src/data/entities/${one(f, 'file')}.json`;
    if (!(file in files)) throw new Error(`${file} does not exist; --file is one of ${Object.keys(files).filter((p) => p.includes('entities/')).map((p) => p.replace(/^.*\/|\.json$/g, '')).join(', ')}`);
    text = appendToArray(texts[file]!, 'entities', newEntity(f));
  }
  const { registry } = validateDatasetDetailed({ ...files, [file]: JSON.parse(text) });
  // The new fact meets the sourcing rule even while dataset.json only reports older facts below it.
  const check = assessSources(registry, sources(f));
  if (check.unreliable.length) throw new Error(`${hostOf(check.unreliable[0]!.url)} is an unreliable source and is never used: cite the original publisher`);
  if (!check.meetsRule) {
    throw new Error(`The sources are below the sourcing rule (best: ${check.best}): give one primary, wire, major or trade source, or two secondary ones from different publishers`);
  }
  return { file, text };
}
