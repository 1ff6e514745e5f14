// Fact checks on the bundled dataset: each test pins a correction so the old wording or date cannot return.
import { describe, expect, it } from 'vitest';
import { loadDataset, readDatasetFiles } from '../../scripts/dataset-files';
import type { Entity, Fact } from '../../src/core/types';

const ds = loadDataset();

function entity(id: string): Entity {
  const e = ds.entities.find((x) => x.id === id);
  if (!e) throw new Error(`no entity ${id}`);
  return e;
}

/** Every fact of an entity: summary, stance, latest contract, why it matters, facts. */
function allFacts(e: Entity): Fact[] {
  return [e.summary, e.stance, e.latestContract, e.whyItMatters, ...e.facts].filter((f): f is Fact => f !== undefined);
}

const hosts = (f: Fact) => f.sources.map((s) => new URL(s.url).hostname.replace(/^www\./, ''));
const factsMentioning = (id: string, re: RegExp) => allFacts(entity(id)).filter((f) => re.test(f.text));

describe('laws', () => {
  it('dates the COPIED Act to July 11, 2024 (S. 4674) and records its 2025 reintroduction as S. 1396', () => {
    const intro = factsMentioning('copied-act', /S\. 4674/);
    expect(intro).toHaveLength(1);
    expect(intro[0]!.text).toContain('July 11, 2024');
    expect(intro[0]!.date).toBe('2024-07-11');
    const texts = allFacts(entity('copied-act')).map((f) => f.text).join(' ');
    expect(texts).not.toContain('July 12, 2024');
    const re = factsMentioning('copied-act', /S\. 1396/);
    expect(re).toHaveLength(1);
    expect(re[0]!.text).toContain('April 9, 2025');
    expect(re[0]!.sources.some((s) => s.url.startsWith('https://www.congress.gov/119/bills/s1396/'))).toBe(true);
  });

  it('says an AB 2602 clause is unenforceable only when all three conditions hold, the last being no lawyer or union', () => {
    const text = entity('ca-ab-2602').summary.text;
    expect(text).toMatch(/all three conditions/);
    expect(text).toMatch(/reasonably specific description/);
    expect(text).toMatch(/not represented by a lawyer or a union/);
  });

  it('states the "first organized celebrity" judgement on SB 1047 only as The Verge’s, cited at its own site', () => {
    for (const x of factsMentioning('ca-sb-1047', /first organized celebrity/)) {
      expect(x.text).toMatch(/The Verge called/);
      expect(hosts(x)).toContain('theverge.com');
    }
  });
});

