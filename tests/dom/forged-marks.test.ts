// A hostile page can write `<mark data-backstory=…>` itself, or rewrite the attributes of ours. Neither may make
// Backstory show facts for the wrong entity, nor crash it: only marks we made (kept in a WeakSet/WeakMap, never
// read back from attributes) belong to a mention.
import { beforeEach, describe, expect, it } from 'vitest';
import matcherData from 'virtual:backstory/matcher-data';
import { Annotator } from '../../src/content/annotator/annotator';

let page: Annotator;
beforeEach(() => {
  document.body.replaceChildren();
  page = new Annotator(matcherData);
});

function html(markup: string): void {
  // Test fixture built with DOMParser (no HTML sinks in our code, and none here either).
  const doc = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
}

describe('page-forged marks', () => {
  it('a forged mark is neither trusted nor annotated inside, and the real names around it still are', () => {
    html('<p>The <mark id="f" data-backstory="netflix" data-backstory-mention="1" data-backstory-category="studio">WGA</mark> and Netflix.</p>');
    expect(() => page.annotate(document.body)).not.toThrow();
    const forged = document.getElementById('f')!;
    expect(page.mentions.of(forged)).toBeNull();
    expect(forged.querySelector('mark')).toBeNull(); // nothing nested inside the page's mark
    const ours = [...document.querySelectorAll('mark[data-backstory]')].filter((m) => m !== forged);
    expect(ours.map((m) => m.getAttribute('data-backstory'))).toEqual(['netflix']);
    expect(page.mentions.of(ours[0]!)?.id).toBe('netflix');
  });

  it('a forged mark copying the mention number of a real mark still opens nothing', () => {
    html('<p>Netflix and the WGA.</p><p id="x"></p>');
    page.annotate(document.body);
    const real = document.querySelector('mark[data-backstory="netflix"]')!;
    const key = real.getAttribute('data-backstory-mention')!;
    const forged = document.createElement('mark');
    forged.setAttribute('data-backstory', 'wga');
    forged.setAttribute('data-backstory-mention', key);
    forged.textContent = 'Fake';
    document.getElementById('x')!.append(forged);
    expect(page.mentions.of(forged)).toBeNull();
    expect(page.mentions.of(real)?.id).toBe('netflix');
  });

  it('rewriting the attributes of our marks cannot point them at another entity', () => {
    html('<p>Netflix and the WGA.</p>');
    page.annotate(document.body);
    const netflix = document.querySelector('mark[data-backstory="netflix"]')!;
    const wga = document.querySelector('mark[data-backstory="wga"]')!;
    // The page swaps the mention numbers and the ids.
    const k = netflix.getAttribute('data-backstory-mention')!;
    netflix.setAttribute('data-backstory-mention', wga.getAttribute('data-backstory-mention')!);
    wga.setAttribute('data-backstory-mention', k);
    netflix.setAttribute('data-backstory', 'wga');
    expect(page.mentions.of(netflix)?.id).toBe('netflix');
    expect(page.mentions.of(wga)?.id).toBe('wga');
    // Removing the attributes altogether: still ours, still the same mention.
    netflix.removeAttribute('data-backstory-mention');
    expect(page.mentions.of(netflix)?.id).toBe('netflix');
  });

  it('a forged mark nested inside one of ours, or odd attribute values, do not crash', () => {
    html('<p>Netflix and the WGA.</p>');
    page.annotate(document.body);
    const ours = document.querySelector('mark[data-backstory="netflix"]')!;
    const inner = document.createElement('mark');
    inner.setAttribute('data-backstory-mention', '__proto__');
    inner.setAttribute('data-backstory', 'constructor');
    inner.append(ours.firstChild!);
    ours.append(inner);
    expect(() => page.mentions.of(inner)).not.toThrow();
    expect(page.mentions.of(inner)?.id ?? 'netflix').toBe('netflix'); // either nothing or the real mention, never another
    expect(() => page.annotate(document.body)).not.toThrow();
    expect(() => page.clear()).not.toThrow();
    expect(document.body.textContent).toBe('Netflix and the WGA.');
    expect(inner.isConnected).toBe(true); // the page's own mark is left where the page put it
  });
});
