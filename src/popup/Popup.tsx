// Wiring: finds the tab (the active one, or ?tabId=N when opened as a page), asks the background what it
// mentions, and hands plain data to PopupView.
import { useEffect, useState } from 'preact/hooks';
import dataset from 'virtual:backstory/dataset';
import browser from '../shared/browser';
import type { PageMentions } from '../shared/messages';
import { sendToBackground, sendToTab } from '../shared/send';
import { PopupView, type PopupState } from './PopupView';

async function currentTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function Popup() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [tabId, setTabId] = useState<number | undefined>();

  useEffect(() => {
    void (async () => {
      const id = await currentTabId();
      setTabId(id);
      if (id === undefined) return setState({ kind: 'unavailable' });
      const page: PageMentions = await sendToBackground<'getPageMentions'>({ type: 'getPageMentions', tabId: id });
      setState(page.frames === 0 ? { kind: 'unavailable' } : { kind: 'page', counts: page.counts });
    })().catch(() => setState({ kind: 'unavailable' }));
  }, []);

  const reveal = (id: string) => {
    if (tabId === undefined) return;
    void sendToTab<'revealMention'>(tabId, { type: 'revealMention', id }).catch(() => undefined);
  };

  return <PopupView state={state} dataset={dataset} onReveal={reveal} />;
}
