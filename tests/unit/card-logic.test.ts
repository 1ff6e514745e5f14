import { describe, expect, it, vi } from 'vitest';
import dataset from 'virtual:backstory/dataset';
import { aliasFor } from '../../src/content/card/alias';
import { stepIndex } from '../../src/content/card/order';
import { parseMessage } from '../../src/shared/messages';

vi.mock('../../src/shared/browser', () => ({ default: {} }));
const { cardOf, CARD_FACTS } = await import('../../src/background/entity-card');
const { detailUrl } = await import('../../src/background/entity-detail');
const { COMMANDS } = await import('../../src/background/commands');
const manifest = (await import('../../manifest.json')).default as { commands: Record<string, { suggested_key: { default: string }; description: string }> };

describe('card content from the dataset', () => {
  it('gives unions, studios and trade groups their AI stance and latest contract, AI terms why they mattered', () => {
    for (const e of dataset.entities) {
      const c = cardOf(e, dataset.sourcesTo);
      expect(c.summary).toBe(e.summary);
      expect(c.facts.length).toBe(Math.min(e.facts.length, CARD_FACTS));
      if (['union', 'studio', 'trade-group'].includes(e.category)) {
        expect(c.stance).toBe(e.stance);
        expect(c.latestContract).toBe(e.latestContract);
        expect(c.whyItMatters).toBeUndefined();
      } else {
        expect(c.whyItMatters).toBe(e.whyItMatters);
        expect(c.stance).toBeUndefined();
      }
      expect(c.aliases).toEqual(e.aliases.map((a) => a.text));
    }
    const wga = cardOf(dataset.entities.find((e) => e.id === 'wga')!, '2026-01-01');
    expect(wga.stance && wga.latestContract).toBeTruthy();
    expect(wga.facts.length).toBeGreaterThanOrEqual(2);
  });
});

describe('"Not this" alias', () => {
  it('finds the dataset alias the page wrote, with plural endings and spacing variants', () => {
    expect(aliasFor('WGA', ['Writers Guild of America', 'WGA'])).toBe('WGA');
    expect(aliasFor('writers  guild of america', ['Writers Guild of America'])).toBe('Writers Guild of America');
    expect(aliasFor('deepfakes', ['deepfake'])).toBe('deepfake');
    expect(aliasFor('SAG\u2011AFTRA', ['SAG-AFTRA'])).toBe('SAG-AFTRA');
    expect(aliasFor('Netflix', ['Disney'])).toBeNull();
  });
});

describe('keyboard order', () => {
  const items = [{ bottom: -300 }, { bottom: -10 }, { bottom: 40 }, { bottom: 900 }];
  it('steps from the current highlight and wraps around', () => {
    expect(stepIndex(items, 1, 'next')).toBe(2);
    expect(stepIndex(items, 3, 'next')).toBe(0);
    expect(stepIndex(items, 0, 'previous')).toBe(3);
  });
  it('starts from what the reader sees when no highlight is current', () => {
    expect(stepIndex(items, -1, 'next')).toBe(2);
    expect(stepIndex(items, -1, 'previous')).toBe(1);
    expect(stepIndex([{ bottom: -5 }], -1, 'next')).toBe(0);
    expect(stepIndex([], -1, 'next')).toBe(-1);
  });
});

describe('card messages and commands', () => {
  it('checks the new messages', () => {
    expect(parseMessage({ type: 'openEntityDetail', id: 'wga' })).not.toBeNull();
    expect(parseMessage({ type: 'openEntityDetail', id: '../x' })).toBeNull();
    expect(parseMessage({ type: 'focusHighlight', direction: 'next' })).not.toBeNull();
    expect(parseMessage({ type: 'focusHighlight', direction: 'sideways' })).toBeNull();
  });
  it('opens the popup page on the entity for the tab', () => {
    expect(detailUrl(12, 'sag-aftra')).toBe('src/popup/index.html?tabId=12&entity=sag-aftra');
    expect(detailUrl(undefined, 'wga')).toBe('src/popup/index.html?entity=wga');
  });
  it('declares next/previous highlight shortcuts that the background knows', () => {
    expect(Object.keys(manifest.commands).sort()).toEqual(Object.keys(COMMANDS).sort());
    for (const c of Object.values(manifest.commands)) {
      expect(c.suggested_key.default).toMatch(/^(Alt|Ctrl)\+/);
      expect(c.description).toMatch(/^__MSG_\w+__$/);
    }
  });
});
