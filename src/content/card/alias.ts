// Which dataset alias a mention's text is, so "Not this" can offer to stop highlighting exactly that alias.
import { aliasKey } from '../../core/normalize';

/** The alias (as written in the dataset) that `written` is, allowing the plural endings terms take; else null. */
export function aliasFor(written: string, aliases: readonly string[]): string | null {
  const key = aliasKey(written.trim());
  for (const a of aliases) {
    const k = aliasKey(a);
    if (key === k || key === `${k}s` || key === `${k}es`) return a;
  }
  return null;
}
