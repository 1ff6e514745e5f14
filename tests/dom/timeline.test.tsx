import { describe, expect, it } from 'vitest';
import dataset from 'virtual:backstory/dataset';
import { Timeline } from '../../src/popup/views/Timeline';
import { input, mount, text } from './support/render';


const byId = new Map(dataset.entities.map((e) => [e.id, e]));

describe('Timeline view', () => {
  it('lists every event oldest first, each dated and sourced', () => {
    const root = mount(<Timeline events={dataset.events} byId={byId} onOpen={() => {}} />);
    const items = [...root.querySelectorAll<HTMLElement>('li[data-event]')];
    expect(items).toHaveLength(dataset.events.length);
    const dates = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]!.startsWith('2023')).toBe(true);
    for (const li of items) expect(li.querySelectorAll('a[href^="https://"]').length).toBeGreaterThan(0);
    expect(text(root.querySelector('.hint'))).toBe(`${dataset.events.length} events`);
  });

  it('filters by party', () => {
    const root = mount(<Timeline events={dataset.events} byId={byId} onOpen={() => {}} />);
    const options = [...root.querySelectorAll<HTMLOptionElement>('select option')].map((o) => o.value);
    expect(options[0]).toBe('');
    expect(options).toContain('sag-aftra');
    input(root.querySelector('select'), 'sag-aftra', 'change');
    const expected = dataset.events.filter((e) => e.parties.includes('sag-aftra')).map((e) => e.id);
    const shown = [...root.querySelectorAll<HTMLElement>('li[data-event]')].map((li) => li.dataset.event);
    expect(new Set(shown)).toEqual(new Set(expected));
    expect(shown.length).toBeLessThan(dataset.events.length);
    input(root.querySelector('select'), '', 'change');
    expect(root.querySelectorAll('li[data-event]')).toHaveLength(dataset.events.length);
  });

  it('has an empty state', () => {
    expect(text(mount(<Timeline events={[]} byId={byId} onOpen={() => {}} />))).toBe('No events in the dataset.');
  });
});
