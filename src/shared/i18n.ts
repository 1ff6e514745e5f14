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

/** The UI's writing direction (the card's own text), whatever the page's direction. */
export function uiDirection(): 'ltr' | 'rtl' {
  return t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A dataset date (YYYY-MM-DD or YYYY-MM) in the UI language ("27 Sept 2023" medium, "27 September 2023" long). */
export function formatDate(iso: string, style: 'medium' | 'long' = 'medium'): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)));
  const key = `${style}${m[3] ? '' : '-month'}`;
  let f = formats.get(key);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions = m[3] ? { dateStyle: style, timeZone: 'UTC' } : { year: 'numeric', month: style === 'long' ? 'long' : 'short', timeZone: 'UTC' };
    f = new Intl.DateTimeFormat(uiLanguage(), opts);
    formats.set(key, f);
  }
  return f.format(d);
}

/** Sets lang and dir on an extension page from the UI locale, so right-to-left locales render right to left. */
export function localizeDocument(doc: Document = document): void {
  const dir = t('@@bidi_dir');
  doc.documentElement.dir = dir === 'rtl' ? 'rtl' : 'ltr';
  doc.documentElement.lang = uiLanguage();
}
