// A long article built while the page parses (so the content script sees it whole), one mention per
// paragraph, and a record of the first mark that Backstory adds: which paragraph, and was it on screen.
const article = document.createElement('article');
for (let i = 0; i < 3000; i++) {
  const p = document.createElement('p');
  p.id = `p${i}`;
  p.textContent = `Paragraph ${i}: the studio and Netflix met again.`;
  article.append(p);
}
document.currentScript.before(article);
if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
window.firstMark = null;
new MutationObserver((records, observer) => {
  for (const r of records) {
    for (const n of r.addedNodes) {
      if (n.nodeType !== 1 || n.localName !== 'mark' || !n.hasAttribute('data-backstory')) continue;
      const box = n.getBoundingClientRect();
      window.firstMark = { paragraph: Number(n.parentElement.id.slice(1)), onScreen: box.bottom > 0 && box.top < innerHeight };
      document.documentElement.setAttribute('data-first-mark', JSON.stringify(window.firstMark));
      observer.disconnect();
      return;
    }
  }
}).observe(document.documentElement, { childList: true, subtree: true });
