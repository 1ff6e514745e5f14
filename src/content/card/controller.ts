// When the card opens and closes: hover intent, leaving, Esc, tap, keyboard focus (pointer.ts, focus.ts). WCAG
// 1.4.13: the card is hoverable, dismissible (Esc) and persistent. Facts come from the background on demand; a
// reply for an older mention is dropped, so the card never shows another mention's facts.
import { h } from 'preact';
import { isInvalidation, type Context } from '../context';
import type { Mentions } from '../annotator/mentions';
import { mentionText, type Mention } from '../annotator/wrap';
import type { EntityCard } from '../../shared/messages';
import { sendToBackground } from '../../shared/send';
import { DEFAULTS, getSettings, onSettingsChanged, setSetting } from '../../shared/settings';
import { Card, type Dismissal } from './Card';
import { createCardHost, removeOldCards, type CardHost } from './host';
import { aliasFor } from './alias';
import { hideMention, isHidden } from './hidden';
import { MarkFocus, listenForFocus } from './focus';
import { followAnchor } from './placement';
import { listenForPointer } from './pointer';

export { HIDDEN_ATTR, isHidden } from './hidden';
export { placementFor } from './placement';

export interface CardOptions {
  /** Hover intent; the reader's settings.hoverDelayMs replaces it once read. */
  openDelay: number;
  closeDelay: number;
  /** The reader's settings, when the caller has them already (saves a storage read at start). */
  settings?: { hoverDelayMs: number };
  /** Look for cards an older copy left (default); false for a document no older copy can have touched. */
  oldCards?: boolean;
}

export interface CardController {
  /** Opens the card for a mention; with focus, also focuses its mark (keyboard navigation). */
  open(mention: Mention, opts?: { focus?: boolean }): void;
  close(): void;
  readonly current: Mention | null;
}

export function startCard(ctx: Context, mentions: Mentions, options: Partial<CardOptions> = {}): CardController {
  if (options.oldCards !== false) removeOldCards();
  const card = new Controller(ctx, mentions, { openDelay: DEFAULTS.hoverDelayMs, closeDelay: 300, ...options });
  const readDelay = (s: { hoverDelayMs: number }) => {
    if (Number.isFinite(s.hoverDelayMs) && s.hoverDelayMs >= 0) card.openDelay = Math.min(s.hoverDelayMs, 5000);
  };
  // The content script passes the settings it has already read; otherwise read them here.
  if (options.settings) readDelay(options.settings);
  else getSettings().then(readDelay, () => undefined);
  try {
    ctx.onInvalidated(onSettingsChanged(readDelay));
  } catch {
    /* storage unavailable: keep the default */
  }
  listenForPointer(ctx, mentions, card);
  listenForFocus(ctx, card.focus, card);
  ctx.onInvalidated(() => card.destroy());
  return card;
}

class Controller implements CardController {
  readonly focus = new MarkFocus();
  openDelay: number;
  current: Mention | null = null;
  byKeyboard = false;
  private made: CardHost | null = null;
  private readonly cache = new Map<string, EntityCard | null>();
  private dismissed: Dismissal | null = null;
  private openTimer = 0;
  private closeTimer = 0;
  private stopFollowing: (() => void) | null = null;
  /** Bumped at each open and close: a reply for an older one is dropped. */
  private visit = 0;

