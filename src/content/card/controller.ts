// When the card opens and closes: hover intent, leaving, Esc, tap, focus. WCAG 1.4.13: the card is hoverable,
// dismissible and persistent. Facts come from the background on demand; a reply for an older mention is dropped.
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { h } from 'preact';
import type { Context } from '../context';
import type { Mentions } from '../mentions';
import type { Mention } from '../annotate';
import type { EntityCard } from '../../shared/messages';
import { sendToBackground } from '../../shared/send';
import { Card } from './Card';
import { createCardHost } from './host';

export interface CardOptions {
  openDelay: number;
  closeDelay: number;
}

export interface CardController {
  open(mention: Mention): void;
  close(): void;
}

export function startCard(ctx: Context, mentions: Mentions, opts: CardOptions): CardController {
  const host = createCardHost();
  const cache = new Map<string, EntityCard | null>();
  let current: Mention | null = null;
  let openTimer = 0;
  let closeTimer = 0;
  let stopFollowing: (() => void) | null = null;
  let generation = 0;

  const clearTimers = () => {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
  };

  function paint(m: Mention, card: EntityCard | null | undefined) {
    const written = m.marks.map((el) => el.textContent ?? '').join('');
    host.show(h(Card, { written, card }));
  }

  function open(m: Mention) {
    clearTimers();
    const anchor = m.marks[0];
    if (!anchor?.isConnected) return;
    current = m;
    const gen = ++generation;
    paint(m, cache.get(m.id));
    stopFollowing?.();
    stopFollowing = autoUpdate(anchor, host.el, () => {
      void computePosition(anchor, host.el, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          // Never taller than the room on its side: the card scrolls inside instead of leaving the viewport.
          size({
            padding: 8,
            apply: ({ availableHeight }) => host.el.style.setProperty('--backstory-max-h', `${Math.max(160, availableHeight)}px`),
          }),
        ],
      }).then(({ x, y }) => {
        Object.assign(host.el.style, { left: `${x}px`, top: `${y}px` });
      });
    });
    if (!cache.has(m.id)) {
      sendToBackground<'lookupEntity'>({ type: 'lookupEntity', id: m.id })
        .then((card) => {
          cache.set(m.id, card ?? null);
          if (gen === generation && current === m) paint(m, card ?? null);
        })
        .catch((e) => {
          if (gen === generation) paint(m, null);
          if (String(e).match(/invalidated/i)) ctx.abort('extension context invalidated');
        });
    }
  }

  function close() {
    clearTimers();
    generation++;
    current = null;
    stopFollowing?.();
    stopFollowing = null;
    host.hide();
  }

  const scheduleClose = () => {
    clearTimeout(closeTimer);
    closeTimer = window.setTimeout(close, opts.closeDelay);
  };

  const { signal } = ctx;
  document.addEventListener(
    'pointerover',
    (e) => {
      if (e.pointerType === 'touch') return; // touch opens on tap (click below)
      const target = e.target as Element;
      if (host.el.contains(target)) return;
      const m = mentions.of(target);
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
  host.el.addEventListener('pointerenter', () => clearTimeout(closeTimer), { signal });
  host.el.addEventListener('pointerleave', scheduleClose, { signal });
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && current) close();
    },
    { signal },
  );
  document.addEventListener(
    'click',
    (e) => {
      const target = e.target as Element;
      if (host.el.contains(target)) return;
      const m = mentions.of(target);
      if (m && (e as PointerEvent).pointerType === 'touch') {
        e.preventDefault();
        open(m);
      } else if (current && !m) close();
    },
    { signal, capture: true },
  );
  ctx.onInvalidated(() => {
    clearTimers();
    stopFollowing?.();
    host.destroy();
  });
  return { open, close };
}
