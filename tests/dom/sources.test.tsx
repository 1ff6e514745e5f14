import { describe, expect, it, vi } from 'vitest';
import dataset from 'virtual:backstory/dataset';
import { collectSources } from '../../src/pages/collect-sources';
import { Sources } from '../../src/pages/Sources';
import { mount, text } from './support/render';

vi.mock('../../src/shared/browser', () => import('./support/fake-browser'));

describe('Methodology and sources page', () => {
  it('lists every publisher and every cited page once', () => {
    const pubs = collectSources(dataset);
    const root = mount(<Sources publishers={pubs} dataset={dataset} />);
    const urls = new Set<string>();
    for (const e of dataset.entities) for (const f of [e.summary, e.stance, e.latestContract, e.whyItMatters, ...e.facts]) f?.sources.forEach((s) => urls.add(s.url));
    dataset.events.forEach((e) => e.sources.forEach((s) => urls.add(s.url)));
    dataset.positions.cells.forEach((c) => c.sources.forEach((s) => urls.add(s.url)));
    const links = [...root.querySelectorAll('details a')].map((a) => a.getAttribute('href'));
    // A page cited under two publisher spellings is listed under each.
    expect(new Set(links)).toEqual(urls);
    expect(root.querySelectorAll('details')).toHaveLength(new Set(pubs.map((p) => p.name)).size);
    expect(text(root.querySelector('#pubs'))).toBe(`${links.length} sources from ${pubs.length} publishers`);
    expect(text(root)).toContain('Every fact, position and event carries at least one source');
  });

  it('copes with an empty dataset', () => {
    const root = mount(<Sources publishers={[]} dataset={dataset} />);
    expect(text(root.querySelector('#pubs'))).toBe('0 sources from 0 publishers');
  });
});
