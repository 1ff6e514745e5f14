// An open shadow root present at load, one attached a second after load (no light-DOM mutation at all),
// a closed one (never touched), and an element appended later with its shadow root already attached.
const para = (text) => { const p = document.createElement('p'); p.textContent = text; return p; };
document.getElementById('early').attachShadow({ mode: 'open' }).append(para('Netflix inside an open shadow root.'));
window.closedRoot = document.getElementById('closed').attachShadow({ mode: 'closed' });
closedRoot.append(para('Disney inside a closed shadow root.'));
setTimeout(() => {
  document.getElementById('late').attachShadow({ mode: 'open' }).append(para('SAG-AFTRA in a late shadow root.'));
  window.lateAt = performance.now();
}, 1000);
window.appendHost = () => {
  const host = document.createElement('div');
  host.id = 'appended';
  host.attachShadow({ mode: 'open' }).append(para('The AMPTP in an appended shadow host.'));
  document.getElementById('later').append(host);
};
