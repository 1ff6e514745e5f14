// Every user-visible string goes through t(): messages live in public/_locales/<locale>/messages.json
// (English is the default locale and the fallback). Dataset texts stay in English.
import browser from './browser';

/** The message for key, with $1…$9 substitutions. Falls back to the key itself so a missing string is visible. */
export function t(key: string, ...subs: (string | number)[]): string {
  let msg = '';
  try {
    msg = browser.i18n.getMessage(key, subs.map(String));
  } catch {
    /* outside an extension (component tests): fall through */
  }
  return msg || key;
}

/** The UI language, for Intl formatters. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
