// Which storyline(s) of storylines.json a page belongs to, from the names it mentions: how often, whether in
// its headline, and whether its date falls in the storyline's span. Pure. Rules: docs/architecture.md § Popup.
import type { Storyline, Storylines } from './types';

export interface PageSignal {
  /** entity id → mentions on the page */
  counts: Readonly<Record<string, number>>;
  /** Entities in the page's headline: they weigh double. */
  lead?: readonly string[];
  /** YYYY-MM-DD, when the page states it. */
  published?: string;
}

export interface StoryChoice {
  storyline: Storyline;
  score: number;
  /** The storyline's parties the page names, most weighty first. */
  parties: string[];
  /** The storyline's topics the page's terms point to, most weighty first. */
  topics: string[];
}

/** A term that points to one of a storyline's topics counts this much more than naming one of its parties. */
const TERM_WEIGHT = 1.5;
/** A second storyline is shown when it scores at least this share of the first's. */
const RUNNER_UP = 0.6;
const MAX_STORIES = 2;
const DAY = 86_400_000;

/** 1 + ln(mentions), doubled for a name in the headline: ten mentions are not ten times one. */
export function weights(page: PageSignal): Map<string, number> {
  const lead = new Set(page.lead ?? []);
  const out = new Map<string, number>();
  for (const [id, n] of Object.entries(page.counts)) if (n > 0) out.set(id, (1 + Math.log(n)) * (lead.has(id) ? 2 : 1));
  return out;
}

const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/** A page dated in the storyline's span (from 45 days before to 120 after) fits it; one from before it began hardly does. */
export function dateFactor(s: Pick<Storyline, 'from' | 'to'>, published: string | undefined): number {
  if (!published) return 1;
  const d = days(published);
  if (d < days(s.from) - 45) return 0.2;
  if (d <= days(s.to) + 120) return 2;
  return 0.7;
}

function byWeight(m: Map<string, number>): string[] {
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
}

/** One storyline's score for the page, or undefined when the page names none of its parties, or only one name in passing. */
export function scoreStoryline(s: Storyline, terms: Storylines['terms'], page: PageSignal, w = weights(page)): StoryChoice | undefined {
  const lead = new Set(page.lead ?? []);
  const parties = new Map<string, number>();
  const topics = new Map<string, number>();
  let score = 0;
  let names = 0;
  for (const [id, weight] of w) {
    const isParty = s.parties.includes(id);
    const pointsTo = (terms[id] ?? []).filter((t) => s.topics.includes(t));
    if (!isParty && pointsTo.length === 0) continue;
    names++;
    score += weight * ((isParty ? 1 : 0) + (pointsTo.length > 0 ? TERM_WEIGHT : 0));
    if (isParty) parties.set(id, weight);
    for (const t of pointsTo) topics.set(t, (topics.get(t) ?? 0) + weight);
  }
  if (parties.size === 0 || (names < 2 && ![...parties.keys()].some((p) => lead.has(p)))) return undefined;
  return { storyline: s, score: score * dateFactor(s, page.published), parties: byWeight(parties), topics: byWeight(topics) };
}

/** The page's storylines, best first: the best, and a second one that scores close to it. Empty for an off-topic page. */
export function chooseStorylines(page: PageSignal, data: Storylines): StoryChoice[] {
  const w = weights(page);
  const scored = data.storylines
    .map((s) => scoreStoryline(s, data.terms, page, w))
    .filter((c): c is StoryChoice => c !== undefined)
    .sort((a, b) => b.score - a.score || a.storyline.from.localeCompare(b.storyline.from));
  const best = scored[0];
  if (!best) return [];
  return scored.filter((c) => c.score >= best.score * RUNNER_UP).slice(0, MAX_STORIES);
}
