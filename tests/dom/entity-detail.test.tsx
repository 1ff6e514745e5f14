import { describe, expect, it, vi } from 'vitest';
import dataset from 'virtual:backstory/dataset';
import { EntityDetail } from '../../src/popup/views/EntityDetail';
import { click, mount, text } from './support/render';


const byId = new Map(dataset.entities.map((e) => [e.id, e]));

function view(id: string, count: number | undefined, on: { open?: (id: string) => void; reveal?: (id: string) => void; back?: () => void } = {}) {
  return mount(
    <EntityDetail id={id} dataset={dataset} byId={byId} count={count} onOpen={on.open ?? (() => {})} onReveal={on.reveal ?? (() => {})} onBack={on.back ?? (() => {})} />,
  );
}

describe('Entity detail view', () => {
  it('shows the summary, stance, every fact with its date and sources', () => {
    const wga = byId.get('wga')!;
    const root = view('wga', 3);
    expect(text(root.querySelector('h2.title'))).toBe(wga.name);
    expect(document.activeElement).toBe(root.querySelector('h2.title'));
    expect(text(root.querySelector('.cat'))).toBe('Union or guild');
    expect(text(root)).toContain(wga.summary.text);
    if (wga.stance) expect(text(root)).toContain(`Stance on AI: ${wga.stance.text}`);
    const facts = root.querySelectorAll('section[aria-labelledby="d-facts"] .facts > li');
    expect(facts).toHaveLength(wga.facts.length);
    wga.facts.forEach((f, i) => {
      expect(text(facts[i])).toContain(f.text);
      expect(facts[i]!.querySelectorAll('a[href^="https://"]').length).toBe(new Set(f.sources.map((s) => s.url)).size);
      if (f.date) expect(facts[i]!.querySelector('.when')).not.toBeNull();
    });
  });

  it('lists its positions per cycle, its timeline events and related entities as in-popup links', () => {
    const open = vi.fn();
    const root = view('wga', undefined, { open });
    const cells = dataset.positions.cells.filter((c) => c.party === 'wga');
    expect(root.querySelectorAll('section[aria-labelledby="d-positions"] li')).toHaveLength(cells.length);
    const cycles = [...root.querySelectorAll('section[aria-labelledby="d-positions"] h4')].map(text);
    expect(cycles).toEqual(dataset.positions.cycles.filter((c) => cells.some((x) => x.cycle === c.id)).map((c) => c.name));
    const events = dataset.events.filter((e) => e.parties.includes('wga'));
    expect(events.length).toBeGreaterThan(0);
    expect(root.querySelectorAll('section[aria-labelledby="d-events"] li')).toHaveLength(events.length);
    const related = [...root.querySelectorAll<HTMLElement>('.related [data-open-entity]')].map((b) => b.dataset.openEntity);
    expect(related).toEqual(byId.get('wga')!.related);
    click(root.querySelector('.related [data-open-entity="amptp"]'));
    expect(open).toHaveBeenCalledWith('amptp');
  });

  it('offers "Show on page" only when the page mentions it, and goes back', () => {
    const reveal = vi.fn();
    const back = vi.fn();
    let root = view('netflix', 2, { reveal, back });
    click(root.querySelector('button.show'));
    expect(reveal).toHaveBeenCalledWith('netflix');
    click(root.querySelector('button.back'));
    expect(back).toHaveBeenCalledOnce();
    root = view('netflix', 0);
    expect(root.querySelector('button.show')).toBeNull();
    root = view('netflix', undefined);
    expect(root.querySelector('button.show')).toBeNull();
  });

  it('an entity without positions or events shows no empty sections', () => {
    const quiet = dataset.entities.find((e) => !dataset.positions.cells.some((c) => c.party === e.id) && !dataset.events.some((ev) => ev.parties.includes(e.id)))!;
    const root = view(quiet.id, undefined);
    expect(root.querySelector('section[aria-labelledby="d-positions"]')).toBeNull();
    expect(root.querySelector('section[aria-labelledby="d-events"]')).toBeNull();
  });

  it('says so for an unknown id (a stale ?entity= link)', () => {
    const root = view('no-such-entity', undefined);
    expect(text(root.querySelector('.empty'))).toBe('This name is not in the dataset.');
    expect(root.querySelector('button.back')).not.toBeNull();
  });
});
