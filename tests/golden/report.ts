// npm run eval: scores the golden corpus (this folder) and prints precision and recall per category, every
// miss and false hit, and the marks in editable places. The thresholds are asserted in tests/dom/golden.test.ts.
import { Window } from 'happy-dom';
import { loadDataset, matcherData } from '../../scripts/dataset-files';

// The content modules read DOM globals (NodeFilter, document for mark.js); give them a happy-dom window.
const win = new Window();
Object.assign(globalThis, { window: win, document: win.document, NodeFilter: win.NodeFilter, Node: win.Node, NodeList: win.NodeList, Range: win.Range, performance: win.performance, location: win.location, innerHeight: 768, innerWidth: 1024, HTMLElement: win.HTMLElement, Element: win.Element, Text: win.Text, DOMParser: win.DOMParser });
// The build's define (vite.config.ts); the Chromium path, as in tests/dom.
Object.assign(globalThis, { __TARGET__: 'chrome' });

const { evaluate, formatReport } = await import('./evaluate');
const report = await evaluate(matcherData(loadDataset()), win.document as unknown as Document);
console.log(formatReport(report));
await win.happyDOM.close();
