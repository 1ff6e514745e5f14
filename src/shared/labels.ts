import type { Category } from '../core/types';
import { t } from './i18n';

export const CATEGORY_LABEL: Record<Category, string> = {
  studio: 'Studio',
  union: 'Union or guild',
  'trade-group': 'Trade group',
  person: 'Person',
  law: 'Law or bill',
  'ai-term': 'AI term',
};

export const CATEGORY_PLURAL: Record<Category, string> = {
  studio: 'Studios',
  union: 'Unions and guilds',
  'trade-group': 'Trade groups',
  person: 'People',
  law: 'Laws and bills',
  'ai-term': 'AI terms',
};

// Localised category names (the constants above are the English fallbacks other code may still use).
const CATEGORY_KEY: Record<Category, string> = {
  studio: 'categoryStudio',
  union: 'categoryUnion',
  'trade-group': 'categoryTradeGroup',
  person: 'categoryPerson',
  law: 'categoryLaw',
  'ai-term': 'categoryAiTerm',
};

export function categoryName(c: Category): string {
  const s = t(CATEGORY_KEY[c]);
  return s === CATEGORY_KEY[c] ? CATEGORY_LABEL[c] : s;
}

export function categoryPlural(c: Category): string {
  const key = `${CATEGORY_KEY[c]}Plural`;
  const s = t(key);
  return s === key ? CATEGORY_PLURAL[c] : s;
}
