// A single-page app: pushState plus a swapped view, and popstate back.
const views = {
  one: ['View one is about Netflix and the WGA.'],
  two: ['View two is about Disney in Hollywood.', 'And SAG-AFTRA, twice: SAG-AFTRA.'],
};
function render(name) {
  const main = document.getElementById('view');
  main.replaceChildren(...views[name].map((t) => { const p = document.createElement('p'); p.textContent = t; return p; }));
}
document.getElementById('go').addEventListener('click', (e) => {
  e.preventDefault();
  history.pushState({ view: 'two' }, '', '?view=two');
  render('two');
});
addEventListener('popstate', (e) => render(e.state?.view ?? 'one'));
