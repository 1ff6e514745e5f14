// What early.ts (document_start) leaves for index.ts (document_idle): the stored settings, asked for while the page
// loaded. No imports: early.ts bundles this file and stays a few hundred bytes (settingsFrom in settings-apply.ts reads
// the stash).
export const EARLY_KEY = '__backstoryEarly';

export interface Early {
  /** storage.sync's raw contents; null if the read failed. */
  raw: Promise<Record<string, unknown> | null>;
  /** The settings changed after the read (storage.onChanged, area 'sync'): `raw` is stale. */
  changed: boolean;
  /** ms early.ts took (our work too: the benchmark counts it). */
  ms: number;
}

/** Takes the stash (once: a second copy of index.ts in the same world finds none). */
export function takeEarly(): Early | undefined {
  const g = globalThis as Record<string, unknown>;
  const early = g[EARLY_KEY] as Early | undefined;
  delete g[EARLY_KEY];
  return early;
}
