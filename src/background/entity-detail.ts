// The card's "More": opens the popup page as a tab on the entity's detail view (the popup reads `entity`).
// Not browser.action.openPopup: a popup opened that way has no URL to carry the entity, and Firefox allows
// it only inside a user-input handler, which a message from a content script is not.
import browser, { type Runtime } from '../shared/browser';

export function detailUrl(tabId: number | undefined, entityId: string): string {
  const q = new URLSearchParams();
  if (tabId !== undefined) q.set('tabId', String(tabId));
  q.set('entity', entityId);
  return `src/popup/index.html?${q.toString()}`;
}

export async function openEntityDetail(id: string, sender: Runtime.MessageSender): Promise<void> {
  const tab = sender.tab;
  await browser.tabs.create({
    url: browser.runtime.getURL(detailUrl(tab?.id, id)),
    ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}),
    ...(tab?.id !== undefined ? { openerTabId: tab.id } : {}),
  });
}
