// Small text helpers for the popup: every string comes from t(); dates are formatted for the UI language.
import type { Category } from '../core/types';
import { t, uiLanguage } from '../shared/i18n';

let dateFormat: Intl.DateTimeFormat | undefined;

/** "27 Sept 2023" (or the UI language's way) for a YYYY-MM-DD date; the raw text if it is not one. */
export function formatDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  dateFormat ??= new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeZone: 'UTC' });
  return dateFormat.format(d);
}

/** "1 mention" / "12 mentions": the one and many forms are separate messages. */
export function plural(n: number, one: string, many: string): string {
  return t(n === 1 ? one : many, n);
}

const CATEGORY_KEYS: Record<Category, string> = {
  studio: 'categoryStudios',
  union: 'categoryUnions',
  'trade-group': 'categoryTradeGroups',
  person: 'categoryPeople',
  law: 'categoryLaws',
  'ai-term': 'categoryAiTerms',
};

const CATEGORY_ONE_KEYS: Record<Category, string> = {
  studio: 'categoryStudio',
  union: 'categoryUnion',
  'trade-group': 'categoryTradeGroup',
  person: 'categoryPerson',
  law: 'categoryLaw',
  'ai-term': 'categoryAiTerm',
};

export const categoryPlural = (c: Category) => t(CATEGORY_KEYS[c]);
export const categoryLabel = (c: Category) => t(CATEGORY_ONE_KEYS[c]);

export const KIND_KEYS = { demand: 'kindDemand', offer: 'kindOffer', outcome: 'kindOutcome' } as const;
