import { describe, expect, it } from 'vitest';
import { citationText, eventCitable } from '../../src/core/citation';
import { newestSourceDate } from '../../src/core/sourcing';

const a = { title: 'SAG-AFTRA members ratify\n 2026 contract', publisher: 'Variety', url: 'https://variety.com/a', date: '2026-06-04' };
const b = { title: 'Actors approve deal', publisher: 'KPBS', url: 'https://kpbs.org/b', date: '2026-06-05', originalPublisher: 'Associated Press' };

describe('citation text', () => {
  it('gives the fact, then one line per source: title, publisher, date and URL', () => {
    expect(citationText({ text: 'Members ratified the deal  with 91.42% in favour.', sources: [a, b] })).toBe(
      [
        'Members ratified the deal with 91.42% in favour.',
        '“SAG-AFTRA members ratify 2026 contract”, Variety, 2026-06-04, https://variety.com/a',
        '“Actors approve deal”, KPBS (Associated Press), 2026-06-05, https://kpbs.org/b',
      ].join('\n'),
    );
  });
  it('formats dates with the given formatter and does not repeat an original publisher the name already gives', () => {
    const c = citationText({ text: 'A fact.', sources: [{ ...b, publisher: 'Associated Press (via KPBS)' }] }, (iso) => `<${iso}>`);
    expect(c).toBe('A fact.\n“Actors approve deal”, Associated Press (via KPBS), <2026-06-05>, https://kpbs.org/b');
  });
  it('leads an event with its date and title', () => {
    expect(citationText(eventCitable({ date: '2023-05-02', title: 'WGA strike begins', text: 'Writers walked out.', sources: [a] })).split('\n')[0]).toBe(
      '2023-05-02: WGA strike begins. Writers walked out.',
    );
  });
});

describe('sources-to date', () => {
  it('is the newest source date among all facts', () => {
    expect(newestSourceDate([{ sources: [a] }, { sources: [b, { ...a, date: '2021-01-01' }] }])).toBe('2026-06-05');
    expect(newestSourceDate([])).toBe('');
  });
});
