// The card's home: a <backstory-card data-backstory-card> host with an open shadow root, shown in the top
// layer with the Popover API so no page z-index can cover it. Styles are a constructed stylesheet (no inline
// <style> in the page, so a strict CSP or Trusted Types cannot block them).
import { render, type VNode } from 'preact';
import css from './card.css?inline';
import { uiDirection } from '../../shared/i18n';

export interface CardHost {
  el: HTMLElement;
  root: ShadowRoot;
  show(vnode: VNode<any>): void; // eslint-disable-line @typescript-eslint/no-explicit-any -- any component's vnode
  hide(): void;
  destroy(): void;
}

function applyStyles(root: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // Firefox content scripts cannot always adopt a sheet built in their own compartment; fall through.
  }
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
}

/** Removes cards left by an older copy of the content script (an extension update or reload). */
export function removeOldCards(): void {
  for (const old of document.querySelectorAll('backstory-card[data-backstory-card]')) old.remove();
}

export function createCardHost(): CardHost {
  const el = document.createElement('backstory-card');
  el.setAttribute('data-backstory-card', '');
  el.setAttribute('popover', 'manual');
  // The card's text is in the UI's direction, not the page's (an English card on a Hebrew page stays LTR).
  el.setAttribute('dir', uiDirection());
  const root = el.attachShadow({ mode: 'open' });
  applyStyles(root);
  const mount = document.createElement('div');
  root.append(mount);
  let shown = false;
  return {
    el,
    root,
    show(vnode) {
      if (!el.isConnected) document.documentElement.append(el);
      render(vnode, mount);
      if (!shown) {
        try {
          el.showPopover();
        } catch {
          /* no Popover API: the fixed position and maximum z-index still apply */
        }
        shown = true;
      }
    },
    hide() {
      if (!shown) return;
      shown = false;
      try {
        el.hidePopover();
      } catch {
        /* not open */
      }
      render(null, mount);
      el.remove();
    },
    destroy() {
      render(null, mount);
      el.remove();
    },
  };
}
