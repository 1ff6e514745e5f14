// Shared helpers for the living-page fixtures (served as a file so they also run under ?csp=strict).
// Records, in the page's own world, when our marks appear, so tests can measure change → highlight delays.
window.living = {
  /** Calls cb(mark, now) for every <mark data-backstory> added under root. */
  onMarks(root, cb) {
    new MutationObserver((records) => {
      const now = performance.now();
      for (const r of records) for (const n of r.addedNodes) {
        if (n.nodeType === 1 && n.matches('mark[data-backstory]')) cb(n, now);
      }
    }).observe(root, { childList: true, subtree: true });
  },
  stats() {
    const s = document.documentElement.getAttribute('data-backstory-stats');
    return s ? JSON.parse(s) : null;
  },
  summary(delays) {
    const s = [...delays].sort((a, b) => a - b);
    return { n: s.length, median: s.length ? s[Math.floor(s.length / 2)] : -1, worst: s.length ? s[s.length - 1] : -1 };
  },
};
