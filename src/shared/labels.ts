import type { Category } from '../core/types';
import { t } from './i18n';

export const CATEGORY_LABEL: Record<Category, string> = {
  studio: 'Studio',
  union: 'Union or guild',
  'trade-group': 'Trade group',
  person: 'Person',
  law: 'Law, bill or case',
  'ai-term': 'AI term',
};

export const CATEGORY_PLURAL: Record<Category, string> = {
  studio: 'Studios',
  union: 'Unions and guilds',
  'trade-group': 'Trade groups',
  person: 'People',
  law: 'Laws, bills and cases',
  'ai-term': 'AI terms',
};

// Localised category names (the constants above are the English fallbacks other code may still use).
// Literal t() calls with the key written out, so tests/unit/locales.test.ts can find every key used.
const NAME: Record<Category, () => string> = {
  studio: () => t('categoryStudio'),
  union: () => t('categoryUnion'),
  'trade-group': () => t('categoryTradeGroup'),
  person: () => t('categoryPerson'),
  law: () => t('categoryLaw'),
  'ai-term': () => t('categoryAiTerm'),
};
const PLURAL: Record<Category, () => string> = {
  studio: () => t('categoryStudioPlural'),
  union: () => t('categoryUnionPlural'),
  'trade-group': () => t('categoryTradeGroupPlural'),
  person: () => t('categoryPersonPlural'),
  law: () => t('categoryLawPlural'),
  'ai-term': () => t('categoryAiTermPlural'),
};

/** t() falls back to the key outside an extension; then the English constant is the better fallback. */
const or = (s: string, fallback: string) => (/^category[A-Za-z]+$/.test(s) ? fallback : s);

export const categoryName = (c: Category): string => or(NAME[c](), CATEGORY_LABEL[c]);
export const categoryPlural = (c: Category): string => or(PLURAL[c](), CATEGORY_PLURAL[c]);
