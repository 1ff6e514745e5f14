// Appended items, a 200-item batch and characterData edits; each records when its mark appeared.
const NAMES = ['Netflix', 'the WGA', 'SAG-AFTRA', 'Disney', 'the AMPTP'];
window.feed = { appended: [], batch: [] };

window.appendItem = (i) => {
  const li = document.createElement('li');
  li.textContent = `Story ${i}: news about ${NAMES[i % NAMES.length]} today.`;
  const t0 = performance.now();
  living.onMarks(li, (_m, now) => feed.appended.push(now - t0));
  document.getElementById('feed').append(li);
};

window.addBatch = () => {
  const box = document.getElementById('batch');
  const t0 = performance.now();
  const seen = new Set();
  living.onMarks(box, (m, now) => {
    const item = m.closest('p');
    if (seen.has(item)) return;
    seen.add(item);
    feed.batch.push(now - t0);
  });
  const frag = document.createDocumentFragment();
  for (let i = 0; i < 200; i++) {
    const p = document.createElement('p');
    p.textContent = `Item ${i}: ${NAMES[i % NAMES.length]} and plain words around it.`;
    frag.append(p);
  }
  box.append(frag);
};

// characterData: the page keeps its text node and rewrites it, like a framework does.
const cdata = document.getElementById('cdata').firstChild;
window.setCdata = (text) => { cdata.nodeValue = text; };
const cmark = document.getElementById('cmark').firstChild;
window.setCmark = (text) => { cmark.nodeValue = text; };
