// The one message protocol between Backstory's contexts. Each message is checked on receipt by `parseMessage`:
// unknown or malformed messages are dropped (other extensions' messages do arrive), and receivers also check
// that the sender is this extension. Requests are verbs, notifications past tense.
import type { Category, Entity, TimelineEvent } from '../core/types';

/** What the card shows for one entity: no more than it needs. */
export interface EntityCard {
  id: string;
  name: string;
  category: Category;
  /** One sentence; for an AI term, its plain definition. */
  summary: Entity['summary'];
  /** Unions, studios and trade groups: their stance on AI and the outcome of their latest contract. */
  stance?: Entity['stance'];
  latestContract?: Entity['latestContract'];
  /** AI terms (and some laws): why it mattered at the bargaining table. */
  whyItMatters?: Entity['whyItMatters'];
  /** Two to four key facts, each sourced. */
  facts: Entity['facts'];
  /** Alias texts as written in the dataset, so "Not this" can name the one the page used. */
  aliases: string[];
  /** The date of the dataset's newest source ("sources to …"). */
  sourcesTo: string;
}

/** What the popup's briefing reads about the page, beside the counts (src/content/page-date.ts). */
export interface PageFacts {
  /** The publication date the page states (YYYY-MM-DD), when it states one. */
  published?: string;
  /** Entities named in the page's headline. */
  lead?: string[];
}

export interface FrameMentions extends PageFacts {
  url: string;
  /** entity id → number of mentions in the frame */
  counts: Record<string, number>;
}

export interface PageMentions extends PageFacts {
  /** entity id → number of mentions over all frames of the tab */
  counts: Record<string, number>;
  frames: number;
}

/** Every message, by type, with the shape of its reply. */
export interface Protocol {
  // content → background
  lookupEntity: { request: { type: 'lookupEntity'; id: string }; reply: EntityCard | null };
  mentionsChanged: { request: { type: 'mentionsChanged' } & FrameMentions; reply: void };
  /** The card's "More": opens the popup's detail view of the entity for the sender's tab. */
  openEntityDetail: { request: { type: 'openEntityDetail'; id: string }; reply: void };
  // popup → background
  getPageMentions: { request: { type: 'getPageMentions'; tabId: number }; reply: PageMentions };
  // popup → content
  revealMention: { request: { type: 'revealMention'; id: string }; reply: boolean };
  /** The top frame's hostname: the site the popup's switches act on (the popup has no tabs permission). */
  getPageSite: { request: { type: 'getPageSite' }; reply: string };
  // background → content (a keyboard command, forwarded to the active tab)
  focusHighlight: { request: { type: 'focusHighlight'; direction: 'next' | 'previous' }; reply: boolean };
}

export type MessageType = keyof Protocol;
export type Message = Protocol[MessageType]['request'];
export type Reply<T extends MessageType> = Protocol[T]['reply'];
export type { TimelineEvent };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && /^[a-z0-9-]{1,80}$/.test(v);
const isCounts = (v: unknown): v is Record<string, number> =>
  isObj(v) && Object.entries(v).every(([k, n]) => isId(k) && Number.isInteger(n) && (n as number) >= 0);

const isFacts = (m: Record<string, unknown>) =>
  (m.published === undefined || (typeof m.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(m.published))) &&
  (m.lead === undefined || (Array.isArray(m.lead) && m.lead.length <= 20 && m.lead.every(isId)));

const checks: { [T in MessageType]: (m: Record<string, unknown>) => boolean } = {
  lookupEntity: (m) => isId(m.id),
  mentionsChanged: (m) => typeof m.url === 'string' && isCounts(m.counts) && isFacts(m),
  getPageMentions: (m) => Number.isInteger(m.tabId) && (m.tabId as number) >= 0,
  revealMention: (m) => isId(m.id),
  getPageSite: () => true,
  openEntityDetail: (m) => isId(m.id),
  focusHighlight: (m) => m.direction === 'next' || m.direction === 'previous',
};

/** The message if it is one of ours and well formed, else null. */
export function parseMessage(value: unknown): Message | null {
  if (!isObj(value) || typeof value.type !== 'string' || !Object.hasOwn(checks, value.type)) return null;
  return checks[value.type as MessageType](value) ? (value as unknown as Message) : null;
}

export function parseMessageOfType<T extends MessageType>(types: readonly T[], value: unknown): Protocol[T]['request'] | null {
  const m = parseMessage(value);
  return m && (types as readonly string[]).includes(m.type) ? (m as Protocol[T]['request']) : null;
}
