// When the card opens and closes: hover intent, leaving, Esc, tap, keyboard focus. WCAG 1.4.13: the card is
// hoverable (the pointer can move into it), dismissible (Esc) and persistent (open until the pointer or focus
// leaves both mention and card). Facts come from the background on demand; a reply for an older mention is
// dropped, so the card never shows another mention's facts.
import { autoUpdate, computePosition, flip, offset, shift, size, type Placement } from '@floating-ui/dom';
import { h } from 'preact';
import type { Context } from '../context';
import type { Mentions } from '../annotator/mentions';
import type { Mention } from '../annotator/wrap';
import type { EntityCard } from '../../shared/messages';
import { sendToBackground } from '../../shared/send';
import { DEFAULTS, getSettings, onSettingsChanged, setSetting } from '../../shared/settings';
import { Card, type Dismissal } from './Card';
import { createCardHost, removeOldCards, type CardHost } from './host';
import { aliasFor } from './alias';

/** Set on the marks of a mention the reader dismissed with "Not this" (content.css shows them as plain text). */
export const HIDDEN_ATTR = 'data-backstory-hidden';

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

export const isHidden = (m: Mention): boolean => m.marks.some((el) => el.hasAttribute(HIDDEN_ATTR));
const writtenOf = (m: Mention) => m.marks.map((el) => el.textContent ?? '').join('');

/** Start-aligned under the mention in the mention's own direction (floating-ui reads "start" off the card). */
export function placementFor(direction: string): Placement {
  return direction === 'rtl' ? 'bottom-end' : 'bottom-start';
}

const FOCUSABLE = 'a[href], button:not([disabled])';

