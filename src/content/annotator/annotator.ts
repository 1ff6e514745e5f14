// The annotator: reads the page (read/), matches (match.ts), wraps (wrap.ts) and keeps the bookkeeping
// (mentions.ts), under the reader's settings. Big scans are sliced (scan.ts). Every DOM write goes through the
// write guard it is built with, so the observer never takes our writes for the page's (docs/architecture.md).
import { compileMatcher, type Match, type Matcher } from '../../core/matcher';
import { Reading, RelevanceModel } from '../../core/relevance';
import type { MatcherData } from '../../core/types';
import type { ContentSettings } from '../../shared/settings';
import { Stats } from '../stats';
import { settingsFilter } from './filter';
import { findInRuns, type Found } from './match';
import type { Run } from './read/runs';
import { Mentions } from './mentions';
import { collectRuns } from './read/runs';
import { SlicedScan } from './scan';
import { collapseSplit, mentionText, unwrapMarks, wasSplit, wrapRun, type Mention } from './wrap';

/** Is root the whole document (its body or above), whose read decides the page's relevance? */
export const wholeDocument = (root: Node): boolean => {
  const doc = root.ownerDocument ?? (root as Document);
  return root === doc || root === doc.documentElement || root === doc.body;
};

/** Runs our DOM writes (the observer's guard: it drops the records they cause). */
export type WriteGuard = (write: () => void) => void;

/** What applying settings did: marks went, and/or the page must be read again for marks that now pass. */
export interface Applied {
  removed: boolean;
  rescan: boolean;
}

export class Annotator {
  readonly matcher: Matcher;
  readonly mentions = new Mentions();
  readonly stats = new Stats();
  /** Which matches become marks (categories, aliases, first mention). */
  private filter: (m: Match) => boolean = () => true;
  private on = true;
  /** The settings the filter was made from: a change of style alone leaves the marks as they are. */
  private settingsKey = '';
  private changes = 0;
  /** Settings on their way: the first sliced scan reads (writing nothing) until they are applied. */
  private gate: Promise<unknown> | null = null;
  /** What the page is about, read as the scans go (src/core/relevance.ts); null without relevance data. */
  readonly reading: Reading | null;
  /** Runs with hits that wait for the page's relevance, their sure marks with them (one wrap per run). */
  private held: Found[] = [];

  constructor(
    data: MatcherData,
    readonly write: WriteGuard = (fn) => fn(),
  ) {
    this.matcher = compileMatcher(data);
    this.reading = data.relevance ? new Reading(new RelevanceModel(data.relevance, data.aliases)) : null;
  }

  /**
   * Which runs hold mentions, judged by the page's relevance. A run with a hit that waits for it is held, whole;
   * once the page is relevant every held run comes back with its hits marked.
   */
  find(runs: Run[]): Found[] {
    const found = findInRuns(this.matcher, runs, this.reading);
    const out: Found[] = [];
    for (const f of found) (f.held ? this.held : out).push(f);
    if (!(this.reading?.relevant && this.held.length)) return out;
    // Held runs go back in document order among this read's, so "first mention only" keeps the first.
    return this.release(true).concat(out).sort(byRunOrder);
  }

  /** The held runs, with their held hits if the page is relevant, else with their sure marks only. */
  private release(relevant: boolean): Found[] {
    const out: Found[] = [];
    for (const f of this.held) {
      const matches = relevant ? [...f.matches, ...f.held!].sort((a, b) => a.start - b.start) : f.matches;
      if (matches.length) out.push({ run: f.run, matches });
    }
    this.held = [];
    return out;
  }

  /** A read of the whole document starts: names met and short forms are met again in document order. */
  startDocument(): void {
    this.reading?.restart();
    this.held = []; // a scan stopped before its end (a change of settings) left them: this read finds them again
  }

  /** A read of the whole document ended: the page's relevance is decided, and what was held comes back or goes. */
  settle(): Found[] {
    return this.reading ? this.release(this.reading.settle()) : [];
  }

  /** False on a disabled site or while paused: nothing is marked. */
  get enabled(): boolean {
    return this.on;
  }

  /** Counts the changes of settings that changed the marks: a scan started before one stops. */
  get generation(): number {
    return this.changes;
  }

  /** The first sliced scan reads meanwhile but wraps nothing until `settings` (which applies them) settles. */
  holdUntil(settings: Promise<unknown>): void {
    this.gate = settings;
  }

