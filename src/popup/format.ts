// Small text helpers for the popup: every string comes from t(); dates are formatted for the UI language.
import { formatDate as formatShared, t } from '../shared/i18n';

/** "27 Sept 2023" (or the UI language's way): the shared formatter, medium style. */
export const formatDate = (iso: string): string => formatShared(iso, 'medium');

/** "1 mention" / "12 mentions": the one and many forms are separate messages. */
export function plural(n: number, one: string, many: string): string {
  return t(n === 1 ? one : many, n);
}

// Category names are shared with the card and the options page.
export { categoryName as categoryLabel, categoryPlural } from '../shared/labels';

export const KIND_KEYS = { demand: 'kindDemand', offer: 'kindOffer', outcome: 'kindOutcome' } as const;
