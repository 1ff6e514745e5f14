// The annotated page: scans a root, wraps what it finds, keeps the bookkeeping and reports counts.
import { compileMatcher, type Match, type Matcher } from '../core/matcher';
import type { MatcherData } from '../core/types';
import { findInRuns, unwrapMarks, wrapRun } from './annotate';
import { Mentions } from './mentions';
import { collectRuns } from './runs';

export class Page {
  readonly matcher: Matcher;
  readonly mentions = new Mentions();
  /** Which matches become marks (reader settings: categories, aliases, first mention). Set by settings-apply.ts. */
  filter: (m: Match) => boolean = () => true;

  constructor(data: MatcherData) {
    this.matcher = compileMatcher(data);
  }

  /** Annotates everything under root that is not yet annotated. Returns how many mentions were added. */
  annotate(root: Node): number {
    let added = 0;
    for (const found of findInRuns(this.matcher, collectRuns(root))) {
      found.matches = found.matches.filter(this.filter);
      if (found.matches.length === 0) continue;
      const list = wrapRun(found, this.mentions.ours);
      this.mentions.add(list);
      added += list.length;
    }
    return added;
  }

  /** Removes every mark we made and forgets them. */
  clear(): void {
    unwrapMarks(this.mentions.clear().flatMap((m) => m.marks));
  }
}
