import browser from '../shared/browser';
import { t } from '../shared/i18n';
import type { PageMentions } from '../shared/messages';

/** How many distinct entities a page mentions (ids with at least one mention). */
export function distinctCount(page: PageMentions): number {
  return Object.values(page.counts).filter((n) => n > 0).length;
}

/** The badge counts distinct entities mentioned in the tab; the tooltip says so. */
export async function showBadge(tabId: number, page: PageMentions): Promise<void> {
  const n = distinctCount(page);
  await browser.action.setBadgeText({ tabId, text: n > 0 ? String(n) : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#5b3cc4' });
  await browser.action.setTitle({ tabId, title: n === 0 ? t('badgeTitleNone') : t(n === 1 ? 'badgeTitleOne' : 'badgeTitleMany', n) });
}

/** A new document is loading in the tab: nothing is counted yet. */
export async function clearBadge(tabId: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: '' });
  await browser.action.setTitle({ tabId, title: t('actionTitle') });
}
