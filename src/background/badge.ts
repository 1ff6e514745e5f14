import browser from '../shared/browser';
import type { PageMentions } from '../shared/messages';

/** The badge counts distinct entities mentioned in the tab; the tooltip says so. */
export async function showBadge(tabId: number, page: PageMentions): Promise<void> {
  const n = Object.keys(page.counts).length;
  await browser.action.setBadgeText({ tabId, text: n > 0 ? String(n) : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#5b3cc4' });
  await browser.action.setTitle({
    tabId,
    title: n > 0 ? `Backstory: ${n} name${n === 1 ? '' : 's'} mentioned on this page` : 'Backstory: no names found on this page',
  });
}