describe('AI terms', () => {
  it('has Runway added to Andersen v. Stability AI by the amended complaint, not "sued in 2024"', () => {
    const texts = allFacts(entity('runway')).map((f) => f.text);
    expect(texts.join(' ')).not.toMatch(/sued in 2024/);
    const f = texts.find((t) => t.includes('Andersen v. Stability AI'));
    expect(f).toMatch(/amended their complaint after an October 31, 2023 ruling/);
  });

  it('no longer claims AB 2602 "requires performers\' informed consent" on a source that does not say so', () => {
    const f = factsMentioning('likeness', /AB 2602/);
    expect(f).toHaveLength(1);
    expect(f[0]!.text).not.toMatch(/requires performers’ informed consent|requires performers' informed consent/);
    expect(f[0]!.text).toMatch(/no lawyer or union/);
    expect(hosts(f[0]!)).not.toContain('screendaily.com');
  });
});

describe('studios', () => {
  it('says the UK cleared the Activision deal and the US FTC lost, kept litigating and dropped its case', () => {
    const f = factsMentioning('activision-blizzard', /October 13, 2023/)[0]!;
    expect(f.text).not.toMatch(/winning over US and UK regulators/);
    expect(f.text).toMatch(/UK’s competition authority cleared a restructured deal/);
    expect(f.text).toMatch(/FTC lost its bid for a preliminary injunction, kept litigating and dropped the case in May 2025/);
  });

  it('cites the Showrunner investment to a story about it, not to "Universal Pictures warns…"', () => {
    const f = factsMentioning('amazon-mgm-studios', /Showrunner/)[0]!;
    expect(f.sources.map((s) => s.title).join(' ')).not.toMatch(/Universal Pictures warns/);
    expect(f.sources.some((s) => /Showrunner/.test(s.title))).toBe(true);
  });

  it('cites the Starz split to a story on the Starz split, not the WBD split', () => {
    const f = factsMentioning('lionsgate', /Starz/)[0]!;
    expect(f.sources.every((s) => /Starz/.test(s.title))).toBe(true);
  });
});

describe('unions and the AMPTP', () => {
  it('cites the WGA strike end to a story from the day it ended, not to a June 2023 story', () => {
    const f = factsMentioning('wga', /September 27, 2023/)[0]!;
    expect(f.sources.every((s) => s.date >= '2023-09-26')).toBe(true);
  });

  it('never states the WGA’s account of the AMPTP’s 2023 AI counter-offer as fact', () => {
    const all = ['amptp', 'wga', 'wga-west', 'wga-east'].flatMap((id) => factsMentioning(id, /annual meetings?/));
    for (const f of all) {
      expect(f.text).toMatch(/^The WGA said/);
      expect(f.disputed).toBe(true);
    }
  });

  it('cites the MPA’s 2023 Copyright Office position to the 2023 filing, not to an October 2025 Sora 2 story', () => {
    const stance = entity('mpa').stance!;
    expect(stance.sources.some((s) => s.publisher === 'Motion Picture Association' && s.date.startsWith('2023'))).toBe(true);
  });

  it('dates Greg Hessinger’s appointment to March 25, 2025, as the cited story says', () => {
    expect(entity('amptp').facts[0]!.date).toBe('2025-03-25');
    for (const f of entity('greg-hessinger').facts) expect(f.date).not.toBe('2025-03-27');
  });
});

describe('sourcing of the studio, union, people, law and AI-term files', () => {
  // Content farms, AI-written sites and reposts whose host is not the original publisher, removed from the dataset.
  const removed = [
    'celebrity.land', 'freakpulse.com', 'monorepo.rudix.workers.dev', 'plainnews.app', 'boisclub.news',
    'intelligence.ensider.de', 'wdnyradio.com', 'citadirecta.com.ar', 'synnbiob.com', 'thevergetoday.pages.dev',
    'wikinews.live', 'aiblackmagic.com', 'kompozy.io', 'rivista.ai', 'exbulletin.com', 'officialfamemagazine.com',
    'thehamdenjournal.com', 'fullstackevolved.com', 'aiwire.ai', 'pubt.io', 'devdiscourse.com', 'webpronews.com',
    'eunewsweek.com', 'babl.ai', 'menafn.com', 'globalnewsx.com',
  ];

  const files = readDatasetFiles();
  const ids = new Set(
    ['studios', 'unions', 'people', 'laws', 'ai-terms'].flatMap((f) =>
      (files[`src/data/entities/${f}.json`] as { entities: { id: string }[] }).entities.map((e) => e.id),
    ),
  );
  const checked = ds.entities.filter((e) => ids.has(e.id));

  it('cites none of the removed unreliable hosts', () => {
    const offenders = checked.flatMap((e) =>
      allFacts(e).flatMap((f) => hosts(f).filter((h) => removed.includes(h)).map((h) => `${e.id}: ${h}`)),
    );
    expect(offenders).toEqual([]);
  });

  it('dates every stance and latest contract with asOf', () => {
    const missing = checked.flatMap((e) =>
      (['stance', 'latestContract'] as const).filter((k) => e[k] && !e[k]!.asOf).map((k) => `${e.id}.${k}`),
    );
    expect(missing).toEqual([]);
  });

  it('gives the SAG-AFTRA 2026 deal’s "significant additional value" test from the trade press', () => {
    const lc = entity('sag-aftra').latestContract!;
    expect(lc.text).toMatch(/significant additional value/);
    expect(hosts(lc)).toContain('screendaily.com');
  });
});
