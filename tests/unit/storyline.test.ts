// The storyline choice on hand-made mention sets, against the bundled storylines.json.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../scripts/dataset-files';
import { chooseStorylines, dateFactor, type PageSignal } from '../../src/core/storyline';
import { briefing, standingAt } from '../../src/core/briefing';

const ds = loadDataset();
const data = ds.storylines!;
const chosen = (page: PageSignal) => chooseStorylines(page, data).map((c) => c.storyline.id);

const writers2023: PageSignal = { counts: { wga: 6, amptp: 3, chatgpt: 2, 'ellen-stutzman': 1, netflix: 1 }, lead: ['wga'], published: '2023-05-10' };
const actors2023: PageSignal = { counts: { 'sag-aftra': 7, amptp: 4, 'digital-replica': 3, 'fran-drescher': 2, 'generative-ai': 1 }, lead: ['sag-aftra'], published: '2023-07-25' };
const videoGame: PageSignal = { counts: { 'sag-aftra': 4, 'activision-blizzard': 2, 'electronic-arts': 2, 'voice-cloning': 1 }, published: '2024-08-01' };
const contracts2026: PageSignal = { counts: { wga: 3, 'sag-aftra': 2, dga: 2, amptp: 3, 'greg-hessinger': 1, 'training-data': 1 }, published: '2026-04-10' };
const lawPage: PageSignal = { counts: { 'ca-ab-2602': 3, 'ca-ab-1836': 2, 'digital-replica': 2, likeness: 1 }, lead: ['ca-ab-2602'], published: '2024-09-18' };
const offTopic: PageSignal = { counts: { netflix: 3, chatgpt: 2, openai: 1, 'generative-ai': 2 }, published: '2025-02-01' };

describe('chooseStorylines', () => {
  it('a 2023 writers page: the writers strike', () => expect(chosen(writers2023)).toEqual(['writers-strike-2023']));
  it('a 2023 actors page: the actors strike, with its parties by weight and the digital-replicas topic', () => {
    const [first, ...rest] = chooseStorylines(actors2023, data);
    expect(first?.storyline.id).toBe('actors-strike-2023');
    expect(first?.parties).toEqual(['sag-aftra', 'amptp', 'fran-drescher']);
    expect(first?.topics).toEqual(['digital-replicas']);
    expect(rest.map((c) => c.storyline.id)).not.toContain('video-game-strike-2024');
  });
  it('a video-game strike page', () => expect(chosen(videoGame)[0]).toBe('video-game-strike-2024'));
  it('a 2026 contracts page', () => expect(chosen(contracts2026)).toEqual(['contracts-2026']));
  it('a law page', () => expect(chosen(lawPage)[0]).toBe('replica-laws'));
  it('a mixed page (writers and actors, 2023): both storylines', () => {
    const mixed: PageSignal = { counts: { wga: 4, 'sag-aftra': 4, amptp: 3, chatgpt: 1, 'digital-replica': 1 }, published: '2023-07-20' };
    expect(chosen(mixed).sort()).toEqual(['actors-strike-2023', 'writers-strike-2023']);
  });
  it('an off-topic page (a streamer and AI chatbots): none', () => expect(chosen(offTopic)).toEqual([]));
  it('one name in passing is not a storyline; the same name in the headline is', () => {
    expect(chosen({ counts: { 'sag-aftra': 1 } })).toEqual([]);
    expect(chosen({ counts: { 'sag-aftra': 1 }, lead: ['sag-aftra'], published: '2023-07-20' })[0]).toBe('actors-strike-2023');
  });
  it('the date decides between storylines with the same names', () => {
    const page = { counts: { wga: 3, amptp: 2 } };
    expect(chosen({ ...page, published: '2023-06-01' })).toEqual(['writers-strike-2023']);
    expect(chosen({ ...page, published: '2026-03-20' })).toEqual(['contracts-2026']);
    expect(chosen(page).sort()).toEqual(['contracts-2026', 'writers-strike-2023']); // undated: both, honestly
  });
  it('dateFactor: in the span, before it, long after it, unknown', () => {
    const s = { from: '2023-06-07', to: '2023-12-05' };
    expect([dateFactor(s, '2023-07-25'), dateFactor(s, '2023-01-01'), dateFactor(s, '2025-01-01'), dateFactor(s, undefined)]).toEqual([2, 0.2, 0.7, 1]);
  });
});

describe('briefing', () => {
  it('a July 2023 actors page: the strike end and later contracts since, newest last, each sourced', () => {
    const b = briefing(actors2023, ds)!;
    const ids = b.since!.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['sag-aftra-strike-ends', 'sag-aftra-ratification', 'sag-aftra-2026-deal-to-members']));
    expect(b.since!.map((e) => e.date)).toEqual([...b.since!.map((e) => e.date)].sort());
    expect(b.since!.every((e) => e.date > '2023-07-25' && e.sources.length > 0)).toBe(true);
    expect(b.more).toBeGreaterThan(0);
  });
  it('where the parties stood at the page date: only positions on the record by then', () => {
    const b = briefing(actors2023, ds)!;
    expect(b.standings.map((s) => [s.party, s.cell.topic, s.cell.kind])).toEqual([
      ['sag-aftra', 'digital-replicas', 'demand'],
      ['amptp', 'digital-replicas', 'offer'],
    ]);
    const earlier = briefing({ ...actors2023, published: '2023-07-20' }, ds)!; // SAG-AFTRA's demand is sourced 22 July
    expect(earlier.standings.map((s) => s.party)).toEqual(['amptp']);
    const later = briefing({ ...actors2023, published: '2023-12-20' }, ds)!;
    expect(later.standings.find((s) => s.party === 'sag-aftra')?.cell.kind).toBe('outcome');
  });
  it('without a date: no "since", and standings are the latest on record', () => {
    const b = briefing({ counts: actors2023.counts, lead: actors2023.lead }, ds)!;
    expect(b.since).toBeUndefined();
    expect(b.published).toBeUndefined();
    expect(standingAt(ds.positions.cells, 'sag-aftra', 'digital-replicas', '2023', undefined)?.kind).toBe('outcome');
  });
  it('an off-topic page has no briefing', () => expect(briefing(offTopic, ds)).toBeUndefined());
});
