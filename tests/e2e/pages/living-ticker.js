// A ticker rewriting a mention 20 times a second: #ticker through its original text node (as React does),
// #ticker2 through textContent. Records, per write, how long until its mark appeared.
const NAMES = ['Netflix', 'Disney', 'the WGA', 'SAG-AFTRA'];
const el = document.getElementById('ticker');
const el2 = document.getElementById('ticker2');
const node = el.firstChild;
window.ticker = { delays: [], writes: 0, missed: 0, expected: node.nodeValue, expected2: el2.textContent, running: false };
let lastWrite = 0;
let pending = false;
living.onMarks(el, (_m, now) => {
  if (pending) ticker.delays.push(now - lastWrite);
  pending = false;
});
window.startTicker = (ms = 50) => {
  ticker.running = true;
  const id = setInterval(() => {
    if (!ticker.running) return clearInterval(id);
    const i = ++ticker.writes;
    if (pending) ticker.missed++;
    const text = `${NAMES[i % NAMES.length]} ${i}`;
    node.nodeValue = text;
    ticker.expected = text;
    lastWrite = performance.now();
    pending = true;
    const text2 = `${NAMES[(i + 1) % NAMES.length]} ${i}`;
    el2.textContent = text2;
    ticker.expected2 = text2;
  }, ms);
};
window.stopTicker = () => { ticker.running = false; };
