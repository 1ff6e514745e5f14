// Small text helpers for the popup: every string comes from t(); dates are formatted for the UI language.
import { t } from '../shared/i18n';

/** "1 mention" / "12 mentions": the one and many forms are separate messages. */
export function plural(n: number, one: string, many: string): string {
  return t(n === 1 ? one : many, n);
}

// Category names are shared with the card and the options page.
export { categoryName as categoryLabel, categoryPlural } from '../shared/labels';

export const KIND_KEYS = { demand: 'kindDemand', offer: 'kindOffer', outcome: 'kindOutcome' } as const;
