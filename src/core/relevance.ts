// Page relevance: which hits become mentions, judged block by block in document order from the scan that already
// runs (docs/architecture.md § Relevance). Pure: it sees each block's text and the matcher's hits, nothing else.
import type { Match } from './matcher';
import { alternation } from './alternation';
import { aliasKey } from './normalize';
import type { AliasEntry, RelevanceRules } from './types';

/** What became of one block's hits: marked now, held until the page's relevance is known, or dropped. */
export interface Verdicts {
  mark: Match[];
  hold: Match[];
}

/** A context word's key: lower case, one space between words (they are ASCII: the patterns have no Unicode flag). */
const wordKey = (w: string) => w.toLowerCase().replace(/\s+/g, ' ').replace(/[\u2019\u02bc]/g, "'");

const bounded = (src: string) => `(?<![A-Za-z0-9])(?:${src})(?![A-Za-z0-9])`;

/** The rules, compiled once per page (a few small patterns, built at their first use). */
export class RelevanceModel {
  readonly weights = new Map<string, number>();
  /** Context word (alias key) → its weight and group. */
  readonly words = new Map<string, { weight: number; group?: string }>();
  private made: { lower: RegExp | null; upper: RegExp | null; after: RegExp; before: RegExp } | null = null;
  private owners: Map<string, string> | null = null;

  constructor(
    readonly rules: RelevanceRules,
    private readonly aliases: readonly AliasEntry[],
  ) {
    for (const w of rules.words) this.words.set(wordKey(w.text), w);
    for (const [id, w] of Object.entries(rules.weights.entities)) this.weights.set(id, w);
  }

  /** Alias key → owner id, for short forms a page defines ("… (the Alliance)"); built at the first definition. */
  owner(key: string): string | undefined {
    if (!this.owners) {
      this.owners = new Map();
      for (const a of this.aliases) if (a.level !== 'surname' && a.level !== 'never' && a.level !== 'exclude') this.owners.set(aliasKey(a.text), a.id);
    }
    return this.owners.get(key);
  }

  /** How much a sure mention of this entity says the page is about the screen industry. */
  weightOf(m: Match): number {
    return this.weights.get(m.id) ?? this.rules.weights.categories[m.category];
  }

  private patterns() {
    if (this.made) return this.made;
    const texts = this.rules.words.map((w) => w.text);
    // Acronyms ("TV") keep their case; other words do not.
    const upper = texts.filter((t) => t === t.toUpperCase());
    const lower = texts.filter((t) => t !== t.toUpperCase());
    const q = this.rules.qualifiers;
    this.made = {
      lower: lower.length ? new RegExp(bounded(alternation(lower)), 'gi') : null,
      upper: upper.length ? new RegExp(bounded(alternation(upper)), 'g') : null,
      after: new RegExp(`(?:['\u2019]s)?\\s+(?:${alternation(q.after)})(?![A-Za-z0-9])`, 'iy'),
      before: new RegExp(`(?<![A-Za-z0-9])(?:${alternation(q.before)})\\s+$`, 'i'),
    };
    return this.made;
  }

  /** The context words in text outside the hits' spans (a name's own words are not its context): word → weight. */
  wordsIn(text: string, hits: readonly Match[], out = new Map<string, number>()): Map<string, number> {
    const { lower, upper } = this.patterns();
    for (const re of [lower, upper]) {
      if (!re) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const s = m.index;
        const e = s + m[0].length;
        if (hits.some((h) => h.start < e && s < h.end)) continue;
        const key = wordKey(m[0]);
        out.set(key, this.words.get(key)?.weight ?? 0);
      }
    }
    return out;
  }

  /** Is the hit qualified as the studio side ("Sony Pictures" is an alias; "Disney's film studio", "the studio Universal")? */
  qualified(text: string, m: Match): boolean {
    const { after, before } = this.patterns();
    after.lastIndex = m.end;
    return after.test(text) || before.test(text.slice(Math.max(0, m.start - 40), m.start));
  }
}

const DEFINES = /\s*\(\s*(?:the\s+)?([^()]{2,40}?)\s*\)/y;

/**
 * The reading of one document, block by block in document order. A page is relevant once the distinct signals
 * seen so far (sure mentions, context words) weigh `threshold`; until the first scan ends (`settle`) it may still
 * become so, and the hits that wait for that are held, not dropped.
 */
export class Reading {
  /** true: relevant; false: the first scan ended short of the threshold; null: not known yet. */
  relevant: boolean | null = null;
  score = 0;
  private readonly seen = new Set<string>();
  /** People (and other entities with short names) whose full name the reader has met. */
  private readonly met = new Set<string>();
  /** Short forms the page defined, as alias keys. */
  private readonly defined = new Set<string>();
  /** Entities whose ambiguous names mean something else here (after "Disney World", "Writers Guild of Canada"). */
  private readonly shadowed = new Set<string>();
  /** AI terms marked once: on a page that is not relevant, later ones wait or go. */
  private readonly once = new Set<string>();

  constructor(readonly model: RelevanceModel) {}

