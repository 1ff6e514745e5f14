// Runs the golden corpus through the code the page runs: text cases through core scanText, HTML cases through
// the content script's Annotator (collectRuns → findInRuns → wrapRun) on a live DOM, then scores every case.
// Used by report.ts (npm run eval, prints) and tests/dom/golden.test.ts (asserts). The DOM must be set up by the caller
// (vitest's happy-dom environment, or a happy-dom Window installed as globals by the script).
import { compileMatcher, scanText } from '../../src/core/matcher';
import { CATEGORIES, type Category, type MatcherData } from '../../src/core/types';
import { Annotator } from '../../src/content/annotator/annotator';
import { SENTENCES } from './sentences';
import { PAGES, type PageCase } from './pages';

export interface Span {
  start: number;
  end: number;
  id: string;
  text: string;
}

export interface CaseResult {
  name: string;
  kind: 'text' | 'html';
  /** The case's plain text (for HTML cases, the body's textContent). */
  text: string;
  expected: Span[];
  found: Span[];
  traps: Span[];
  /** Marks that landed inside an editable place (HTML cases). */
  editableMarks: number;
  /** Did annotating leave the page's text exactly as it was? (HTML cases; always true for text.) */
  textKept: boolean;
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Report {
  cases: CaseResult[];
  perCategory: Record<Category, Score>;
  overall: Score;
  misses: { case: string; span: Span }[];
  falseHits: { case: string; span: Span; trap: boolean }[];
  positives: number;
  traps: number;
  trapsHit: number;
  editableMarks: number;
  textChanged: string[];
}

const OPEN = '[[';
const CLOSE = ']]';

/** Parses "[[surface|id]]" and "{{surface}}" markup into plain text plus exact spans. */
export function parseSentence(src: string): { text: string; expected: Span[]; traps: Span[] } {
  let text = '';
  const expected: Span[] = [];
  const traps: Span[] = [];
  let i = 0;
  while (i < src.length) {
    if (src.startsWith(OPEN, i)) {
      const close = src.indexOf(CLOSE, i);
      const bar = src.lastIndexOf('|', close);
      if (close < 0 || bar < i) throw new Error(`unclosed [[ in: ${src}`);
      const surface = src.slice(i + 2, bar);
      expected.push({ start: text.length, end: text.length + surface.length, id: src.slice(bar + 1, close), text: surface });
      text += surface;
      i = close + 2;
    } else if (src.startsWith('{{', i)) {
      const close = src.indexOf('}}', i);
      if (close < 0) throw new Error(`unclosed {{ in: ${src}`);
      const surface = src.slice(i + 2, close);
      traps.push({ start: text.length, end: text.length + surface.length, id: '', text: surface });
      text += surface;
      i = close + 2;
    } else {
      text += src[i];
      i++;
    }
  }
  return { text, expected, traps };
}

/** Offset of the nth (1-based) occurrence of needle in hay; throws when absent so corpus typos fail loudly. */
function nth(hay: string, needle: string, n: number, where: string): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = hay.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${where}: occurrence ${n} of ${JSON.stringify(needle)} not in the page text`);
  }
  return at;
}

const EDITABLE_TAGS = new Set(['input', 'textarea', 'select', 'option']);
/** Is el inside something the user edits (form fields, contenteditable at any depth)? */
export function inEditable(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (EDITABLE_TAGS.has(e.localName)) return true;
    const ce = e.getAttribute('contenteditable');
    if (ce !== null && ce.toLowerCase() !== 'false') return true;
  }
  return false;
}

/** Replaces document.body's content with the parsed html (no innerHTML: DOMParser + importNode). */
export function loadBody(doc: Document, html: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  doc.body.replaceChildren(...Array.from(parsed.body.childNodes, (n) => doc.importNode(n, true)));
}

/** The mentions marked under root, as spans of root.textContent. */
export function markedSpans(root: Element): Span[] {
  const offsets = new Map<Node, number>();
  let total = 0;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    offsets.set(t, total);
    total += (t as Text).data.length;
  }
  const byMention = new Map<string, Span>();
  for (const mark of Array.from(root.querySelectorAll('mark[data-backstory]'))) {
    const key = mark.getAttribute('data-backstory-mention') ?? '';
    const first = mark.firstChild;
    const start = first ? (offsets.get(first) ?? -1) : -1;
    const piece = mark.textContent ?? '';
    const got = byMention.get(key);
    if (got && got.end === start) {
      got.end += piece.length;
      got.text += piece;
    } else {
      byMention.set(got ? `${key}#${start}` : key, { start, end: start + piece.length, id: mark.getAttribute('data-backstory') ?? '', text: piece });
    }
  }
  return [...byMention.values()].sort((a, b) => a.start - b.start);
}

