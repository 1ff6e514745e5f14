import { describe, expect, it, vi } from 'vitest';
import { useState } from 'preact/hooks';
import dataset from 'virtual:backstory/dataset';
import { Search } from '../../src/popup/views/Search';
import { buildIndex } from '../../src/popup/search';
import { click, input, mount, text } from './support/render';


const index = buildIndex(dataset);

function Harness({ onOpen }: { onOpen: (id: string) => void }) {
  const [q, setQ] = useState('');
  return <Search index={index} query={q} onQuery={setQ} onOpen={onOpen} />;
}

describe('Search view', () => {
  it('finds as you type: names, aliases and fact words', () => {
    const open = vi.fn();
    const root = mount(<Harness onOpen={open} />);
    expect(text(root.querySelector('.hint'))).toBe('Type a name, an acronym, an AI term or any word from a fact.');
    expect(root.querySelector('label[for="q"]')).not.toBeNull();
    input(root.querySelector('input'), 'sag');
    const first = root.querySelector<HTMLElement>('li[data-hit]')!;
    expect(first.dataset.hit).toBe('sag-aftra');
    click(first.querySelector('button'));
    expect(open).toHaveBeenCalledWith('sag-aftra');

    input(root.querySelector('input'), 'Screen Actors Guild');
    expect(root.querySelector<HTMLElement>('li[data-hit]')!.dataset.hit).toBe('sag-aftra');
    expect(text(root.querySelector('li[data-hit] .hit-text'))).toContain('Screen Actors Guild');

    input(root.querySelector('input'), 'deepfake');
    expect([...root.querySelectorAll<HTMLElement>('li[data-hit]')].map((l) => l.dataset.hit)).toContain('deepfake');
  });

  it('says when nothing matches', () => {
    const root = mount(<Harness onOpen={() => {}} />);
    input(root.querySelector('input'), 'zzqx');
    expect(root.querySelectorAll('li[data-hit]')).toHaveLength(0);
    expect(text(root.querySelector('.hint'))).toBe('Nothing matches “zzqx”.');
  });
});