  /** Per group of context words, what they have added so far (at most the group's cap). */
  private readonly grouped = new Map<string, number>();

  private signal(key: string, weight: number, group?: string): void {
    if (weight <= 0 || this.seen.has(key)) return;
    this.seen.add(key);
    if (group !== undefined) {
      const used = this.grouped.get(group) ?? 0;
      weight = Math.min(weight, (this.model.rules.groups[group] ?? 0) - used);
      if (weight <= 0) return;
      this.grouped.set(group, used + weight);
    }
    this.score += weight;
    if (this.score >= this.model.rules.threshold) this.relevant = true;
  }

  /**
   * A new read of the whole document, in document order (a rescan): names met, short forms defined, shadows and
   * the AI terms' first mentions start again, as the reader meets them again; what the page is about stays.
   */
  restart(): void {
    this.met.clear();
    this.defined.clear();
    this.shadowed.clear();
    this.once.clear();
  }

  /** The first scan ended: the page is relevant or it is not. Held hits are marked if it is, else dropped. */
  settle(): boolean {
    if (this.relevant === null) this.relevant = false;
    return this.relevant;
  }

  /** One block's text and the matcher's hits in it (findMatches, exclusions included), in document order. */
  read(text: string, hits: Match[]): Verdicts {
    const model = this.model;
    const sure = hits.filter((h) => !h.level);
    let block = 0; // the block's strongest signal
    for (const h of sure) {
      const w = model.weightOf(h);
      block = Math.max(block, w);
      this.signal(`#${h.id}`, w);
    }
    // Words are read while the page is undecided (its score) or where an ambiguous name needs its block's context.
    const needsWords = hits.some((h) => h.level === 'context') || (this.relevant === null && hits.length > 0);
    if (needsWords && this.relevant !== true) {
      for (const [word, w] of model.wordsIn(text, hits)) {
        block = Math.max(block, w);
        this.signal(word, w, model.words.get(word)?.group);
      }
    }
    const out: Verdicts = { mark: [], hold: [] };
    for (const h of hits) {
      const v = this.judge(text, h, block >= model.rules.blockWeight, sure);
      if (v === 'mark') out.mark.push(h);
      else if (v === 'hold') out.hold.push(h);
    }
    return out;
  }

  private judge(text: string, h: Match, context: boolean, sure: Match[]): 'mark' | 'hold' | 'drop' {
    switch (h.level) {
      case 'exclude':
        this.shadowed.add(h.id);
        return 'drop';
      case 'never':
        return 'drop';
      case 'surname':
        return this.met.has(h.id) ? 'mark' : 'drop';
      case 'defined':
        return this.defined.has(aliasKey(h.text)) ? 'mark' : 'drop';
      case 'page':
      case 'context': {
        if (this.defined.size && this.defined.has(aliasKey(h.text))) return 'mark';
        if (this.model.qualified(text, h)) {
          this.shadowed.delete(h.id);
          return this.ai(h, 'mark');
        }
        if (this.shadowed.has(h.id)) return 'drop';
        if (this.relevant) return this.ai(h, 'mark');
        // An AI term's ambiguous name ("Runway", "Sora") takes another AI term beside it as its context.
        const aiContext = h.category === 'ai-term' && sure.some((s) => s.category === 'ai-term');
        if (h.level === 'context' && (context || aiContext)) return this.ai(h, 'mark');
        return this.relevant === false ? 'drop' : 'hold';
      }
      default:
        this.sure(text, h);
        return this.ai(h, 'mark');
    }
  }

  /** A sure mention: its entity's full name is met, it may define a short form, it lifts its shadow and may cast one. */
  private sure(text: string, h: Match): void {
    this.met.add(h.id);
    this.shadowed.delete(h.id);
    for (const other of this.model.rules.shadows?.[h.id] ?? []) this.shadowed.add(other);
    DEFINES.lastIndex = h.end;
    const d = DEFINES.exec(text);
    if (d) {
      const key = aliasKey(d[1]!);
      if (this.model.owner(key) === h.id) this.defined.add(key);
    }
  }

  /** On a page not known to be relevant, an AI term is marked at its first mention only; later ones wait or go. */
  private ai(h: Match, v: 'mark'): 'mark' | 'hold' | 'drop' {
    if (h.category !== 'ai-term' || this.relevant) return v;
    if (!this.once.has(h.id)) {
      this.once.add(h.id);
      return v;
    }
    return this.relevant === false ? 'drop' : 'hold';
  }
}

/**
 * A whole document read in one go (no streaming): each block's mentions, the held ones included where the page
 * turned out relevant. Blocks are given in document order.
 */
export function readAll(model: RelevanceModel, blocks: { text: string; hits: Match[] }[]): Match[][] {
  const reading = new Reading(model);
  const verdicts = blocks.map((b) => reading.read(b.text, b.hits));
  const relevant = reading.settle();
  return verdicts.map((v) => (relevant ? [...v.mark, ...v.hold].sort((a, b) => a.start - b.start) : v.mark));
}
