import { describe, expect, it, vi } from 'vitest';
import dataset from 'virtual:backstory/dataset';
import { Positions } from '../../src/popup/views/Positions';
import { click, mount, text } from './support/render';


const byId = new Map(dataset.entities.map((e) => [e.id, e]));
const { positions } = dataset;

describe('Positions view', () => {
  it('shows the first cycle: one table per topic, one sourced row per cell, disputed cells marked', () => {
    const open = vi.fn();
    const root = mount(<Positions positions={positions} byId={byId} onOpen={open} />);
    const cycle = positions.cycles[0]!.id;
    const cells = positions.cells.filter((c) => c.cycle === cycle);
    const rows = [...root.querySelectorAll<HTMLElement>('tbody tr')];
    expect(rows).toHaveLength(cells.length);
    for (const r of rows) expect(r.querySelectorAll('td a[href^="https://"]').length).toBeGreaterThan(0);
    expect(root.querySelectorAll('tr[data-disputed]')).toHaveLength(cells.filter((c) => c.disputed).length);
    for (const r of root.querySelectorAll('tr[data-disputed]')) expect(text(r.querySelector('.disputed'))).toBe('Disputed');
    const topics = [...root.querySelectorAll<HTMLElement>('section[data-topic]')].map((s) => s.dataset.topic);
    expect(topics).toEqual(positions.topics.map((t) => t.id).filter((id) => cells.some((c) => c.topic === id)));
    expect(root.querySelectorAll('th[scope="col"]')).toHaveLength(2 * topics.length);
    // Row headers name the party (a link into its detail) and the kind.
    const first = rows[0]!;
    expect(['Demand', 'Offer', 'Outcome']).toContain(text(first.querySelector('.kind')));
    click(first.querySelector('[data-open-entity]'));
    expect(open).toHaveBeenCalledWith(first.dataset.party);
  });

  it('switches cycle with the radio group', () => {
    const root = mount(<Positions positions={positions} byId={byId} onOpen={() => {}} />);
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="cycle"]')];
    expect(radios.map((r) => r.value)).toEqual(positions.cycles.map((c) => c.id));
    const last = radios[radios.length - 1]!;
    click(last);
    expect(last.checked).toBe(true);
    expect(root.querySelectorAll('tbody tr')).toHaveLength(positions.cells.filter((c) => c.cycle === last.value).length);
  });

  it('has an empty state', () => {
    const root = mount(<Positions positions={{ topics: [], cycles: [], cells: [] }} byId={byId} onOpen={() => {}} />);
    expect(text(root)).toBe('No positions in the dataset.');
  });
});
