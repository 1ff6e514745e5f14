// wrapRun hands mark.js only the text nodes each match covers (mark.js is quadratic in the nodes it is given; a run
// on archive-of-our-own.html held thousands and took seconds). These check the offsets stay right when several
// matches, some split by inline markup, share one long run.
import { describe, expect, it } from 'vitest';
import matcherData from 'virtual:backstory/matcher-data';
import { Annotator } from '../../src/content/annotator/annotator';

describe('wrapping matches in a long run', () => {
  it('marks every match of a run of thousands of inline nodes, split names included, and leaves the text as it was', () => {
    const p = document.createElement('p');
    const parts: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const a = document.createElement('a');
      a.textContent = `tag ${i}`;
      p.append(a, ', ');
      parts.push(`tag ${i}`, ', ');
      if (i % 1000 === 500) {
        const em = document.createElement('em');
        em.textContent = 'Guild';
        p.append('the Writers ', em, ' of America and Netflix, ');
        parts.push('the Writers Guild of America and Netflix, ');
      }
    }
    document.body.replaceChildren(p);
    const before = p.textContent;
    const page = new Annotator(matcherData);
    const added = page.annotate(document.body);
    expect(added).toBe(6);
    expect(p.textContent).toBe(before);
    expect(parts.join('')).toBe(before);
    const marks = [...p.querySelectorAll('mark[data-backstory]')].map((m) => `${m.getAttribute('data-backstory')}:${m.textContent}`);
    expect(marks).toEqual(Array.from({ length: 3 }, () => ['wga:Writers ', 'wga:Guild', 'wga: of America', 'netflix:Netflix']).flat());
    // Each split name is one mention with three marks.
    const wga = page.mentions.all().filter((m) => m.id === 'wga');
    expect(wga.map((m) => m.marks.map((el) => el.textContent).join(''))).toEqual(Array(3).fill('Writers Guild of America'));
    page.clear();
    expect(p.textContent).toBe(before);
    expect(p.querySelector('mark')).toBeNull();
  });
});
