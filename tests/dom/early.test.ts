// early.ts (document_start) asks for the stored settings and leaves the answer for index.ts; settingsFrom uses it
// only while it is fresh. The end-to-end half: living.ts checks that early.ts's task is counted as ours.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULTS, type Settings } from '../../src/shared/settings';

const { EARLY_KEY, takeEarly } = await import('../../src/content/early-stash');
const { settingsFrom } = await import('../../src/content/settings');

type Listener = (changes: object, area: string) => void;
const g = globalThis as Record<string, unknown>;

function fakeStorage(stored: Record<string, unknown>) {
  const listeners: Listener[] = [];
  return {
    listeners,
    storage: { sync: { get: vi.fn(async () => stored) }, onChanged: { addListener: (fn: Listener) => listeners.push(fn) } },
  };
}

async function runEarly(): Promise<void> {
  vi.resetModules();
  await import('../../src/content/early');
}

describe('early.ts', () => {
  beforeEach(() => {
    delete g.chrome;
    delete g.browser;
    delete g[EARLY_KEY];
  });
  afterEach(() => {
    delete g.chrome;
    delete g.browser;
  });

  it('asks for the stored settings at once and leaves them for index.ts, once', async () => {
    const { storage } = fakeStorage({ paused: true });
    g.chrome = { storage };
    await runEarly();
    expect(storage.sync.get).toHaveBeenCalledWith(null);
    const early = takeEarly()!;
    expect(await early.raw).toEqual({ paused: true });
    expect(early.changed).toBe(false);
    expect(takeEarly()).toBeUndefined();
  });

  it("uses Firefox's `browser` where there is one", async () => {
    const chrome = fakeStorage({});
    const browser = fakeStorage({ style: 'underline' });
    g.chrome = { storage: chrome.storage };
    g.browser = { storage: browser.storage };
    await runEarly();
    expect(await takeEarly()!.raw).toEqual({ style: 'underline' });
    expect(chrome.storage.sync.get).not.toHaveBeenCalled();
  });

  it('marks the answer stale when the synced settings change after it', async () => {
    const { storage, listeners } = fakeStorage({});
    g.chrome = { storage };
    await runEarly();
    const early = takeEarly()!;
    for (const fn of listeners) fn({}, 'local');
    expect(early.changed).toBe(false);
    for (const fn of listeners) fn({ paused: { newValue: true } }, 'sync');
    expect(early.changed).toBe(true);
  });

  it('notes whether the document was still loading (a new document: no older copy of ours has touched it)', async () => {
    const { storage } = fakeStorage({});
    g.chrome = { storage };
    const state = vi.spyOn(document, 'readyState', 'get');
    try {
      state.mockReturnValue('loading');
      await runEarly();
      expect(takeEarly()!.fresh).toBe(true);
      // Injected into a page that has loaded (Firefox, after an update): an older copy may have marked it.
      for (const loaded of ['interactive', 'complete'] as const) {
        state.mockReturnValue(loaded);
        await runEarly();
        expect(takeEarly()!.fresh).toBe(false);
      }
    } finally {
      state.mockRestore();
    }
  });

  it('leaves nothing, and throws nothing, without an extension context', async () => {
    await runEarly();
    expect(takeEarly()).toBeUndefined();
  });
});

describe('settingsFrom', () => {
  const fresh = (raw: Record<string, unknown> | null, changed = false) => ({ raw: Promise.resolve(raw), changed, ms: 0, fresh: true });
  const read = () => vi.fn(async (): Promise<Settings> => ({ ...DEFAULTS, style: 'subtle' }));

  it("uses early.ts's answer while it is fresh, without reading again", async () => {
    const r = read();
    const s = await settingsFrom(fresh({ paused: true }), r);
    expect(s.paused).toBe(true);
    expect(r).not.toHaveBeenCalled();
  });

  it('reads again when the answer is stale, failed or missing', async () => {
    for (const early of [fresh({ paused: true }, true), fresh(null), undefined]) {
      const r = read();
      expect((await settingsFrom(early, r)).style).toBe('subtle');
      expect(r).toHaveBeenCalledTimes(1);
    }
  });
});
