// The card's behaviour (hover intent, leaving, Esc, keyboard, touch, Not this) against a stubbed extension.
// Layout is not real here (happy-dom); placement and the top layer are checked in the e2e suite.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../src/content/annotator/wrap';
import { fake } from './support/fake-browser';

const { startCard, HIDDEN_ATTR } = await import('../../src/content/card/controller');
const { createContext } = await import('../../src/content/context');
const { Mentions } = await import('../../src/content/annotator/mentions');

const fact = (text: string) => ({ text, sources: [{ title: 'T', publisher: 'AP', url: 'https://example.org/', date: '2024-01-01' }] });
const cardFor = (id: string, name: string, aliases: string[]) => ({ id, name, category: 'union', summary: fact(`${name} summary.`), facts: [], aliases, sourcesTo: '2026-01-01' });

let ctx: ReturnType<typeof createContext>;
let mentions: InstanceType<typeof Mentions>;
let key = 0;

function addMention(id: string, text: string, parent: HTMLElement = document.body): Mention {
  const mark = document.createElement('mark');
  mark.textContent = text;
  mark.dataset.backstory = id;
  mark.dataset.backstoryMention = String(++key);
  parent.append(' ', mark, ' ');
  mentions.ours.add(mark);
  const m: Mention = { key, id, category: 'union', text, marks: [mark] };
  mentions.add([m]);
  return m;
}

const cardRoot = () => document.querySelector('backstory-card[data-backstory-card]')?.shadowRoot ?? null;
const cardName = () => cardRoot()?.querySelector('.name')?.textContent ?? null;
const over = (el: Element, pointerType = 'mouse') => el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerType }));
const tap = (el: Element) => {
  const e = new PointerEvent('click', { bubbles: true, cancelable: true, pointerType: 'touch' });
  el.dispatchEvent(e);
  return e;
};
const key$ = (k: string, shiftKey = false) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, cancelable: true, composed: true }));

beforeEach(() => {
  vi.useFakeTimers();
  document.body.replaceChildren();
  fake.sync = {};
  fake.sent = [];
  fake.reply = (msg) => {
    const m = msg as { type: string; id: string };
    if (m.type !== 'lookupEntity') return undefined;
    return m.id === 'wga' ? cardFor('wga', 'Writers Guild of America', ['Writers Guild of America', 'WGA']) : cardFor(m.id, m.id.toUpperCase(), [m.id]);
  };
  ctx = createContext();
  mentions = new Mentions();
});
afterEach(() => {
  ctx.abort('test over');
  vi.useRealTimers();
});

