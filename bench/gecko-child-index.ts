// `npx tsx bench/gecko-child-index.ts [children]`: why Firefox's longest task on the 10 MB page is a range read.
// In Gecko, the first position queries (Range boundaries, compareDocumentPosition) on the children of a parent with
// very many of them cost in proportion to the child's position, at a few places only (about 3·2^k: 49k, 98k,
// 197k, 393k children in); later queries there cost nearly nothing. The page world alone shows it, with no
// extension: a parent of 450,000 children (the 10 MB article's), then sibling pairs 350 apart compared in document
// order, twice, then backwards in a fresh parent. Prints the calls over 1 ms. docs/architecture.md § Speed.
import puppeteer from 'puppeteer-core';
import { FIREFOX, requireBrowser } from '../tools/browsers';

const CHILDREN = Number(process.argv[2] ?? 450_000);
const pass = (backwards: boolean) => `(() => {
  const a = document.querySelector('article'); const kids = []; for (let n = a.firstChild; n; n = n.nextSibling) kids.push(n);
  const slow = []; const t = performance.now();
  for (let i = 0; i + 350 < kids.length; i += 350) {
    const [x, y] = ${backwards} ? [kids[kids.length - 351 - i], kids[kids.length - 1 - i]] : [kids[i], kids[i + 350]];
    const t0 = performance.now();
    x.compareDocumentPosition(y);
    const ms = performance.now() - t0;
    if (ms > 1) slow.push((${backwards} ? kids.length - 1 - i : i + 350) + ': ' + ms.toFixed(1) + ' ms');
  }
  return 'all ' + (performance.now() - t).toFixed(0) + ' ms; calls over 1 ms, at child: ' + (slow.join(', ') || 'none');
})()`;
const build = `(() => {
  const a = document.body.appendChild(document.createElement('article'));
  for (let i = 0; i < ${CHILDREN / 2}; i++) { const p = document.createElement('p'); p.textContent = 'Paragraph ' + i; a.append(p, '\\n'); }
})()`;

const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: requireBrowser(FIREFOX, 'firefox-esr'),
  headless: true,
  extraPrefsFirefox: { 'privacy.reduceTimerPrecision': false },
});
try {
  console.log(`Firefox ${await browser.version()}, one parent of ${CHILDREN} children, siblings 350 apart compared:`);
  for (const backwards of [false, true]) {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.evaluate(build);
    console.log(`  ${backwards ? 'backwards, fresh parent' : 'in order'}: ${await page.evaluate(pass(backwards))}`);
    if (!backwards) console.log(`  in order, again: ${await page.evaluate(pass(false))}`);
    await page.close();
  }
} finally {
  await browser.close();
}
