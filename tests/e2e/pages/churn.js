// A page that never stops changing: paragraphs appended, removed, moved, rewritten through their text node
// (as frameworks do) or through textContent, and now and then a burst of 1500 nodes. The page remembers what
// it wrote into each paragraph, so a test can check that Backstory never changed the page's text.
const NAMES = ['Netflix', 'Disney', 'the WGA', 'SAG-AFTRA', 'the AMPTP'];
const box = document.getElementById('churn');
const wrote = new WeakMap();
let seed = 7;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const text = () => rnd(3) === 0 ? `Plain words ${rnd(1000)} here.` : `News ${rnd(1000)}: ${NAMES[rnd(NAMES.length)]} and ${NAMES[rnd(NAMES.length)]} today.`;
function para() {
  const p = document.createElement('p');
  const t = text();
  p.textContent = t;
  wrote.set(p, { node: p.firstChild, text: t });
  return p;
}
for (let i = 0; i < 150; i++) box.append(para());

window.churn = { ops: 0, running: false, bursts: 0 };
function step() {
  const ps = box.children;
  const n = ps.length;
  const op = rnd(10);
  if (op < 3 || n < 50) box.append(para());
  else if (op < 5) ps[rnd(n)].remove();
  else if (op < 7) {
    // Rewrite through the node the page created (it may have been split by highlighting).
    const p = ps[rnd(n)];
    const w = wrote.get(p);
    const t = text();
    if (w.node.parentNode === p) { w.node.nodeValue = t; w.text = t; }
  } else if (op < 8) {
    const p = ps[rnd(n)];
    const t = text();
    p.textContent = t;
    wrote.set(p, { node: p.firstChild, text: t });
  } else if (op < 9) box.insertBefore(ps[rnd(n)], ps[rnd(n)]);
  else if (n > 300) for (let i = 0; i < 20; i++) box.lastElementChild.remove();
  churn.ops++;
}
window.startChurn = (ms = 60000) => {
  churn.running = true;
  const end = performance.now() + ms;
  const tick = () => {
    if (!churn.running || performance.now() > end) { churn.running = false; return; }
    for (let i = 0; i < 5; i++) step();
    if (churn.ops % 2000 === 5) {
      // A burst bigger than the observer's queue limit, on the first tick and every 2,000 operations after: must
      // become one rescan.
      const frag = document.createDocumentFragment();
      for (let i = 0; i < 1500; i++) frag.append(para());
      box.append(frag);
      churn.bursts++;
      while (box.children.length > 300) box.firstElementChild.remove();
    }
    setTimeout(tick, 16);
  };
  tick();
};
/** Paragraphs whose text is not what the page last wrote. */
window.pageTextIntact = () => [...box.children].filter((p) => wrote.get(p)?.text !== p.textContent).length;