describe('card controller', () => {
  it("removes an older copy's card at start, unless told the document is new (oldCards: false)", () => {
    const old = () => {
      const el = document.createElement('backstory-card');
      el.setAttribute('data-backstory-card', '');
      document.documentElement.append(el);
      return el;
    };
    const kept = old();
    startCard(ctx, mentions, { oldCards: false });
    expect(kept.isConnected).toBe(true);
    startCard(ctx, mentions);
    expect(kept.isConnected).toBe(false);
  });

  it('opens after the hover delay from settings, not on a pointer merely passing', async () => {
    fake.sync.hoverDelayMs = 500;
    const m = addMention('wga', 'WGA');
    startCard(ctx, mentions);
    await vi.advanceTimersByTimeAsync(0); // settings read
    over(m.marks[0]!);
    await vi.advanceTimersByTimeAsync(200);
    over(document.body); // passed over it
    await vi.advanceTimersByTimeAsync(600);
    expect(cardRoot()).toBeNull();
    over(m.marks[0]!);
    await vi.advanceTimersByTimeAsync(450);
    expect(cardRoot()).toBeNull();
    await vi.advanceTimersByTimeAsync(60);
    expect(cardName()).toBe('Writers Guild of America');
  });

  it('stays while the pointer is on the card, closes 300 ms after it leaves mark and card, and on Esc', async () => {
    const m = addMention('wga', 'WGA');
    startCard(ctx, mentions);
    over(m.marks[0]!);
    await vi.advanceTimersByTimeAsync(310);
    const host = document.querySelector('backstory-card')!;
    over(document.body); // leaving the mark toward the card…
    host.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' })); // …and arriving
    await vi.advanceTimersByTimeAsync(1000);
    expect(cardRoot()).not.toBeNull();
    host.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    await vi.advanceTimersByTimeAsync(250);
    expect(cardRoot()).not.toBeNull();
    await vi.advanceTimersByTimeAsync(60);
    expect(cardRoot()).toBeNull();

    over(m.marks[0]!);
    await vi.advanceTimersByTimeAsync(310);
    expect(cardRoot()).not.toBeNull();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cardRoot()).toBeNull();
  });

  it('never shows an older mention\'s facts in a newer mention\'s card', async () => {
    const a = addMention('wga', 'WGA');
    const b = addMention('sag-aftra', 'SAG-AFTRA');
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r));
    const normal = fake.reply;
    fake.reply = (msg) => ((msg as { id: string }).id === 'wga' ? slow.then(() => normal(msg)) : normal(msg));
    const card = startCard(ctx, mentions);
    card.open(a);
    expect(cardName()).toBe('WGA'); // at once, with the text as written, while the facts load
    card.open(b);
    await vi.advanceTimersByTimeAsync(0);
    expect(cardName()).toBe('SAG-AFTRA');
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(cardName()).toBe('SAG-AFTRA');
    expect(cardRoot()!.textContent).not.toContain('Writers Guild');
  });

  it('from the keyboard: focuses the mark for the moment, Tab enters the card, leaving restores the page', async () => {
    const m = addMention('wga', 'WGA');
    const withOwn = addMention('netflix', 'Netflix');
    withOwn.marks[0]!.setAttribute('tabindex', '0'); // the page's own tabindex is never touched
    const after = document.createElement('button');
    after.textContent = 'page button';
    document.body.append(after);
    const card = startCard(ctx, mentions);
    card.open(m, { focus: true });
    await vi.advanceTimersByTimeAsync(0);
    const mark = m.marks[0]!;
    expect(document.activeElement).toBe(mark);
    expect(mark.getAttribute('tabindex')).toBe('-1');
    key$('Tab');
    expect(document.activeElement!.tagName).toBe('BACKSTORY-CARD');
    expect(cardRoot()!.activeElement!.tagName).toBe('A');
    key$('Tab', true); // Shift+Tab from the first stop goes back to the mark: not trapped
    expect(document.activeElement).toBe(mark);
    after.focus();
    await vi.advanceTimersByTimeAsync(10);
    expect(mark.hasAttribute('tabindex')).toBe(false);
    expect(cardRoot()).toBeNull();

    card.open(withOwn, { focus: true });
    after.focus();
    await vi.advanceTimersByTimeAsync(10);
    expect(withOwn.marks[0]!.getAttribute('tabindex')).toBe('0');
  });

  it('opens on a tap and closes on a tap elsewhere', async () => {
    const m = addMention('wga', 'WGA');
    startCard(ctx, mentions);
    over(m.marks[0]!, 'touch'); // touch hover is ignored
    await vi.advanceTimersByTimeAsync(400);
    expect(cardRoot()).toBeNull();
    expect(tap(m.marks[0]!).defaultPrevented).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(cardName()).toBe('Writers Guild of America');
    tap(document.body);
    expect(cardRoot()).toBeNull();
  });

  it('"Not this" hides the mention and can stop highlighting its alias, remembered in settings', async () => {
    const m = addMention('wga', 'WGA');
    const other = addMention('wga', 'WGA');
    const full = addMention('wga', 'Writers Guild of America');
    const card = startCard(ctx, mentions);
    card.open(m);
    await vi.advanceTimersByTimeAsync(0);
    (cardRoot()!.querySelector('button.not-this') as HTMLButtonElement).click();
    expect(m.marks[0]!.hasAttribute(HIDDEN_ATTR)).toBe(true);
    expect(other.marks[0]!.hasAttribute(HIDDEN_ATTR)).toBe(false);
    const stop = cardRoot()!.querySelector('button.stop') as HTMLButtonElement;
    expect(stop.textContent).toBe('Stop highlighting “WGA”');
    stop.click();
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.sync.disabledAliases).toEqual(['WGA']);
    expect(other.marks[0]!.hasAttribute(HIDDEN_ATTR)).toBe(true);
    expect(full.marks[0]!.hasAttribute(HIDDEN_ATTR)).toBe(false);
    card.close();
    over(m.marks[0]!);
    await vi.advanceTimersByTimeAsync(400);
    expect(cardRoot()).toBeNull(); // a dismissed mention opens nothing
  });

  it('"More" asks the background to open the detail view for this entity', async () => {
    const m = addMention('wga', 'WGA');
    const card = startCard(ctx, mentions);
    card.open(m);
    await vi.advanceTimersByTimeAsync(0);
    (cardRoot()!.querySelector('button.more') as HTMLButtonElement).click();
    expect(fake.sent).toContainEqual({ type: 'openEntityDetail', id: 'wga' });
    expect(cardRoot()).toBeNull();
  });
});
