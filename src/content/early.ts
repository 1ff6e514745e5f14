// Runs at document_start, before the page has loaded: asks for the reader's settings then, so that the main
// content script (index.ts, at document_idle) finds them waiting instead of asking and waiting itself (Firefox
// answered 22–53 ms after index.ts asked, and its first highlight waited for that), and notes whether the
// document is still loading (a new one: see Early.fresh). No polyfill, no other DOM access. The answer is left on
// our own global (the isolated world or sandbox both scripts share; the page cannot see it). A change to the
// settings after this read marks it stale; index.ts then reads them again.
import { EARLY_KEY, type Early } from './early-stash';

type StorageArea = { get(keys: null): Promise<Record<string, unknown>> };
type Storage = { sync: StorageArea; onChanged: { addListener(fn: (changes: object, area: string) => void): void } };
const api = globalThis as unknown as { browser?: { storage: Storage }; chrome?: { storage: Storage } };

try {
  const t0 = performance.now();
  const storage = (api.browser ?? api.chrome)!.storage; // Firefox's `browser`, Chrome's `chrome` (MV3: promises)
  const early: Early = { raw: storage.sync.get(null).catch(() => null), changed: false, ms: 0, fresh: document.readyState === 'loading' };
  storage.onChanged.addListener((_changes, area) => {
    if (area === 'sync') early.changed = true;
  });
  early.ms = performance.now() - t0;
  (globalThis as Record<string, unknown>)[EARLY_KEY] = early;
} catch {
  // No extension context (an orphaned copy after an update): index.ts asks for itself.
}
