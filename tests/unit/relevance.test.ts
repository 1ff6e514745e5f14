// The relevance rule (src/core/relevance.ts) on the real dataset: blocks are strings read in document order.
import { describe, expect, it } from 'vitest';
import { loadDataset, matcherData, readDatasetFiles } from '../../scripts/dataset-files';
import { compileMatcher, findMatches } from '../../src/core/matcher';
import { Reading, RelevanceModel, readAll } from '../../src/core/relevance';
import { DatasetError, validateDataset } from '../../src/core/dataset-validate';

const data = matcherData(loadDataset());
const matcher = compileMatcher(data);
const model = new RelevanceModel(data.relevance!, data.aliases);

/** The mentions of a document given as its blocks, read in one go: "id:text" per mention. */
const doc = (...blocks: string[]) =>
  readAll(model, blocks.map((text) => ({ text, hits: findMatches(matcher, text) }))).flatMap((ms) => ms.map((m) => `${m.id}:${m.text}`));

describe('page relevance', () => {
  it('marks an ambiguous studio name on a page about the industry, wherever it stands', () => {
    expect(doc('Sony said little.', 'SAG-AFTRA and the AMPTP met in Hollywood as the strike went on.')).toEqual([
      'sony-pictures:Sony', 'sag-aftra:SAG-AFTRA', 'amptp:AMPTP',
    ]);
  });
  it('leaves it unmarked on a page that is not, even beside product words and streaming apps', () => {
    expect(doc('The Sony A95 is the best TV we tested.', 'Sony ships apps for Netflix and Disney+.', 'Films look great on it.')).toEqual([
      'netflix:Netflix', 'disney:Disney+',
    ]);
  });
  it('marks it in a block with industry context, or with a qualifier naming the studio side', () => {
    expect(doc('Apple reported iPhone sales.', 'Apple courted Hollywood talent.')).toEqual(['apple:Apple']);
    expect(doc("Disney's film studio had a slow year.", 'Disney cut park prices.')).toEqual(['disney:Disney']);
    expect(doc('The studio Universal said no.')).toEqual(['nbcuniversal:Universal']);
  });
  it('never marks a named place or product that is not the company, even on a relevant page', () => {
    const strike = 'The WGA and SAG-AFTRA strike hit Hollywood studios and screenwriters.';
    expect(doc(strike, 'Crowds at Walt Disney World, Disneyland and Universal Studios Hollywood.', 'Apple Music and Sony Bravia sales.')).toEqual([
      'wga:WGA', 'sag-aftra:SAG-AFTRA',
    ]);
  });
  it('gives an off-topic page the first mention of each AI term only', () => {
    expect(doc('AI is in every phone now.', 'AI sells phones.', 'Generative AI, then AI again.')).toEqual([
      'artificial-intelligence:AI', 'generative-ai:Generative AI',
    ]);
    expect(doc('AI is here.', 'AI again.', 'Fran Drescher and SAG-AFTRA fought the studios over AI in a Hollywood strike.')).toHaveLength(5);
  });
});

describe('signals', () => {
  it('does not take a name\'s own words, or an excluded place\'s, as context', () => {
    // "Hollywood" inside "Universal Studios Hollywood" is the park's name, not the industry's.
    expect(doc('Universal Studios Hollywood is near Universal CityWalk; Universal runs both.')).toEqual([]);
    expect(doc('Fox aired it. Hollywood loved it.')).toEqual(['fox-corporation:Fox']);
  });
  it('reads a context word with a curly apostrophe as the word', () => {
    expect(doc('Fox ran the ad during the actors\u2019 strike.')).toEqual(['fox-corporation:Fox']);
  });
  it('caps what screen words and labour words add, so neither a TV review nor a lockout story is relevant', () => {
    expect(doc('Films, movies, television and streaming look great on this TV.', 'Fox ran the ad.')).toEqual([]);
    expect(doc('The union, the strike, the contract and the bargaining went on.', 'Fox aired the game.')).toEqual([]);
  });
  it('takes an ambiguous AI name beside another AI term as meant', () => {
    expect(doc('Runway released a new AI model.')).toEqual(['runway:Runway', 'ai-model:AI model']);
    expect(doc('The model walked the runway. Runway shows ran late.')).toEqual([]);
  });
  it('lifts an exclusion\'s shadow where the entity is named surely or qualified', () => {
    const strike = 'SAG-AFTRA and the AMPTP met in Hollywood as the strike went on.';
    expect(doc(strike, 'Staff at Disney World voted.', 'Disney said no.', "Disney's film studio said yes.", 'Disney again.')).toEqual([
      'sag-aftra:SAG-AFTRA', 'amptp:AMPTP', 'disney:Disney', 'disney:Disney',
    ]);
  });
  it('takes a short form defined in brackets after the name', () => {
    expect(doc('The Screen Actors Guild (SAG) said no.', 'SAG said it again.')).toEqual(['sag-aftra:Screen Actors Guild', 'sag-aftra:SAG', 'sag-aftra:SAG']);
  });
});

