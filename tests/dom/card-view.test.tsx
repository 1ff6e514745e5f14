import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EntityCard } from '../../src/shared/messages';
import type { Fact } from '../../src/core/types';
import { fake } from './support/fake-browser';

const { Card } = await import('../../src/content/card/Card');
const { placementFor } = await import('../../src/content/card/controller');
// vitest does not process CSS (?inline is empty here): read the file itself.
const css = readFileSync(resolve(import.meta.dirname, '../../src/content/card/card.css'), 'utf8');

const src = (publisher: string, date = '2023-09-27', url = `https://example.org/${publisher}`) => ({ title: 'A title', publisher, url, date });
const fact = (text: string, extra: Partial<Fact> = {}): Fact => ({ text, sources: [src('Reuters')], ...extra });

const union: EntityCard = {
  id: 'wga',
  name: 'Writers Guild of America',
  category: 'union',
  summary: fact('The WGA is the joint bargaining front of two writers unions.'),
  stance: fact('The guild wants AI kept out of writing credits.', { asOf: '2026-04-24' }),
  latestContract: fact('Members ratified a four-year contract in April 2026.', { date: '2026-04-24' }),
  facts: [fact('Fact one about the guild.'), fact('Fact two about the guild.'), fact('Fact three, a changing one.', { asOf: '2026-05-01' })],
  aliases: ['Writers Guild of America', 'WGA'],
  sourcesTo: '2026-05-10',
};

function mount(vnode: preact.VNode): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(vnode, root);
  return root;
}

beforeEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('dir');
  fake.bidiDir = 'ltr';
});

