// Firefox's build imports this in place of webextension-polyfill (vite.config.ts): Firefox's own `browser` is
// the promise API the polyfill imitates (and hands back there), so the polyfill is 2.7 KB gzipped of content
// script for nothing, and its start-up check reads `chrome.runtime.id`, an API namespace Firefox builds on first
// use. (No start-up gain was measurable against this machine's noise.)
import type Browser from 'webextension-polyfill';

export default (globalThis as unknown as { browser: typeof Browser }).browser;