function pageCase(doc: Document, page: Annotator, c: PageCase): CaseResult {
  loadBody(doc, c.html);
  const before = doc.body.textContent ?? '';
  page.annotate(doc.body);
  const after = doc.body.textContent ?? '';
  const expected = c.expect.map(([text, id, n = 1]) => {
    const start = nth(before, text, n, c.name);
    return { start, end: start + text.length, id, text };
  });
  const traps = c.traps.map(([text, n = 1]) => {
    const start = nth(before, text, n, c.name);
    return { start, end: start + text.length, id: '', text };
  });
  const marks = Array.from(doc.body.querySelectorAll('mark[data-backstory]'));
  const result: CaseResult = {
    name: c.name,
    kind: 'html',
    text: before,
    expected,
    found: markedSpans(doc.body),
    traps,
    editableMarks: marks.filter(inEditable).length,
    textKept: before === after,
  };
  page.clear();
  return result;
}

const score = (tp: number, fp: number, fn: number): Score => ({
  tp, fp, fn,
  precision: tp + fp === 0 ? 1 : tp / (tp + fp),
  recall: tp + fn === 0 ? 1 : tp / (tp + fn),
});

const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end && a.id === b.id;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function evaluate(data: MatcherData, doc: Document): Report {
  const categoryOf = new Map(data.aliases.map((a) => [a.id, a.category]));
  const matcher = compileMatcher(data);
  const cases: CaseResult[] = SENTENCES.map((src, i) => {
    const { text, expected, traps } = parseSentence(src);
    const found = scanText(matcher, text).map((m) => ({ start: m.start, end: m.end, id: m.id, text: m.text }));
    return { name: `sentence ${i + 1}`, kind: 'text' as const, text, expected, found, traps, editableMarks: 0, textKept: true };
  });
  const page = new Annotator(data);
  for (const c of PAGES) cases.push(pageCase(doc, page, c));

  const counts = Object.fromEntries(CATEGORIES.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, { tp: number; fp: number; fn: number }>;
  const misses: Report['misses'] = [];
  const falseHits: Report['falseHits'] = [];
  let trapsHit = 0;
  for (const c of cases) {
    for (const e of c.expected) {
      const cat = categoryOf.get(e.id);
      if (!cat) throw new Error(`${c.name}: unknown entity id ${e.id}`);
      if (c.text.slice(e.start, e.end) !== e.text) throw new Error(`${c.name}: span text mismatch`);
      if (c.found.some((f) => same(f, e))) counts[cat].tp++;
      else {
        counts[cat].fn++;
        misses.push({ case: c.name, span: e });
      }
    }
    for (const f of c.found) {
      if (c.expected.some((e) => same(f, e))) continue;
      const trap = c.traps.some((t) => overlaps(t, f));
      counts[categoryOf.get(f.id) ?? 'studio'].fp++;
      falseHits.push({ case: c.name, span: f, trap });
    }
    trapsHit += c.traps.filter((t) => c.found.some((f) => overlaps(t, f))).length;
  }
  const perCategory = Object.fromEntries(CATEGORIES.map((k) => [k, score(counts[k].tp, counts[k].fp, counts[k].fn)])) as Record<Category, Score>;
  const sum = (k: 'tp' | 'fp' | 'fn') => CATEGORIES.reduce((n, c) => n + counts[c][k], 0);
  return {
    cases,
    perCategory,
    overall: score(sum('tp'), sum('fp'), sum('fn')),
    misses,
    falseHits,
    positives: cases.reduce((n, c) => n + c.expected.length, 0),
    traps: cases.reduce((n, c) => n + c.traps.length, 0),
    trapsHit,
    editableMarks: cases.reduce((n, c) => n + c.editableMarks, 0),
    textChanged: cases.filter((c) => !c.textKept).map((c) => c.name),
  };
}

/** A human-readable report: per-category table, then every miss and false hit. */
export function formatReport(r: Report): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const lines = [
    `Golden corpus: ${r.cases.length} cases, ${r.positives} expected mentions, ${r.traps} traps`,
    '',
    `${'category'.padEnd(12)}${'tp'.padStart(5)}${'fp'.padStart(5)}${'fn'.padStart(5)}  precision  recall`,
  ];
  const row = (name: string, s: Score) =>
    `${name.padEnd(12)}${String(s.tp).padStart(5)}${String(s.fp).padStart(5)}${String(s.fn).padStart(5)}  ${pct(s.precision)}    ${pct(s.recall)}`;
  for (const [k, s] of Object.entries(r.perCategory)) lines.push(row(k, s));
  lines.push(row('overall', r.overall), '');
  lines.push(`Traps hit: ${r.trapsHit} of ${r.traps}`);
  lines.push(`Marks in editable places: ${r.editableMarks}`);
  lines.push(`Cases whose page text changed: ${r.textChanged.length ? r.textChanged.join(', ') : 'none'}`, '');
  lines.push(`Misses (${r.misses.length}):`);
  for (const m of r.misses) lines.push(`  ${m.case}: ${JSON.stringify(m.span.text)} @${m.span.start} → ${m.span.id}`);
  lines.push(`False hits (${r.falseHits.length}):`);
  for (const f of r.falseHits) lines.push(`  ${f.case}: ${JSON.stringify(f.span.text)} @${f.span.start} as ${f.span.id}${f.trap ? ' (trap)' : ''}`);
  return lines.join('\n');
}
