// A long article with one mention per paragraph, built while the page parses. When Backstory's first mark
// appears, the page queues a task of its own (setTimeout 0) and records how many marks there were when it ran.
const article = document.createElement('article');
for (let i = 0; i < 6000; i++) {
  const p = document.createElement('p');
  p.textContent = `Paragraph ${i}: the studio and Netflix met again.`;
  article.append(p);
}
document.currentScript.before(article);
new MutationObserver((records, observer) => {
  if (!records.some((r) => [...r.addedNodes].some((n) => n.nodeType === 1 && n.localName === 'mark'))) return;
  observer.disconnect();
  setTimeout(() => {
    const n = document.querySelectorAll('mark[data-backstory]').length;
    document.documentElement.setAttribute('data-marks-at-page-task', String(n));
  }, 0);
}).observe(document.documentElement, { childList: true, subtree: true });
