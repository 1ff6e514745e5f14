// The page's relevance in the annotator (docs/architecture.md § Relevance): held names during the first scan,
// what later content gets, a rescan in document order.
import { describe, expect, it } from 'vitest';
import matcherData from 'virtual:backstory/matcher-data';
import { Annotator } from '../../src/content/annotator/annotator';

function setBody(markup: string): void {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${markup}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(doc.body.childNodes, (n) => document.importNode(n, true)));
}
const marks = () => Array.from(document.querySelectorAll('mark[data-backstory]'), (m) => `${m.getAttribute('data-backstory')}:${m.textContent}`);

describe('relevance in the annotator', () => {
  it('holds an ambiguous name met before the page is known, and wraps it once it is', async () => {
    const a = new Annotator(matcherData);
    setBody('<h1>Sony said little</h1><p>Iger left.</p><p>The WGA and SAG-AFTRA strike hit Hollywood.</p><p>Bob Iger spoke. Iger left.</p>');
    await a.annotateSliced(document.body, () => true);
    expect(marks()).toEqual(['sony-pictures:Sony', 'wga:WGA', 'sag-aftra:SAG-AFTRA', 'bob-iger:Bob Iger', 'bob-iger:Iger']);
    a.clear();
  });

  it('drops what it held on a page that is not about the industry, and judges later content by that', async () => {
    const a = new Annotator(matcherData);
    setBody('<h1>Sony A95 review</h1><p>The Sony set has an AI mode. The AI mode is fine.</p>');
    await a.annotateSliced(document.body, () => true);
    expect(marks()).toEqual(['artificial-intelligence:AI']);
    const p = document.createElement('p');
    p.append('Sony and AI again, with Netflix.');
    document.body.append(p);
    a.annotate(p);
    expect(marks()).toEqual(['artificial-intelligence:AI', 'netflix:Netflix']);
    a.clear();
  });

  it('marks a surname after the full name only, on a rescan of the whole page too', () => {
    const a = new Annotator(matcherData);
    setBody('<p>Drescher spoke first.</p><p>Fran Drescher of SAG-AFTRA spoke. Drescher left.</p>');
    a.annotate(document.body);
    const first = marks();
    expect(first).toEqual(['fran-drescher:Fran Drescher', 'sag-aftra:SAG-AFTRA', 'fran-drescher:Drescher']);
    a.annotate(document.body);
    expect(marks()).toEqual(first);
    a.clear();
  });
});
