// What the popup's views follow on a page with mentions: its briefing (src/core/briefing.ts), the topics, cycle
// and parties Positions opens on, and the parties and date Timeline opens on. Pure.
import { briefing, type Briefing } from '../core/briefing';
import { weights } from '../core/storyline';
import type { PopupData } from './PopupView';
import type { PageState } from './views/ThisPage';

export interface PositionsFocus {
  cycle?: string;
  /** Topics shown first (only these until "Show all"); empty: all. */
  topics: string[];
  /** Parties listed first in each table. */
  parties: string[];
}

export interface TimelineFocus {
  parties: string[];
  date?: string;
}

export interface PageFocus {
  briefing?: Briefing;
  positions?: PositionsFocus;
  timeline?: TimelineFocus;
}

export function pageFocus(page: PageState, data: PopupData | undefined): PageFocus {
  if (!data || page.kind !== 'page') return {};
  const named = [...weights(page)].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  if (named.length === 0) return {}; // no mentions: today's views
  const b = briefing(page, data);
  const story = b?.stories[0];
  const inEvents = new Set(data.events.flatMap((e) => e.parties));
  const storyParties = b ? [...new Set(b.stories.flatMap((s) => s.parties))] : [];
  const topics = story ? [...new Set([...story.topics, ...b!.standings.map((s) => s.cell.topic)])] : [];
  return {
    ...(b ? { briefing: b } : {}),
    positions: { ...(story?.storyline.cycle ? { cycle: story.storyline.cycle } : {}), topics: topics.length ? topics : (story?.storyline.topics ?? []), parties: [...new Set([...storyParties, ...named])] },
    timeline: { parties: (storyParties.length ? storyParties : named).filter((id) => inEvents.has(id)), ...(page.published ? { date: page.published } : {}) },
  };
}
