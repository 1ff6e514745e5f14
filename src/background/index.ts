// Background: answers lookups from the content script and the popup, keeps the per-tab mention counts and
// the badge. Holds nothing in globals that must survive: the service worker / event page stops when idle.
import browser, { type Runtime } from '../shared/browser';
import { parseMessage, type Message } from '../shared/messages';
import { fromThisExtension } from '../shared/send';
import { entityCard } from './entity-card';
import { clearTab, getPageMentions, setFrameMentions } from './tab-mentions';
import { clearBadge, showBadge } from './badge';
import { migrateStoredSettings } from '../shared/settings';

const fromExtensionPage = (sender: Runtime.MessageSender) =>
  typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));

import { openEntityDetail } from './entity-detail';
import { listenForCommands } from './commands';

type Handled = Exclude<Message['type'], 'revealMention' | 'getPageSite' | 'focusHighlight'>;
type Handlers = { [T in Handled]: (msg: Extract<Message, { type: T }>, sender: Runtime.MessageSender) => Promise<unknown> };

const handlers: Handlers = {
  lookupEntity: async (msg) => entityCard(msg.id),
  mentionsChanged: async (msg, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    const page = await setFrameMentions(tabId, sender.frameId ?? 0, { url: msg.url, counts: msg.counts, ...(msg.published ? { published: msg.published } : {}), ...(msg.lead ? { lead: msg.lead } : {}) });
    await showBadge(tabId, page);
    return undefined;
  },
  // Another tab's mentions are for our own pages (the popup) only, not for a content script (docs/security.md).
  getPageMentions: async (msg, sender) => (fromExtensionPage(sender) ? getPageMentions(msg.tabId) : { counts: {}, frames: 0 }),
  openEntityDetail: async (msg, sender) => openEntityDetail(msg.id, sender),
};

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  if (!fromThisExtension(sender)) return undefined;
  const msg = parseMessage(raw);
  if (!msg || !(msg.type in handlers)) return undefined; // not ours, or not for the background
  const handle = handlers[msg.type as Handled] as (m: Message, s: Runtime.MessageSender) => Promise<unknown>;
  return handle(msg, sender);
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document is loading: its frames will report again once their content scripts start.
  if (change.status === 'loading') void clearTab(tabId).then(() => clearBadge(tabId));
});
browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId));

browser.runtime.onInstalled.addListener(({ reason }) => {
  // First install: the onboarding page says what Backstory reads and never does. Updates: settings to the current shape.
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('src/pages/welcome.html') });
  if (reason === 'update') void migrateStoredSettings();
});
listenForCommands();
