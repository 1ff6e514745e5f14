// Content script entry: builds the matcher from the bundled aliases, annotates the page, follows its changes,
// and starts the card. Everything hangs off one Context so an orphaned copy stops cleanly.
import matcherData from 'virtual:backstory/matcher-data';
import browser from '../shared/browser';
import { parseMessageOfType } from '../shared/messages';
import { fromThisExtension, sendToBackground } from '../shared/send';
import { createContext, isInvalidation } from './context';
import { Page } from './page';
import { startCard } from './card/controller';
import { observe } from './observe';
import { watchLocation } from './navigation';
import { SCRIPT_START } from './stats';

function start(): void {
  if (!document.documentElement || document.contentType !== 'text/html' && !document.contentType.includes('xml')) return;
  const ctx = createContext();
  const page = new Page(matcherData);
  page.stats.slice(performance.now() - SCRIPT_START); // start-up: the script itself and the matcher
  ctx.onInvalidated(() => page.clear());

  let lastReport = '';
  const report = () => {
    nav?.check();
    const counts = page.mentions.counts();
    const key = JSON.stringify(counts) + location.href;
    if (key === lastReport) return;
    lastReport = key;
    sendToBackground<'mentionsChanged'>({ type: 'mentionsChanged', url: location.href, counts }).catch((e) => {
      if (isInvalidation(e)) ctx.abort('extension context invalidated');
    });
  };

  const pipeline = observe(ctx, page, report);
  void pipeline.start();
  const card = startCard(ctx, page.mentions, { openDelay: 300, closeDelay: 300 });
  // A new view in a single-page app: new per-page state, and the popup/badge hear about it at once.
  const nav = watchLocation(ctx, () => {
    revealIndex = -1;
    lastReport = '';
    card.close();
    pipeline.reset();
  });

  const onMessage = (raw: unknown, sender: { id?: string }) => {
    if (!fromThisExtension(sender)) return undefined;
    const msg = parseMessageOfType(['revealMention'], raw);
    if (!msg) return undefined;
    const list = page.mentions.ofEntity(msg.id);
    if (list.length === 0) return Promise.resolve(false);
    revealIndex = (revealIndex + 1) % list.length;
    const m = list[revealIndex]!;
    m.marks[0]!.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    for (const el of m.marks) el.classList.add('backstory-flash');
    ctx.setTimeout(() => m.marks.forEach((el) => el.classList.remove('backstory-flash')), 1200);
    card.open(m);
    return Promise.resolve(true);
  };
  let revealIndex = -1;
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}

try {
  start();
} catch (e) {
  // A page we cannot handle is left as it is; the error stays out of the page's console unless it is ours to see.
  if (!isInvalidation(e)) console.debug('[Backstory] not started:', e);
}
