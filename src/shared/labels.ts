import type { Category } from '../core/types';

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