export function startCard(ctx: Context, mentions: Mentions, options: Partial<CardOptions> = {}): CardController {
  const opts: CardOptions = { openDelay: DEFAULTS.hoverDelayMs, closeDelay: 300, ...options };
  // The card's element, shadow root and styles are made on first use: most pages are never hovered.
  if (options.oldCards !== false) removeOldCards();
  let made: CardHost | null = null;
  const getHost = (): CardHost => {
    if (made) return made;
    const h = createCardHost();
    h.el.addEventListener('pointerenter', () => clearTimeout(closeTimer), { signal: ctx.signal });
    h.el.addEventListener('pointerleave', (e) => e.pointerType !== 'touch' && scheduleClose(), { signal: ctx.signal });
    return (made = h);
  };
  const cache = new Map<string, EntityCard | null>();
  let current: Mention | null = null;
  let dismissed: Dismissal | null = null;
  let byKeyboard = false;
  let openTimer = 0;
  let closeTimer = 0;
  let stopFollowing: (() => void) | null = null;
  let generation = 0;
  /** The mark we focused, and whether we gave it its tabindex (removed again once focus leaves). */
  let focused: HTMLElement | null = null;
  let ourTabindex = false;

  const readDelay = (s: { hoverDelayMs: number }) => {
    if (Number.isFinite(s.hoverDelayMs) && s.hoverDelayMs >= 0) opts.openDelay = Math.min(s.hoverDelayMs, 5000);
  };
  // The content script passes the settings it has already read; otherwise read them here.
  if (options.settings) readDelay(options.settings);
  else getSettings().then(readDelay, () => undefined);
  try {
    ctx.onInvalidated(onSettingsChanged(readDelay));
  } catch {
    /* storage unavailable: keep the default */
  }

  const clearTimers = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  };

  function paint() {
    const m = current;
    if (!m) return;
    const card = cache.get(m.id);
    getHost().show(
      h(Card, {
        written: writtenOf(m),
        card,
        dismissed,
        onMore: () => more(m),
        onNotThis: () => notThis(m),
        onStopAlias: () => stopAlias(m),
      }),
    );
  }

  function follow(anchor: HTMLElement) {
    stopFollowing?.();
    const placement = placementFor(getComputedStyle(anchor).direction);
    // autoUpdate re-places on scroll, resize and layout changes: the card follows its mention.
    stopFollowing = autoUpdate(anchor, getHost().el, () => {
      void computePosition(anchor, getHost().el, {
        strategy: 'fixed',
        placement,
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // Never taller than the room on its side: the card scrolls inside instead of leaving the viewport.
          size({
            padding: 8,
            apply: ({ availableHeight }) => getHost().el.style.setProperty('--backstory-max-h', `${Math.max(160, availableHeight)}px`),
          }),
        ],
      }).then(({ x, y }) => {
        Object.assign(getHost().el.style, { left: `${x}px`, top: `${y}px` });
      });
    });
  }

  function releaseFocus() {
    if (focused && ourTabindex) focused.removeAttribute('tabindex');
    focused = null;
    ourTabindex = false;
  }

  function focusMark(el: HTMLElement) {
    if (focused !== el) releaseFocus();
    // tabindex=-1 makes the mark focusable for this moment only; it never enters the page's tab order.
    if (!el.hasAttribute('tabindex')) {
      el.setAttribute('tabindex', '-1');
      ourTabindex = true;
    }
    focused = el;
    const r = el.getBoundingClientRect();
    if (r.bottom < 0 || r.top > innerHeight) el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    el.focus({ preventScroll: true });
  }

  function open(m: Mention, o: { focus?: boolean } = {}) {
    clearTimers();
    const anchor = m.marks[0];
    if (!anchor?.isConnected || isHidden(m)) return;
    if (o.focus) focusMark(anchor);
    byKeyboard = !!o.focus;
    if (current === m) return;
    current = m;
    dismissed = null;
    const gen = ++generation;
    paint(); // at once, with what the cache has: the written name while the facts load
    follow(anchor);
    if (!cache.has(m.id)) {
      sendToBackground<'lookupEntity'>({ type: 'lookupEntity', id: m.id })
        .then((card) => {
          cache.set(m.id, card ?? null);
          if (gen === generation && current === m) paint();
        })
        .catch((e) => {
          if (String(e).match(/invalidated/i)) ctx.abort('extension context invalidated');
          else if (gen === generation && current === m) paint(); // shows "no background found"
        });
    }
  }

  function close() {
    clearTimers();
    generation++;
    const focusWasInCard = made !== null && document.activeElement === made.el;
    current = null;
    dismissed = null;
    byKeyboard = false;
    stopFollowing?.();
    stopFollowing = null;
    // Removing the card drops focus to <body>; put it back on the mark the reader came from.
    if (focusWasInCard && focused?.isConnected) focused.focus({ preventScroll: true });
    made?.hide();
  }

  function more(m: Mention) {
    void sendToBackground<'openEntityDetail'>({ type: 'openEntityDetail', id: m.id }).catch(() => undefined);
    close();
  }

  function notThis(m: Mention) {
    for (const el of m.marks) {
      el.setAttribute(HIDDEN_ATTR, '');
      el.setAttribute('role', 'none'); // no longer announced as highlighted
    }
    const card = cache.get(m.id);
    dismissed = { alias: card ? aliasFor(writtenOf(m), card.aliases) : null, stopped: false };
    paint();
    getHost().root.querySelector<HTMLElement>('button.stop')?.focus();
  }

  function stopAlias(m: Mention) {
    const alias = dismissed?.alias;
    if (!alias || !dismissed) return;
    dismissed = { alias, stopped: true };
    paint();
    // This page: hide the other mentions written the same way. Later pages: settings.disabledAliases.
    const card = cache.get(m.id);
    for (const other of mentions.all()) {
      if (other.id === m.id && card && aliasFor(writtenOf(other), card.aliases) === alias) {
        for (const el of other.marks) {
          el.setAttribute(HIDDEN_ATTR, '');
          el.setAttribute('role', 'none');
        }
      }
    }
    void getSettings()
      .then((s) => (s.disabledAliases.includes(alias) ? undefined : setSetting('disabledAliases', [...s.disabledAliases, alias])))
      .catch(() => undefined);
  }

  const scheduleClose = () => {
    if (byKeyboard) return; // a card opened from the keyboard stays until focus leaves or Esc
    clearTimeout(closeTimer);
    closeTimer = window.setTimeout(close, opts.closeDelay);
  };
  const inCard = (e: Event) => made !== null && e.composedPath().includes(made.el);
  const visible = (m: Mention | null) => (m && !isHidden(m) ? m : null);

  const { signal } = ctx;
  document.addEventListener(
    'pointerover',
    (e) => {
      if (e.pointerType === 'touch') return; // touch opens on tap (click below)
      const target = e.target as Element;
      if (inCard(e)) return;
      const m = visible(mentions.of(target));
      if (m) {
        clearTimeout(closeTimer);
        if (m === current) return;
        clearTimeout(openTimer);
        openTimer = window.setTimeout(() => open(m), opts.openDelay);
      } else {
        clearTimeout(openTimer);
        if (current) scheduleClose();
      }
    },
    { signal, passive: true },
  );

  document.addEventListener(
    'keydown',
    (e) => {
      if (!current) return;
      if (e.key === 'Escape') {
        close();
        return;
      }
      if (e.key !== 'Tab' || !focused) return;
      // The card sits at the end of the document; Tab from its mark goes into it, and out of it back to the
      // mark, from where the page's own order continues. Nothing is trapped: Tab off the end closes the card.
      const host = getHost();
      const inCard = document.activeElement === host.el;
      const list = [...host.root.querySelectorAll<HTMLElement>(FOCUSABLE)];
      if (document.activeElement === focused && !e.shiftKey && list[0]) {
        e.preventDefault();
        list[0].focus();
      } else if (inCard && !e.shiftKey && host.root.activeElement === list.at(-1)) {
        e.preventDefault();
        focused.focus({ preventScroll: true });
        close();
      } else if (inCard && e.shiftKey && host.root.activeElement === list[0]) {
        e.preventDefault();
        focused.focus({ preventScroll: true });
      }
    },
    { signal, capture: true },
  );
  // Focus leaving both the mark and the card (a click elsewhere, the page's own Tab order) ends the visit.
  document.addEventListener(
    'focusout',
    () =>
      window.setTimeout(() => {
        if (!focused) return;
        const a = document.activeElement;
        if (a === focused || (made && a === made.el)) return;
        releaseFocus();
        if (byKeyboard) close();
      }, 0),
    { signal, capture: true },
  );

  let lastPointer = '';
  document.addEventListener('pointerdown', (e) => (lastPointer = e.pointerType), { signal, capture: true, passive: true });
  document.addEventListener(
    'click',
    (e) => {
      const target = e.target as Element;
      if (inCard(e)) return;
      const m = visible(mentions.of(target));
      // click is a PointerEvent in current browsers; the last pointerdown covers the ones where it is not.
      const pointer = 'pointerType' in e ? (e as PointerEvent).pointerType : lastPointer;
      if (m && pointer === 'touch') {
        if (m === current) return; // a second tap goes through (a highlighted link still works)
        e.preventDefault();
        open(m);
      } else if (current && m !== current) close();
    },
    { signal, capture: true },
  );
  ctx.onInvalidated(() => {
    clearTimers();
    stopFollowing?.();
    releaseFocus();
    made?.destroy();
  });
  return {
    open,
    close,
    get current() {
      return current;
    },
  };
}

// Test pages: tests/e2e/pages/card.html (overlay, keyboard), tests/e2e/pages/card-rtl.html, demo/index.html.