describe('names a reader has met', () => {
  it('takes a surname as the person after the full name, never before', () => {
    expect(doc('Iger spoke first.', 'Bob Iger returned.', 'Then Iger left.')).toEqual(['bob-iger:Bob Iger', 'bob-iger:Iger']);
    expect(doc('Eline van der Velden made Tilly Norwood.', 'Van der Velden said Norwood is art.')).toEqual([
      'eline-van-der-velden:Eline van der Velden', 'tilly-norwood:Tilly Norwood', 'eline-van-der-velden:Van der Velden', 'tilly-norwood:Norwood',
    ]);
  });
  it('takes a short form the page defines, from there on', () => {
    expect(doc('The Alliance met.', 'The Alliance of Motion Picture and Television Producers (the Alliance) replied.', 'The Alliance left.')).toEqual([
      'amptp:Alliance of Motion Picture and Television Producers', 'amptp:Alliance', 'amptp:Alliance',
    ]);
  });
  it('reads "the Writers Guild" as the WGA on a relevant page, not after another country\'s guild', () => {
    const strike = 'SAG-AFTRA and the AMPTP met in Hollywood as the strike went on.';
    expect(doc(strike, "The Writer's Guild said no.")).toEqual(['sag-aftra:SAG-AFTRA', 'amptp:AMPTP', "wga:Writer's Guild"]);
    // The Writers Guild of Canada is an entity of its own, and after it "the Writers Guild" is the WGC's (shadows).
    expect(doc('The Writers Guild of Canada went on strike against producers.', 'The Writers Guild said screenwriters and actors and unions in film and television agree.')).toEqual([
      'writers-guild-of-canada:Writers Guild of Canada',
    ]);
    expect(doc(strike, 'The Writers Guild of Canada agreed.', 'The Writers Guild said yes.', 'The Writers Guild of America too.', 'The Writers Guild again.')).toEqual([
      'sag-aftra:SAG-AFTRA', 'amptp:AMPTP', 'writers-guild-of-canada:Writers Guild of Canada', 'wga:Writers Guild of America', 'wga:Writers Guild',
    ]);
  });
});

describe('variants', () => {
  it('reads dotted acronyms, misplaced apostrophes, SAG in capitals and a bill with its short title inserted', () => {
    const strike = 'The AMPTP and the strike in Hollywood.';
    expect(doc(strike, 'The W.G.A. and D.G.A. on generative A.I. and SAG, not Sag.')).toEqual([
      'amptp:AMPTP', 'wga:W.G.A.', 'dga:D.G.A.', 'generative-ai:generative A.I.', 'sag-aftra:SAG',
    ]);
    expect(doc('The Nurture Originals, Foster Art, and Keep Entertainment Safe (NO FAKES) Act passed.')).toEqual([
      'no-fakes-act:Nurture Originals, Foster Art, and Keep Entertainment Safe (NO FAKES) Act',
    ]);
  });
  it('takes a heading that is only a name as a mention', () => {
    expect(doc('Carol Lombardini', 'Lombardini led the AMPTP.')).toEqual(['carol-lombardini:Carol Lombardini', 'carol-lombardini:Lombardini', 'amptp:AMPTP']);
  });
});

describe('streaming order', () => {
  it('holds an ambiguous name until the page is known, then marks or drops it', () => {
    const r = new Reading(model);
    const first = r.read('Sony said little.', findMatches(matcher, 'Sony said little.'));
    expect(first.mark).toEqual([]);
    expect(first.hold.map((m) => m.text)).toEqual(['Sony']);
    expect(r.relevant).toBeNull();
    r.read('The WGA strike hit Hollywood.', findMatches(matcher, 'The WGA strike hit Hollywood.'));
    r.read('Fran Drescher spoke.', findMatches(matcher, 'Fran Drescher spoke.'));
    expect(r.relevant).toBe(true);
    expect(r.read('Sony again.', findMatches(matcher, 'Sony again.')).mark.map((m) => m.text)).toEqual(['Sony']);
  });
  it('reads a rescan of the document in order again: a surname before the full name stays unmarked', () => {
    const r = new Reading(model);
    const read = (t: string) => r.read(t, findMatches(matcher, t)).mark.map((m) => m.text);
    expect([...read('Iger spoke.'), ...read('Bob Iger spoke.')]).toEqual(['Bob Iger']);
    r.restart();
    expect([...read('Iger spoke.'), ...read('Bob Iger spoke.'), ...read('Iger left.')]).toEqual(['Bob Iger', 'Iger']);
  });
  it('drops what it held once the first scan ends short of relevance', () => {
    const r = new Reading(model);
    r.read('Sony said little.', findMatches(matcher, 'Sony said little.'));
    expect(r.settle()).toBe(false);
    expect(r.read('Sony again.', findMatches(matcher, 'Sony again.'))).toEqual({ mark: [], hold: [] });
  });
});

describe('relevance.json validation', () => {
  it('names the file and field of a name that is no alias, an unknown entity and an exclusion that is an alias', () => {
    const files = readDatasetFiles();
    const rel = structuredClone(files['src/data/relevance.json']) as { ambiguous: { page: string[] }; exclusions: { text: string; not: string }[] };
    rel.ambiguous.page.push('Nobody Guild');
    rel.exclusions.push({ text: 'Disney Wonderland', not: 'no-such-studio' }, { text: 'Netflix', not: 'netflix' });
    try {
      validateDataset({ ...files, 'src/data/relevance.json': rel });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DatasetError);
      const n = rel.ambiguous.page.length - 1;
      const x = rel.exclusions.length;
      expect((e as DatasetError).problems).toEqual([
        `src/data/relevance.json › ambiguous.page[${n}] "Nobody Guild": not an alias of any entity`,
        `src/data/relevance.json › exclusions[${x - 2}] "Disney Wonderland" › not: unknown entity "no-such-studio"`,
        `src/data/relevance.json › exclusions[${x - 1}] "Netflix": is an alias of netflix; a name cannot be both`,
      ]);
    }
  });
  it('reports a malformed field through the schema with file and field', () => {
    const files = readDatasetFiles();
    const rel = { ...(files['src/data/relevance.json'] as object), threshold: -1 };
    expect(() => validateDataset({ ...files, 'src/data/relevance.json': rel })).toThrow(/relevance\.json › threshold/);
  });
});
