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

/** A dataset date (YYYY-MM-DD or YYYY-MM) in the UI language. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)));
  const opts: Intl.DateTimeFormatOptions = m[3] ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(uiLanguage(), opts).format(d);
}

/** Sets lang and dir on an extension page from the UI locale, so right-to-left locales render right to left. */
export function localizeDocument(doc: Document = document): void {
  const dir = t('@@bidi_dir');
  doc.documentElement.dir = dir === 'rtl' ? 'rtl' : 'ltr';
  doc.documentElement.lang = uiLanguage();
}
