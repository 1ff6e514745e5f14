// Every fact, event and positions cell in the popup carries "Disputed" when the sides disagree and a
// "Copy citation" button, checked on the bundled dataset.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import dataset from 'virtual:backstory/dataset';
import { EntityDetail } from '../../src/popup/views/EntityDetail';
import { Positions } from '../../src/popup/views/Positions';
import { Timeline } from '../../src/popup/views/Timeline';
import { citationText, eventCitable } from '../../src/core/citation';
import { formatDate } from '../../src/shared/i18n';
import { mount, text } from './support/render';


const byId = new Map(dataset.entities.map((e) => [e.id, e]));
const noop = () => {};
afterEach(() => vi.unstubAllGlobals());

describe('popup: Disputed and Copy citation', () => {
  it('in the entity detail: every fact, positions cell and event, for every entity with a disputed one', { timeout: 30_000 }, () => {
    const itemsOf = (id: string) => {
      const e = byId.get(id)!;
      return [e.summary, e.stance, e.latestContract, e.whyItMatters, ...e.facts, ...dataset.positions.cells.filter((c) => c.party === id), ...dataset.events.filter((ev) => ev.parties.includes(id))];
    };
    const ids = dataset.entities.filter((e) => itemsOf(e.id).some((x) => x?.disputed)).map((e) => e.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const e of ids.map((id) => byId.get(id)!)) {
      const root = mount(<EntityDetail id={e.id} dataset={dataset} byId={byId} count={undefined} onOpen={noop} onReveal={noop} onBack={noop} />);
      const facts = [e.summary, e.stance, e.latestContract, e.whyItMatters, ...e.facts].filter((f) => f !== undefined);
      const cells = dataset.positions.cells.filter((c) => c.party === e.id);
      const events = dataset.events.filter((ev) => ev.parties.includes(e.id));
      const items = [...facts, ...cells, ...events];
      expect(root.querySelectorAll('button.copy-citation').length, e.id).toBe(items.length);
      expect(root.querySelectorAll('.disputed').length, e.id).toBe(items.filter((x) => x.disputed).length);
    }
  });

  it('in the timeline: each event, disputed ones marked; the copy holds the date, title, text and sources', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const root = mount(<Timeline events={dataset.events} byId={byId} onOpen={noop} />);
    const items = [...root.querySelectorAll<HTMLElement>('li[data-event]')];
    for (const li of items) {
      const ev = dataset.events.find((x) => x.id === li.dataset.event)!;
      expect(li.querySelectorAll('button.copy-citation')).toHaveLength(1);
      expect(li.querySelector('.disputed') !== null, ev.id).toBe(ev.disputed === true);
    }
    await act(async () => {
      items[0]!.querySelector<HTMLButtonElement>('button.copy-citation')!.click();
      await new Promise((r) => setTimeout(r, 0));
    });
    const first = dataset.events.find((x) => x.id === items[0]!.dataset.event)!;
    expect(writeText).toHaveBeenCalledWith(citationText(eventCitable(first, formatDate), formatDate));
    expect((writeText.mock.calls[0] as unknown as string[])[0]).toContain(first.sources[0]!.url);
    expect(text(items[0]!.querySelector('[role="status"]'))).toBe('Copied');
  });

  it('in the positions table: one button per cell', () => {
    const root = mount(<Positions positions={dataset.positions} byId={byId} onOpen={noop} />);
    for (const r of root.querySelectorAll('tbody tr')) expect(r.querySelectorAll('td button.copy-citation')).toHaveLength(1);
  });
});
