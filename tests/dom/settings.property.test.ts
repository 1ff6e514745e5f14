// Settings applied live never drift from a reload: for a random page and any sequence of settings changes, the
// marks after the last change are those a fresh load with the final settings makes (text, entity, category,
// order), and the page's text is untouched. Runs the content script's annotator and observer as index.ts does.
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import matcherData from 'virtual:backstory/matcher-data';
import { CATEGORIES, type Category } from '../../src/core/types';
import { build, tree } from '../support/arbitraries';

const { createContext } = await import('../../src/content/context');
const { Annotator } = await import('../../src/content/annotator/annotator');
const { Watcher } = await import('../../src/content/observe/watcher');
const { PageObserver } = await import('../../src/content/observe/observer');
const { contentSettings, DEFAULTS } = await import('../../src/shared/settings');
type Settings = typeof DEFAULTS;

const HOST = 'news.example.com';
const SEPARATORS = [' ', ', ', ' and ', '. ', ' said ', '\u00a0', ''];

type Change =
  | { kind: 'category'; category: Category; on: boolean }
  | { kind: 'style'; style: Settings['style'] }
  | { kind: 'mentions'; mentions: Settings['mentions'] }
  | { kind: 'alias'; text: string; on: boolean }
  | { kind: 'site'; on: boolean }
  | { kind: 'pause'; on: boolean };

function change(s: Settings, c: Change): Settings {
  const next = structuredClone(s);
  if (c.kind === 'category') next.categories[c.category] = c.on;
  else if (c.kind === 'style') next.style = c.style;
  else if (c.kind === 'mentions') next.mentions = c.mentions;
  else if (c.kind === 'alias') next.disabledAliases = c.on ? next.disabledAliases.filter((a) => a !== c.text) : [...new Set([...next.disabledAliases, c.text])];
  else if (c.kind === 'site') next.disabledSites = c.on ? [] : ['example.com'];
  else next.paused = c.on;
  return next;
}

/** A page made of a few aliases (so that changes hit them), context words and separators, in random markup. */
const scenario = fc
  .subarray(matcherData.aliases, { minLength: 2, maxLength: 8 })
  .chain((vocabulary) => {
    const words = fc.array(fc.oneof(fc.constantFrom(...vocabulary.map((a) => a.text)), fc.constantFrom(...matcherData.contextWords)), { maxLength: 6 });
    const text = fc.tuple(words, fc.constantFrom(...SEPARATORS)).map(([w, sep]) => w.join(sep));
    const changeOf: fc.Arbitrary<Change> = fc.oneof(
      fc.record({ kind: fc.constant('category' as const), category: fc.constantFrom(...new Set(vocabulary.map((a) => a.category)), ...CATEGORIES), on: fc.boolean() }),
      fc.record({ kind: fc.constant('style' as const), style: fc.constantFrom('background', 'underline', 'subtle') }),
      fc.record({ kind: fc.constant('mentions' as const), mentions: fc.constantFrom('all', 'first') }),
      fc.record({ kind: fc.constant('alias' as const), text: fc.constantFrom(...vocabulary.map((a) => a.text)), on: fc.boolean() }),
      fc.record({ kind: fc.constant('site' as const), on: fc.boolean() }),
      fc.record({ kind: fc.constant('pause' as const), on: fc.boolean() }),
    );
    return fc.record({
      roots: fc.array(tree(text, false), { minLength: 1, maxLength: 4 }),
      first: fc.constantFrom<Settings['mentions']>('all', 'first'),
      changes: fc.array(fc.record({ change: changeOf, settle: fc.boolean() }), { minLength: 1, maxLength: 6 }),
    });
  });

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Loads the content script's pipeline on the current body, as index.ts does, and waits for its first pass. */
async function load(s: Settings) {
  const ctx = createContext();
  copies.push(ctx);
  const watcher = new Watcher();
  const annotator = new Annotator(matcherData, watcher.write);
  ctx.onInvalidated(() => annotator.clear());
  annotator.holdUntil(Promise.resolve().then(() => annotator.apply(contentSettings(s, HOST))));
  const observer = new PageObserver(ctx, annotator, watcher, () => {});
  await observer.start();
  return {
    ctx,
    /** Applies next as index.ts does; resolves when the rescan it asked for is done. */
    apply: async (next: Settings) => {
      if (annotator.apply(contentSettings(next, HOST)).rescan) await observer.rescan();
    },
  };
}

/** The marks on the page, in document order. */
const marks = () =>
  [...document.querySelectorAll<HTMLElement>('mark[data-backstory-mention]')].map((m) => `${m.textContent}|${m.dataset.backstory}|${m.dataset.backstoryCategory}`);

/** Every copy loaded in this test: each is torn down before the next example, even after a failed one. */
const copies: { abort(reason: string): void }[] = [];
const teardown = () => copies.splice(0).forEach((ctx) => ctx.abort('test over'));
afterEach(teardown);

describe('settings applied live', () => {
  it('leave the marks of a fresh load with the final settings, and the page text as it was', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ roots, first, changes }) => {
        teardown();
        const start: Settings = { ...structuredClone(DEFAULTS), mentions: first };
        document.body.replaceChildren(...roots.map((r) => build(document, r)));
        const text = document.body.textContent;
        const live = await load(start);
        let s = start;
        // Some changes come while the rescan of the one before is under way.
        let last: Promise<void> = Promise.resolve();
        for (const { change: c, settle } of changes) {
          s = change(s, c);
          last = live.apply(s);
          if (settle) await last;
        }
        await last;
        await wait(20); // the observer's flush of anything the rescan's writes left

        const after = marks();
        expect(document.body.textContent).toBe(text);
        live.ctx.abort('reload');
        expect(marks()).toEqual([]);

        document.body.replaceChildren(...roots.map((r) => build(document, r)));
        await load(s);
        expect(after).toEqual(marks());
      }),
      { numRuns: Number(process.env.RUNS ?? 40) },
    );
  }, 120_000);
});