describe('Card', () => {
  it('shows name, category, summary, AI stance, latest contract and sourced facts for a union', () => {
    const el = mount(<Card written="WGA" card={union} />);
    expect(el.querySelector('h2')!.textContent).toBe('Writers Guild of America');
    expect(el.querySelector('.cat')!.textContent).toBe('Union or guild');
    expect(el.querySelector('.summary')!.textContent).toContain('joint bargaining front');
    expect([...el.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Stance on AI', 'Latest contract', 'Key facts']);
    expect(el.querySelectorAll('.facts li')).toHaveLength(3);
    const links = [...el.querySelectorAll('a')];
    expect(links).toHaveLength(6); // summary, stance, contract, three facts: every statement has its source
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.getAttribute('aria-label')).toMatch(/^Source: Reuters, .+ \(opens in a new tab\)$/);
    }
    // Dates: the fact's own date when it has one, else the source's; "as of" where the fact changes.
    expect(el.querySelector('.contract time')!.getAttribute('datetime')).toBe('2026-04-24');
    expect(el.querySelector('.summary time')!.getAttribute('datetime')).toBe('2023-09-27');
    expect(el.querySelector('.stance .asof')!.textContent).toBe('as of 24 Apr 2026');
    expect(el.querySelectorAll('.facts .asof')).toHaveLength(1);
    expect(el.querySelector('.foot')!.textContent).toBe('Backstory · sources to 10 May 2026');
  });

  it('shows an AI term\'s definition and why it mattered, without bargaining sections', () => {
    const term: EntityCard = {
      id: 'generative-ai', name: 'Generative AI', category: 'ai-term',
      summary: fact('AI that produces new text, images or voices from patterns in training data.'),
      whyItMatters: fact('It was the core 2023 strike issue for writers and actors.'),
      facts: [fact('One.'), fact('Two.')], aliases: ['generative AI'], sourcesTo: '2026-05-10',
    };
    const el = mount(<Card written="generative AI" card={term} />);
    expect(el.querySelector('.cat')!.textContent).toBe('AI term');
    expect([...el.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Why it mattered', 'Key facts']);
    expect(el.querySelector('.why p')!.textContent).toContain('core 2023 strike issue');
  });

  it('marks every disputed fact "Disputed" and gives every fact a "Copy citation" button', () => {
    const card: EntityCard = {
      ...union,
      summary: fact('The guild said one thing; the studios said another.', { disputed: true }),
      facts: [fact('An agreed fact.'), fact('A contested fact, attributed.', { disputed: true })],
    };
    const el = mount(<Card written="WGA" card={card} />);
    expect([...el.querySelectorAll('.disputed')].map((d) => d.closest('p, li')!.textContent)).toEqual([
      expect.stringContaining('The guild said one thing'),
      expect.stringContaining('A contested fact'),
    ]);
    expect(el.querySelectorAll('.disputed')[0]!.textContent).toBe('Disputed');
    // summary + stance + latest contract + two facts
    expect(el.querySelectorAll('button.copy-citation')).toHaveLength(5);
    for (const b of el.querySelectorAll('button.copy-citation')) expect(b.textContent).toBe('Copy citation');
  });

  it('renders with every optional field missing', () => {
    const bare: EntityCard = { id: 'x', name: 'Someone', category: 'person', summary: { text: 'A person in the story.', sources: [src('AP')] }, facts: [], aliases: [], sourcesTo: '2026-05-10' };
    const el = mount(<Card written="Someone" card={bare} />);
    expect(el.querySelectorAll('h3')).toHaveLength(0);
    expect(el.querySelector('ul')).toBeNull();
    expect(el.querySelector('.asof')).toBeNull();
    expect(el.querySelectorAll('a')).toHaveLength(1);
    expect(el.querySelector('button.more')!.getAttribute('aria-label')).toBe('More about Someone');
  });

  it('never links a source that is not https', () => {
    const el = mount(<Card written="X" card={{ ...union, facts: [], stance: undefined, latestContract: undefined, summary: fact('Summary with an http source.', { sources: [src('Old', '2020-01-01', 'http://example.org/')] }) }} />);
    expect(el.querySelector('a')).toBeNull();
    expect(el.querySelector('.summary .src')!.textContent).toContain('Old');
  });

  it('keeps a very long name whole and lets it wrap', () => {
    const name = 'International Alliance of Theatrical Stage Employees, Moving Picture Technicians, Artists and Allied Crafts of the United States, Its Territories and Canada';
    const el = mount(<Card written="IATSE" card={{ ...union, name }} />);
    expect(el.querySelector('h2')!.textContent).toBe(name);
    expect(css).toMatch(/\.name\s*{[^}]*overflow-wrap:\s*anywhere/);
    expect(css).toMatch(/max-width:\s*min\(/);
  });

  it('shows the written name at once while loading, and says so when nothing is known', () => {
    const el = mount(<Card written="Netflix" card={undefined} />);
    expect(el.querySelector('.name')!.textContent).toBe('Netflix');
    expect(el.querySelector('[role=status]')!.textContent).toBe('Loading…');
    render(<Card written="Netflix" card={null} />, el);
    expect(el.querySelector('[role=status]')!.textContent).toBe('No background found.');
  });

  it('calls More and Not this, then offers to stop highlighting the alias', () => {
    const onMore = vi.fn();
    const onNotThis = vi.fn();
    const onStopAlias = vi.fn();
    const el = mount(<Card written="WGA" card={union} onMore={onMore} onNotThis={onNotThis} />);
    (el.querySelector('button.more') as HTMLButtonElement).click();
    (el.querySelector('button.not-this') as HTMLButtonElement).click();
    expect(onMore).toHaveBeenCalledOnce();
    expect(onNotThis).toHaveBeenCalledOnce();
    render(<Card written="WGA" card={union} dismissed={{ alias: 'WGA', stopped: false }} onStopAlias={onStopAlias} />, el);
    expect(el.querySelector('[role=status]')!.textContent).toBe('This highlight is hidden on this page.');
    const stop = el.querySelector('button.stop') as HTMLButtonElement;
    expect(stop.textContent).toBe('Stop highlighting “WGA”');
    stop.click();
    expect(onStopAlias).toHaveBeenCalledOnce();
    render(<Card written="WGA" card={union} dismissed={{ alias: 'WGA', stopped: true }} />, el);
    expect(el.querySelector('[role=status]')!.textContent).toBe('“WGA” will no longer be highlighted.');
    expect(el.querySelector('button')).toBeNull();
    render(<Card written="wga" card={union} dismissed={{ alias: null, stopped: false }} />, el);
    expect(el.querySelector('button.stop')).toBeNull();
  });

  it('keeps its own direction on a right-to-left page, and follows an RTL interface language', () => {
    document.documentElement.setAttribute('dir', 'rtl');
    const el = mount(<Card written="WGA" card={union} />);
    expect(el.querySelector('.card')!.getAttribute('dir')).toBe('ltr');
    fake.bidiDir = 'rtl';
    render(<Card written="WGA" card={union} />, el);
    expect(el.querySelector('.card')!.getAttribute('dir')).toBe('rtl');
    // Placement starts at the mention's own start edge: its right edge on an RTL page.
    expect(placementFor('rtl')).toBe('bottom-end');
    expect(placementFor('ltr')).toBe('bottom-start');
    // Logical properties only, so an RTL card mirrors its accents and list indents.
    expect(css).not.toMatch(/(padding|margin|border)-(left|right)/);
  });

  it('has light and dark themes and respects reduced motion', () => {
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)/);
    expect(css).toMatch(/@media \(prefers-reduced-motion: no-preference\)\s*{[^}]*animation/);
  });
});
