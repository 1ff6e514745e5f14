import { render } from 'preact';
import { Popup } from './Popup';
import popupCss from './popup.css?inline';
import switchesCss from './quick-switches.css?inline';

// The styles travel in this module rather than as a stylesheet file: every file an extension page loads is a
// request the browser serves one after another (~4 ms apart in Chromium here), all before the first paint. A
// constructed sheet, not a <style> element: the pages' CSP allows no inline style.
const sheet = new CSSStyleSheet();
sheet.replaceSync(popupCss + switchesCss);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

// The dataset is its own chunk, imported only now: the first view needs none of it. Chromium runs a module that
// arrives before the first paint ahead of it: there it is asked for after that paint (first paint 112 → 100 ms,
// the named list unchanged at ~130 ms; medians of 31 opens). Firefox paints first anyway, and the wait only
// delayed its list (+7 ms), so it asks at once.
const afterPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100); // a page opened in a background tab paints no frame until shown
  });
const dataset = (__TARGET__ === 'firefox' ? Promise.resolve() : afterPaint()).then(() => import('virtual:backstory/dataset')).then((m) => m.default);
render(<Popup dataset={dataset} />, document.getElementById('app')!);
// Preact renders synchronously: the first view is in the DOM now. scripts/popup-timing.ts reads this mark.
performance.mark('backstory:first-render');
