// What early.ts (document_start) leaves for index.ts (document_idle): the stored settings, asked for while the page
// loaded, and whether the document was new then. No imports: early.ts bundles this file and stays a few hundred bytes
// (settingsFrom in settings.ts reads the stash).
export const EARLY_KEY = '__backstoryEarly';

export interface Early {
  /** storage.sync's raw contents; null if the read failed. */
  raw: Promise<Record<string, unknown> | null>;
  /** The settings changed after the read (storage.onChanged, area 'sync'): `raw` is stale. */
  changed: boolean;
  /** ms early.ts took (our work too: the benchmark counts it). */
  ms: number;
  /**
   * The document was still loading when early.ts ran: a new document, which no older copy of ours can have marked
   * (an update injects the new copy into open tabs, whose documents have loaded). index.ts then does not look for
   * an older copy's marks and card: two walks of the whole document (~1 ms each on the 1 MB article).
   */
  fresh: boolean;
}

/** Takes the stash (once: a second copy of index.ts in the same world finds none). */
export function takeEarly(): Early | undefined {
  const g = globalThis as Record<string, unknown>;
  const early = g[EARLY_KEY] as Early | undefined;
  delete g[EARLY_KEY];
  return early;
}
