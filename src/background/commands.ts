// Keyboard commands declared in the manifest (`commands`): next/previous highlight. The background only
// forwards them to the active tab's top frame, whose content script focuses the mark and opens its card.
import browser from '../shared/browser';
import { sendToTab } from '../shared/send';

export const COMMANDS: Record<string, 'next' | 'previous'> = {
  'next-highlight': 'next',
  'previous-highlight': 'previous',
};

export async function forwardCommand(command: string, tabId: number | undefined): Promise<void> {
  const direction = COMMANDS[command];
  if (!direction) return;
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  // A page without our content script (the new-tab page, the stores) has nobody listening: nothing to do.
  await sendToTab<'focusHighlight'>(id, { type: 'focusHighlight', direction }).catch(() => undefined);
}

export function listenForCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => void forwardCommand(command, tab?.id));
}