  constructor(
    private readonly ctx: Context,
    private readonly mentions: Mentions,
    private readonly opts: CardOptions,
  ) {
    this.openDelay = opts.openDelay;
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  /** The card's element, shadow root and styles, made on first use (most pages are never hovered). */
  host(existing = false): CardHost | null {
    if (this.made || existing) return this.made;
    const made = createCardHost();
    made.el.addEventListener('pointerenter', () => clearTimeout(this.closeTimer), { signal: this.ctx.signal });
    made.el.addEventListener('pointerleave', (e) => e.pointerType !== 'touch' && this.closeSoon(), { signal: this.ctx.signal });
    return (this.made = made);
  }

  contains(e: Event): boolean {
    return this.made !== null && e.composedPath().includes(this.made.el);
  }

  openSoon(m: Mention): void {
    clearTimeout(this.closeTimer);
    if (m === this.current) return;
    clearTimeout(this.openTimer);
    this.openTimer = this.ctx.setTimeout(() => this.open(m), this.openDelay);
  }

  leave(): void {
    clearTimeout(this.openTimer);
    if (this.current) this.closeSoon();
  }

  private closeSoon(): void {
    if (this.byKeyboard) return; // a card opened from the keyboard stays until focus leaves or Esc
    clearTimeout(this.closeTimer);
    this.closeTimer = this.ctx.setTimeout(() => this.close(), this.opts.closeDelay);
  }

  open(m: Mention, o: { focus?: boolean } = {}): void {
    this.clearTimers();
    const anchor = m.marks[0];
    if (!anchor?.isConnected || isHidden(m)) return;
    if (o.focus) this.focus.focus(anchor);
    this.byKeyboard = !!o.focus;
    if (this.current === m) return;
    this.current = m;
    this.dismissed = null;
    const visit = ++this.visit;
    this.paint(); // at once, with what the cache has: the written name while the facts load
    this.stopFollowing?.();
    this.stopFollowing = followAnchor(anchor, this.host()!.el);
    if (this.cache.has(m.id)) return;
    const stillShown = () => visit === this.visit && this.current === m;
    sendToBackground<'lookupEntity'>({ type: 'lookupEntity', id: m.id })
      .then((card) => {
        this.cache.set(m.id, card ?? null);
        if (stillShown()) this.paint();
      })
      .catch((e) => {
        if (isInvalidation(e)) this.ctx.abort('extension context invalidated');
        else if (stillShown()) this.paint(); // shows "no background found"
      });
  }

  close(): void {
    this.clearTimers();
    this.visit++;
    const focusWasInCard = this.made !== null && document.activeElement === this.made.el;
    this.current = null;
    this.dismissed = null;
    this.byKeyboard = false;
    this.stopFollowing?.();
    this.stopFollowing = null;
    // Removing the card drops focus to <body>; put it back on the mark the reader came from.
    if (focusWasInCard && this.focus.mark?.isConnected) this.focus.mark.focus({ preventScroll: true });
    this.made?.hide();
  }

  destroy(): void {
    this.clearTimers();
    this.stopFollowing?.();
    this.focus.release();
    this.made?.destroy();
  }

  private clearTimers(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
  }

  private paint(): void {
    const m = this.current;
    if (!m) return;
    const props = { written: mentionText(m), card: this.cache.get(m.id), dismissed: this.dismissed };
    const actions = { onMore: () => this.more(m), onNotThis: () => this.notThis(m), onStopAlias: () => this.stopAlias(m) };
    this.host()!.show(h(Card, { ...props, ...actions }));
  }

  private more(m: Mention): void {
    void sendToBackground<'openEntityDetail'>({ type: 'openEntityDetail', id: m.id }).catch(() => undefined);
    this.close();
  }

  private notThis(m: Mention): void {
    hideMention(m);
    const card = this.cache.get(m.id);
    this.dismissed = { alias: card ? aliasFor(mentionText(m), card.aliases) : null, stopped: false };
    this.paint();
    this.host()!.root.querySelector<HTMLElement>('button.stop')?.focus();
  }

  private stopAlias(m: Mention): void {
    const alias = this.dismissed?.alias;
    if (!alias) return;
    this.dismissed = { alias, stopped: true };
    this.paint();
    // This page: hide the other mentions written the same way. Later pages: settings.disabledAliases.
    const card = this.cache.get(m.id);
    for (const other of this.mentions.all()) {
      if (other.id === m.id && card && aliasFor(mentionText(other), card.aliases) === alias) hideMention(other);
    }
    void getSettings()
      .then((s) => (s.disabledAliases.includes(alias) ? undefined : setSetting('disabledAliases', [...s.disabledAliases, alias])))
      .catch(() => undefined);
  }
}

// Test pages: tests/e2e/pages/card.html (overlay, keyboard), tests/e2e/pages/card-rtl.html, demo/index.html.
