// Tells the background (the badge, the popup) how many mentions of each entity this frame holds, when that
// changes; a new single-page view is noticed first, so its counts go under its own URL.
import { sendToBackground } from '../shared/send';
import type { Annotator } from './annotator/annotator';
import { isInvalidation, type Context } from './context';
import { pageFacts } from './page-date';

export interface Reporter {
  report(): void;
  /** A new view: report it even if the counts are the same. */
  reset(): void;
  /** Called before each report (the location watcher's check). */
  beforeReport(fn: () => void): void;
}

export function createReporter(ctx: Context, annotator: Annotator): Reporter {
  let last = '';
  let before = () => undefined as void;
  return {
    report: () =>
      annotator.stats.time('report', () => {
        before();
        const counts = annotator.mentions.counts();
        // The headline's names change only with the marks, and so with the counts: nothing new, nothing to read.
        const key = JSON.stringify(counts) + location.href;
        if (key === last) return;
        last = key;
        const facts = pageFacts(annotator.mentions, location.href); // the briefing's date and headline names, with the counts
        sendToBackground<'mentionsChanged'>({ type: 'mentionsChanged', url: location.href, counts, ...facts }).catch((e) => {
          if (isInvalidation(e)) ctx.abort('extension context invalidated');
        });
      }),
    reset: () => (last = ''),
    beforeReport: (fn) => (before = fn),
  };
}