  /**
   * Applies the reader's settings to the marks. Once the rescan it asks for is done, the marks are those a fresh
   * load with s makes (tests/dom/settings.property.test.ts): in "every mention" mode what no longer passes goes;
   * in "first mention" mode all go (one per entity at most), as a mention that now passes may come before one.
   */
  apply(s: ContentSettings): Applied {
    const key = JSON.stringify([s.enabled, s.categories, s.disabledAliases, s.firstOnly]);
    if (key === this.settingsKey) return { removed: false, rescan: false };
    this.settingsKey = key;
    this.changes++;
    this.on = s.enabled;
    const before = this.mentions.size;
    const filter = settingsFilter(s);
    this.filter = filter.admit;
    if (!s.enabled || s.firstOnly) this.clear();
    else {
      this.prune();
      const drop = this.mentions.all().filter((m) => !filter.passes(m));
      this.write(() => this.mentions.drop(drop));
    }
    return { removed: this.mentions.size < before, rescan: s.enabled };
  }

  /** The matches the reader's settings let through. */
  allowed(found: Found[]): Found[] {
    const out: Found[] = [];
    for (const f of found) {
      f.matches = f.matches.filter(this.filter);
      if (f.matches.length) out.push(f);
    }
    return out;
  }

  /** Wraps found runs (their matches already allowed). */
  wrap(found: Found[]): Mention[] {
    const added: Mention[] = [];
    this.write(() => {
      for (const f of found) added.push(...this.wrapOne(f));
    });
    return added;
  }

  /** Wraps found[index…] until `deadline` (checked every 8 runs). Returns where it stopped and how many it added. */
  wrapUntil(found: Found[], index: number, deadline: number): { index: number; added: number } {
    let i = index;
    let added = 0;
    this.write(() => {
      do added += this.wrapOne(found[i++]!).length;
      while (i < found.length && ((i & 7) !== 0 || performance.now() < deadline));
    });
    return { index: i, added };
  }

  private wrapOne(f: Found): Mention[] {
    const list = wrapRun(f, this.mentions.ours);
    this.mentions.add(list);
    return list;
  }

  /** Annotates everything under root that is not yet annotated, in one go. Returns how many mentions were added. */
  annotate(root: Node): number {
    if (!this.on) return 0;
    const whole = wholeDocument(root);
    if (whole) this.startDocument();
    const found = this.find(collectRuns(root));
    return this.wrap(this.allowed(whole ? found.concat(this.settle()) : found)).length;
  }

  /**
   * Annotates everything under root in slices, yielding between them; mentions in the viewport first. Stops
   * when `alive()` turns false or the settings change. Returns how many mentions were added.
   */
  annotateSliced(root: Node, alive: () => boolean, viewportFirst = true): Promise<number> {
    const gate = this.gate;
    this.gate = null;
    return new SlicedScan(this, root, alive, viewportFirst, gate).run();
  }

  /**
   * The page changed text we may have wrapped. If it wrote into a node we had split, the pieces after it are
   * stale (the page thinks the node holds all its text); if the text inside a mark changed, that mark no
   * longer holds its mention. Either way the mentions go, and the caller re-annotates the block.
   */
  recheckText(t: Text): void {
    const ours = this.mentions.ours;
    if (wasSplit(t, ours)) {
      this.write(() => {
        const gone = collapseSplit(t, ours).map((el) => this.mentions.byMark(el));
        this.mentions.drop(gone.filter((m) => m !== null));
      });
      return;
    }
    const mark = t.parentElement;
    if (!mark || !ours.has(mark)) return;
    const m = this.mentions.byMark(mark);
    if (m && mentionText(m) !== m.text) this.write(() => this.mentions.drop([m]));
    else if (!m) this.write(() => unwrapMarks([mark as HTMLElement]));
  }

  /** Drops the bookkeeping of marks that left the page. Returns how many mentions went. */
  prune(): number {
    let n = 0;
    this.write(() => (n = this.mentions.prune()));
    return n;
  }

  /** Removes every mark we made and forgets them. */
  clear(): void {
    this.write(() => unwrapMarks(this.mentions.clear().flatMap((m) => m.marks)));
  }
}

/** Runs in document order (by their first text node). */
function byRunOrder(a: Found, b: Found): number {
  const x = a.run.nodes[0];
  const y = b.run.nodes[0];
  if (!x || !y || x === y) return 0;
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
