// Content script entry: read → match → wrap (annotator/), observe (observe/), card (card/). Builds the annotator
// from the bundled aliases, applies the reader's settings, annotates the page, follows its changes, and answers
// the popup and the keyboard. Everything hangs off one Context so an orphaned copy stops cleanly.
// First: the clock starts before anything else of ours is evaluated (the alias data included).
import { SCRIPT_START } from './stats';
import matcherData from 'virtual:backstory/matcher-data';
import { contentSettings, DEFAULTS, getSettings, onSettingsChanged, type Settings } from '../shared/settings';
import { takeEarly, type Early } from './early-stash';
import { createContext, isInvalidation, type Context } from './context';
import { Annotator } from './annotator/annotator';
import { yieldToPage } from './annotator/slices';
import { unwrapMarks } from './annotator/wrap';
import { Watcher } from './observe/watcher';
import { PageObserver } from './observe/observer';
import { startCard } from './card/controller';
import { startKeyboard } from './card/keyboard';
import { createRevealer } from './card/reveal';
import { watchLocation } from './navigation';
import { createReporter, type Reporter } from './report';
import { listenForMessages } from './router';
import { applyStyle, settingsFrom } from './settings';

/** Applies settings to the page: the style at once, the marks through the annotator (a rescan when more pass). */
function applyAll(annotator: Annotator, observer: PageObserver | null, s: Settings, reporter?: Reporter): void {
  const next = contentSettings(s, location.hostname);
  applyStyle(next.style);
  const applied = annotator.apply(next);
  if (applied.rescan && observer) void observer.rescan(); // it reports when done
  else if (applied.removed) reporter?.report();
}

/** Once the first marks are on screen: the card, the keyboard, the popup's questions, live settings, routes. */
function listen(ctx: Context, annotator: Annotator, observer: PageObserver, reporter: Reporter, stored: Settings, early: Early | undefined): void {
  const card = startCard(ctx, annotator.mentions, { settings: stored, oldCards: early?.fresh !== true });
  const revealer = createRevealer(ctx, annotator.mentions, card);
  const step = startKeyboard(annotator.mentions, card);
  listenForMessages(ctx, {
    revealMention: (msg) => revealer.reveal(msg.id),
    getPageSite: () => (window === window.top ? location.hostname : undefined), // the top frame answers
    focusHighlight: (msg) => step(msg.direction),
  });
  // A new view in a single-page app: new per-page state, and the popup/badge hear about it at once.
  const nav = watchLocation(ctx, () => {
    revealer.reset();
    reporter.reset();
    card.close();
    observer.reset();
  });
  reporter.beforeReport(nav.check);
  const onSettings = (s: Settings) => void (ctx.invalid || applyAll(annotator, observer, s, reporter));
  ctx.onInvalidated(onSettingsChanged(onSettings));
  // Changed since early.ts read them, before this listener was there: read them again.
  if (early?.changed) void getSettings().then(onSettings, () => undefined);
}

async function start(): Promise<void> {
  if (!document.documentElement || (document.contentType !== 'text/html' && !document.contentType.includes('xml'))) return;
  const ctx = createContext();
  // Settings before the first scan, so a disabled site or category is never marked even briefly. early.ts asked
  // for them at document_start; without its answer (or with a stale one) they are asked for now, so that the
  // round trip overlaps building the matcher.
  const early = takeEarly();
  const stored = settingsFrom(early, getSettings).catch(() => DEFAULTS);
  const watcher = new Watcher();
  const annotator = new Annotator(matcherData, watcher.write);
  ctx.onInvalidated(() => annotator.clear());
  // Firefox injects the new copy into open tabs on an update and kills the old one without its teardown: its marks
  // stay, dead. Take them back as text first. A document early.ts saw loading holds nothing of an older copy's.
  if (__TARGET__ === 'firefox' && early?.fresh !== true) unwrapMarks(document.querySelectorAll<HTMLElement>('mark[data-backstory][data-backstory-mention]'));
  const stats = annotator.stats;
  stats.slice(performance.now() - SCRIPT_START, 'start-up'); // the script itself and the matcher
  if (early) stats.slice(early.ms, 'early'); // early.ts's task, at document_start
  stats.step('matcher');
  // The first slice of reading (pure) overlaps the settings' round trip; nothing is wrapped before they are applied.
  annotator.holdUntil(
    stored.then((s) => {
      stats.step('settings');
      if (!ctx.invalid) stats.time('settings', () => applyAll(annotator, null, s));
    }),
  );
  const reporter = createReporter(ctx, annotator);
  const observer = new PageObserver(ctx, annotator, watcher, reporter.report);
  void observer.start();
  const settings = await stored;
  // The first scan's wrap of what is on screen goes first (it resumes in this task); the card, keyboard and the
  // popup's questions start in the next one (in Firefox they had delayed the first highlight by 6–13 ms).
  await yieldToPage();
  if (!ctx.invalid) stats.time('listen', () => listen(ctx, annotator, observer, reporter, settings, early));
}

start().catch((e: unknown) => {
  // A page we cannot handle is left as it is; the error stays out of the page's console unless it is ours to see.
  if (!isInvalidation(e)) console.debug('[Backstory] not started:', e);
});
