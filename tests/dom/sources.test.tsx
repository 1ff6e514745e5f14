import { describe, expect, it } from 'vitest';
import dataset from 'virtual:backstory/dataset';
import { collectSources } from '../../src/pages/collect-sources';
import { Sources } from '../../src/pages/Sources';
import { mount, text } from './support/render';


describe('Methodology and sources page', () => {
  it('lists every publisher, by tier, and every cited page once', () => {
    const tiers = collectSources(dataset);
    const pubs = tiers.flatMap((g) => g.publishers);
    const root = mount(<Sources tiers={tiers} dataset={dataset} />);
    const urls = new Set<string>();
    for (const e of dataset.entities) for (const f of [e.summary, e.stance, e.latestContract, e.whyItMatters, ...e.facts]) f?.sources.forEach((s) => urls.add(s.url));
    dataset.events.forEach((e) => e.sources.forEach((s) => urls.add(s.url)));
    dataset.positions.cells.forEach((c) => c.sources.forEach((s) => urls.add(s.url)));
    const links = [...root.querySelectorAll('details a')].map((a) => a.getAttribute('href'));
    expect(new Set(links)).toEqual(urls);
    expect(links).toHaveLength(urls.size);
    expect(root.querySelectorAll('details')).toHaveLength(new Set(pubs.map((p) => p.name)).size);
    expect(text(root.querySelector('#pubs'))).toBe(`${links.length} sources from ${pubs.length} publishers`);
    expect(text(root)).toContain('Every fact, position and event carries at least one source');
    const groups = [...root.querySelectorAll<HTMLElement>('section[data-tier]')];
    expect(groups.map((g) => g.dataset.tier)).toEqual(tiers.map((g) => g.tier));
    tiers.forEach((g, i) => {
      expect(groups[i]!.querySelectorAll('details')).toHaveLength(g.publishers.length);
      expect(text(groups[i]!.querySelector('h3'))).toContain(`${g.publishers.length} publishers`);
    });
  });

  it('explains the sourcing rule and how to report an error', () => {
    const root = mount(<Sources tiers={[]} dataset={dataset} />);
    expect(text(root.querySelector('section[aria-labelledby="rule"]'))).toContain('two secondary sources from two different original publishers');
    expect(root.querySelectorAll('section[aria-labelledby="rule"] li')).toHaveLength(6);
    expect(text(root.querySelector('#report-an-error'))).toContain('Open an issue');
  });

  it('copes with an empty dataset', () => {
    const root = mount(<Sources tiers={[]} dataset={dataset} />);
    expect(text(root.querySelector('#pubs'))).toBe('0 sources from 0 publishers');
  });
});
