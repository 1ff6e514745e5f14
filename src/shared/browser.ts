// The one importer of webextension-polyfill: every extension API call goes through this module,
// so tests can stub a single import.
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs } from 'webextension-polyfill';
