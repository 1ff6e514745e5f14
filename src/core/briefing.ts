// The popup's briefing for a page: its storylines, where the parties it names stood on the storyline's topic at
// the page's date (positions.json), and what happened since (timeline.json). Pure; every item it returns is a
// dataset entry with its sources, so the briefing says nothing the data does not source.
import { chooseStorylines, weights, type PageSignal, type StoryChoice } from './storyline';
import type { Dataset, PositionCell, TimelineEvent } from './types';

export interface Standing {
  party: string;
  cell: PositionCell;
}

export interface Briefing {
  stories: StoryChoice[];
  published?: string;
  /** Where the page's parties stood, at most MAX_STANDINGS. */
  standings: Standing[];
  /** Events after the page's date, oldest first (newest last); undefined when the date is unknown. */
  since?: TimelineEvent[];
  /** Further events after the page's date that involve its names, not shown. */
  more: number;
}

const MAX_STANDINGS = 2;
const OWN_MILESTONES = 2;
const MAX_SINCE = 4;
const KIND_RANK = { demand: 0, offer: 1, outcome: 2 } as const;

/** When a position was on the record: its earliest source. */
const knownFrom = (c: PositionCell) => c.sources.reduce((min, s) => (s.date < min ? s.date : min), c.sources[0]!.date);

/** A party's position on a topic as of a date: its furthest step (demand → offer → outcome) on the record by then. */
export function standingAt(cells: readonly PositionCell[], party: string, topic: string, cycle: string, date: string | undefined): PositionCell | undefined {
  return cells
    .filter((c) => c.party === party && c.topic === topic && c.cycle === cycle && (!date || knownFrom(c) <= date))
    .sort((a, b) => KIND_RANK[b.kind] - KIND_RANK[a.kind] || knownFrom(b).localeCompare(knownFrom(a)))[0];
}

function standings(story: StoryChoice | undefined, cells: readonly PositionCell[], date: string | undefined): Standing[] {
  const cycle = story?.storyline.cycle;
  if (!story || !cycle) return [];
  const topics = [...new Set([...story.topics, ...story.storyline.topics])];
  const out: Standing[] = [];
  for (const party of story.parties) {
    const cell = topics.map((t) => standingAt(cells, party, t, cycle, date)).find((c) => c !== undefined);
    if (cell) out.push({ party, cell });
    if (out.length === MAX_STANDINGS) break;
  }
  return out;
}

/** How much an event involves the page: the weights of the page's names among its parties. */
const overlap = (ev: TimelineEvent, w: ReadonlyMap<string, number>) => ev.parties.reduce((n, p) => n + (w.get(p) ?? 0), 0);

function since(page: PageSignal, data: Pick<Dataset, 'events' | 'storylines'>, stories: StoryChoice[], date: string): TimelineEvent[] {
  const w = weights(page);
  const byId = new Map(data.events.map((e) => [e.id, e]));
  const after = (ids: readonly string[]) => ids.map((id) => byId.get(id)).filter((e): e is TimelineEvent => !!e && e.date > date);
  const mostInvolved = (a: TimelineEvent, b: TimelineEvent) => overlap(b, w) - overlap(a, w) || b.date.localeCompare(a.date);
  // The rest of the page's own storylines: how they ended for the page's names.
  const own = stories.flatMap((c) => after(c.storyline.milestones).sort(mostInvolved).slice(0, OWN_MILESTONES));
  // Later storylines that share a name or a topic with the page: the milestone that involves the page most.
  const chosen = new Set(stories.map((c) => c.storyline.id));
  const topics = new Set(stories.flatMap((c) => c.topics));
  const later = (data.storylines?.storylines ?? [])
    .filter((s) => !chosen.has(s.id) && s.from > date && (s.parties.some((p) => w.has(p)) || s.topics.some((t) => topics.has(t))))
    .map((s) => after(s.milestones).sort(mostInvolved)[0])
    .filter((e): e is TimelineEvent => e !== undefined)
    .sort(mostInvolved);
  const picked = [...new Map([...own, ...later].map((e) => [e.id, e])).values()].slice(0, MAX_SINCE);
  return picked.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** The briefing for a page, or undefined when it belongs to no storyline the dataset tells. */
export function briefing(page: PageSignal, data: Pick<Dataset, 'events' | 'positions' | 'storylines'>): Briefing | undefined {
  if (!data.storylines) return undefined;
  const stories = chooseStorylines(page, data.storylines);
  if (stories.length === 0) return undefined;
  const date = page.published;
  const list = date ? since(page, data, stories, date) : undefined;
  const shown = new Set(list?.map((e) => e.id));
  const more = date ? data.events.filter((e) => e.date > date && !shown.has(e.id) && e.parties.some((p) => (page.counts[p] ?? 0) > 0)).length : 0;
  return { stories, ...(date ? { published: date } : {}), standings: standings(stories.find((s) => s.storyline.cycle), data.positions.cells, date), ...(list ? { since: list } : {}), more };
}
