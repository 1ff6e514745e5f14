// Content script entry: builds the matcher from the bundled aliases, reads the reader's settings, annotates the
// page, follows its changes, and starts the card. Everything hangs off one Context so an orphaned copy stops
// cleanly.
// First: the clock starts before anything else of ours is evaluated (the alias data included).
import { SCRIPT_START } from './stats';
import matcherData from 'virtual:backstory/matcher-data';
import browser from '../shared/browser';
import { parseMessageOfType } from '../shared/messages';
import { fromThisExtension, sendToBackground } from '../shared/send';
import { contentSettings, DEFAULTS, getSettings, onSettingsChanged, type Settings } from '../shared/settings';
import { takeEarly } from './early-stash';
import { createContext, isInvalidation } from './context';
import { Page, yieldToPage } from './page';
import { unwrapMarks } from './annotate';
import { startCard } from './card/controller';
import { startKeyboard } from './card/keyboard';
import { observe } from './observe';
import { watchLocation } from './navigation';
import { pageFacts } from './page-date';
import { answerSiteQuery, applySettings, settingsFrom } from './settings-apply';

async function start(): Promise<void> {
  if (!document.documentElement || document.contentType !== 'text/html' && !document.contentType.includes('xml')) return;
  const ctx = createContext();
  // Settings before the first scan, so a disabled site or category is never marked even briefly. early.ts asked
  // for them at document_start, while the page loaded; without its answer (or with a stale one) they are asked for
  // now, first, so that the round trip overlaps building the matcher.
  const early = takeEarly();
  const storedSettings = settingsFrom(early, getSettings).catch(() => DEFAULTS);
  const page = new Page(matcherData);
  ctx.onInvalidated(() => page.clear());
  // Firefox injects the new copy into open tabs on an update and kills the old one without running its teardown:
  // its marks stay behind, dead. Take them back as text before the scan (Chromium's orphan removes its own). A
  // document early.ts saw loading is new: nothing of an older copy's can be in it.
  const fresh = early?.fresh === true;
  if (__TARGET__ === 'firefox' && !fresh) unwrapMarks(document.querySelectorAll<HTMLElement>('mark[data-backstory][data-backstory-mention]'));
  page.stats.slice(performance.now() - SCRIPT_START, 'start-up'); // start-up: the script itself and the matcher
  if (early) page.stats.slice(early.ms, 'early'); // early.ts's task, at document_start
  page.stats.step('matcher');
  // The first slice of reading (pure: it writes nothing) overlaps the settings round trip; nothing is wrapped
  // before they are applied (Page.gate). A disabled site or a pause stops the scan there.
  page.gate = storedSettings.then((stored) => {
    page.stats.step('settings');
    if (!ctx.invalid) page.stats.time('settings', () => applySettings(page, contentSettings(stored, location.hostname))); // the filter and the style
  });

  // eslint-disable-next-line prefer-const -- assigned once the settings are in; report() closes over it before
  let nav: ReturnType<typeof watchLocation> | undefined;
  let lastReport = '';
  const report = () => page.stats.time('report', () => {
    nav?.check();
    const counts = page.mentions.counts();
    const facts = pageFacts(page.mentions, location.href); // the briefing's date and headline names, with the counts
    const key = JSON.stringify([counts, facts]) + location.href;
    if (key === lastReport) return;
    lastReport = key;
    sendToBackground<'mentionsChanged'>({ type: 'mentionsChanged', url: location.href, counts, ...facts }).catch((e) => {
      if (isInvalidation(e)) ctx.abort('extension context invalidated');
    });
  });

  const pipeline = observe(ctx, page, report);
  void pipeline.start();
  const stored = await storedSettings;
  // The first scan's wrap of what is on screen goes first (it resumes in this task); the card, keyboard and
  // the popup's queries start in the next one (6–13 ms in Firefox, which was the first highlight's delay).
  await yieldToPage();
  if (ctx.invalid) return;
  const t0 = performance.now(); // this task is ours too: measured as 'listen'
  const card = startCard(ctx, page.mentions, { settings: stored, oldCards: !fresh }); // hover delay from settings.hoverDelayMs
  startKeyboard(ctx, page.mentions, card);
  answerSiteQuery(ctx);
  const revealAt = new Map<string, number>();
  // A new view in a single-page app: new per-page state, and the popup/badge hear about it at once.
  nav = watchLocation(ctx, () => {
    revealAt.clear();
    lastReport = '';
    card.close();
    pipeline.reset();
  });
  const onSettings = (s: Settings) => {
    if (ctx.invalid) return;
    const next = contentSettings(s, location.hostname);
    const applied = applySettings(page, next);
    if (applied.rescan) void pipeline.rescan(); // reports when done
    else if (applied.removed) report();
  };
  ctx.onInvalidated(onSettingsChanged(onSettings));
  // Changed since early.ts read them, before this listener was there: read them again.
  if (early?.changed) void getSettings().then(onSettings, () => undefined);

  const onMessage = (raw: unknown, sender: { id?: string }) => {
    if (!fromThisExtension(sender)) return undefined;
    const msg = parseMessageOfType(['revealMention'], raw);
    if (!msg) return undefined;
    const list = page.mentions.ofEntity(msg.id);
    if (list.length === 0) return Promise.resolve(false);
    const next = ((revealAt.get(msg.id) ?? -1) + 1) % list.length;
    revealAt.set(msg.id, next); // per entity: "Show on page" for another name starts at its first mention
    const m = list[next]!;
    m.marks[0]!.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    for (const el of m.marks) el.classList.add('backstory-flash');
    ctx.setTimeout(() => m.marks.forEach((el) => el.classList.remove('backstory-flash')), 1200);
    card.open(m);
    return Promise.resolve(true);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  page.stats.slice(performance.now() - t0, 'listen');
}

start().catch((e: unknown) => {
  // A page we cannot handle is left as it is; the error stays out of the page's console unless it is ours to see.
  if (!isInvalidation(e)) console.debug('[Backstory] not started:', e);
});
