// The golden corpus (tests/golden) through the page's own code path; `npm run eval` prints the same report.
import { describe, expect, it } from 'vitest';
import matcherData from 'virtual:backstory/matcher-data';
import { evaluate, formatReport, parseSentence } from '../golden/evaluate';
import { wholeCase } from '../golden/whole';

const report = await evaluate(matcherData, document);

describe('golden corpus', () => {
  it('is big enough: at least 320 expected mentions and 160 traps, every category covered', () => {
    expect(report.positives).toBeGreaterThanOrEqual(320);
    expect(report.traps).toBeGreaterThanOrEqual(160);
    for (const s of Object.values(report.perCategory)) expect(s.tp + s.fn).toBeGreaterThan(0);
    expect(report.cases.filter((c) => c.kind === 'html').length).toBeGreaterThanOrEqual(10);
  });

  it('meets precision ≥ 0.995 and recall ≥ 0.99 overall', () => {
    const ctx = formatReport(report);
    expect(report.overall.precision, ctx).toBeGreaterThanOrEqual(0.995);
    expect(report.overall.recall, ctx).toBeGreaterThanOrEqual(0.99);
  });

  it('has 40 whole pages, 20 off the topic, and marks nothing on those that the text does not name', () => {
    const ctx = formatReport(report);
    expect(report.whole.on.pages + report.whole.off.pages).toBeGreaterThanOrEqual(40);
    expect(report.whole.off.pages).toBeGreaterThanOrEqual(20);
    expect(report.whole.off.fp, ctx).toBe(0);
    expect(report.whole.on.precision, ctx).toBeGreaterThanOrEqual(0.995);
    expect(report.whole.on.recall, ctx).toBeGreaterThanOrEqual(0.99);
  });

  it('puts no mark in an editable place and leaves every page text as it was', () => {
    expect(report.editableMarks).toBe(0);
    expect(report.textChanged).toEqual([]);
  });

  it('reads whole-page markup into texts with their occurrence in the page, inline markup and entities included', () => {
    const c = wholeCase({ name: 'x', topic: 'off', html: '<p>{{Sony}} and [[Net<b>flix</b>|netflix]].</p><p>Sony &amp; [[Netflix|netflix]]</p>' });
    expect(c.html).toBe('<p>Sony and Net<b>flix</b>.</p><p>Sony &amp; Netflix</p>');
    expect(c.expect).toEqual([['Netflix', 'netflix', 1], ['Netflix', 'netflix', 2]]);
    expect(c.traps).toEqual([['Sony', 1]]);
  });

  it('reads the corpus markup into exact spans', () => {
    const { text, expected } = parseSentence('The [[WGA|wga]] and [[Net|netflix]]flix.');
    expect(text).toBe('The WGA and Netflix.');
    expect(expected).toEqual([
      { start: 4, end: 7, id: 'wga', text: 'WGA' },
      { start: 12, end: 15, id: 'netflix', text: 'Net' },
    ]);
  });
});
