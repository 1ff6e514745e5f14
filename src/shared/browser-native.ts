// Firefox's build imports this in place of webextension-polyfill (vite.config.ts): Firefox's own `browser` is
// the promise API the polyfill imitates, and the polyfill's start-up check reads `chrome.runtime.id`, which makes
// Firefox build a second API object (`chrome`) in every page's content script for nothing.
import type Browser from 'webextension-polyfill';

export default (globalThis as unknown as { browser: typeof Browser }).browser;
