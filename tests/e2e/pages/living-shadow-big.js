// A page of more than 3,000 elements, where the shadow-root sweep looks only at custom elements (XPath):
// ?custom adds <x-late>, whose shadow root is attached 1.5 s after load (no light-DOM mutation). window.addLate()
// appends a custom element and attaches its shadow root half a second later (after the observer saw it added).
const para = (text) => { const p = document.createElement('p'); p.textContent = text; return p; };
const filler = document.getElementById('filler');
for (let i = 0; i < 3200; i++) filler.append(para(`Paragraph ${i} of plain words.`));
if (location.search.includes('custom')) {
  setTimeout(() => document.getElementById('late').attachShadow({ mode: 'open' }).append(para('SAG-AFTRA in a late shadow root.')), 1500);
} else document.getElementById('late').remove();
window.addLate = () => {
  const host = document.createElement('x-added');
  host.id = 'added';
  document.body.append(host);
  setTimeout(() => host.attachShadow({ mode: 'open' }).append(para('The AMPTP in a shadow root attached after its host was added.')), 500);
};
