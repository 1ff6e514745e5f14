// The body of scripts/bench-runs.ts: builds a large document and times the ways of reading it. Runs wherever
// `document` exists (happy-dom in Node, or bundled into real Chromium). No imports of Node here.
import Mark from 'mark.js';
import { compileMatcher, plainPattern, scanText } from '../src/core/matcher';
import type { MatcherData } from '../src/core/types';
import { collectRuns } from '../src/content/annotator/read/runs';
import { findInRuns } from '../src/content/annotator/match';

const FILLER = 'The committee met again on Tuesday to discuss schedules, budgets and the weather in the valley';

/** Each paragraph: prose, a link, emphasis, one phrase split by inline markup, a name in plain text. */
function paragraph(doc: Document, i: number): HTMLElement {
  const p = doc.createElement('p');
  const em = doc.createElement('em');
  em.append('Guild');
  const a = doc.createElement('a');
  a.setAttribute('href', `#p${i}`);
  a.append(i % 3 ? 'the studios' : 'Netflix');
  const b = doc.createElement('b');
  b.append('several', ' ', 'words');
  p.append(`${FILLER} (${i}). `, a, ' and ', b, ` ${FILLER}. The Writers `, em, ' of America said SAG-AFTRA would ', doc.createElement('br'), 'decide.');
  return p;
}

export function benchRuns(data: MatcherData, paragraphs: number, reps = 7): string[] {
  const doc = document;
  const matcher = compileMatcher(data);
  const root = doc.createElement('main');
  for (let i = 0; i < paragraphs; i++) root.append(paragraph(doc, i));
  doc.body.replaceChildren(root);
  const lines: string[] = [];
  const time = <T>(label: string, fn: () => T, n = reps): T => {
    let out!: T;
    const ms: number[] = [];
    for (let r = 0; r < n; r++) {
      const t0 = performance.now();
      out = fn();
      ms.push(performance.now() - t0);
    }
    ms.sort((x, y) => x - y);
    lines.push(`  ${label.padEnd(46)} median ${ms[Math.floor(n / 2)]!.toFixed(1).padStart(8)} ms  (min ${ms[0]!.toFixed(1)}, ${n} runs)`);
    return out;
  };
  const walk = () => {
    let n = 0;
    const w = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (w.nextNode()) n++;
    return n;
  };
  const nodes = walk();
  lines.push(`  ${paragraphs} paragraphs, ${nodes} text nodes, ${(root.textContent ?? '').length} characters`);
  time('walk text nodes only (TreeWalker)', walk);
  const perNode = time('per-text-node scan (walk + scanText each)', () => {
    let n = 0;
    const w = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = w.nextNode(); t; t = w.nextNode()) n += scanText(matcher, (t as Text).data).length;
    return n;
  });
  const runs = time('collectRuns only', () => collectRuns(root).length);
  const found = time('collectRuns + findInRuns (what we ship)', () => findInRuns(matcher, collectRuns(root)).reduce((n, f) => n + f.matches.length, 0));
  // mark.js searching by itself across elements with the plain combined pattern (one pass; the filter counts
  // candidates and declines them, so nothing is wrapped).
  const across = time(
    'mark.js markRegExp acrossElements (count only)',
    () => {
      let n = 0;
      new Mark(root).markRegExp(new RegExp(plainPattern(data.aliases.map((a) => a.text)).source, 'gmiu'), { acrossElements: true, filter: () => (n++, false) });
      return n;
    },
    1,
  );
  lines.push(`  runs: ${runs}; mentions: per-node ${perNode}, runs ${found}, mark.js acrossElements ${across} candidates`);
  lines.push(`  phrases split by inline markup, found only by runs: ${found - perNode}`);
  doc.body.replaceChildren();
  return lines;
}
