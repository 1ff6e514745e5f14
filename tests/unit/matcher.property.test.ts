// Property tests for the core matcher: any string, including broken or exotic Unicode, is safe to scan.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadDataset, matcherData } from '../../scripts/dataset-files';
import { candidates, compileMatcher, findMatches, mayEndAt, plainPattern, resolveAlias, scanText } from '../../src/core/matcher';
import { needsNfc } from '../../src/core/normalize';
import { pageText } from '../support/arbitraries';

const data = matcherData(loadDataset());
const matcher = compileMatcher(data);

const text = pageText(data);

describe('findMatches on arbitrary text', () => {
  it('never throws; offsets are in bounds, ordered, non-overlapping, and name the original text', () => {
    fc.assert(
      fc.property(text, (text) => {
        const found = findMatches(matcher, text);
        let prevEnd = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(prevEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.text).toBe(text.slice(m.start, m.end));
          prevEnd = m.end;
        }
        const kept = scanText(matcher, text);
        const key = (m: { start: number; end: number; id: string }) => `${m.start}:${m.end}:${m.id}`;
        const all = new Set(found.map(key));
        expect(kept.every((k) => all.has(key(k)))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('finds what the full pattern run over every position finds (the loose pattern only says where to try it)', () => {
    // The reference: findMatches as it was before the prefilter, for text that needs no normalising.
    const reference = (t: string) => {
      const out: string[] = [];
      const re = plainPattern(data.aliases.map((a) => a.text)); // the aliases one after another, not the prefix tree
      let m: RegExpExecArray | null;
      while ((m = re.exec(t))) {
        const alias = resolveAlias(matcher, m[1] ?? '', m[2]);
        if (!alias) re.lastIndex = m.index + 1;
        else out.push(`${m.index}:${m.index + m[0].length}:${alias.id}`);
      }
      return out;
    };
    const found = (t: string) => findMatches(matcher, t).map((m) => `${m.start}:${m.end}:${m.id}`);
    expect(found('The WGA met Netflix, not netflix.')).toEqual(reference('The WGA met Netflix, not netflix.'));
    expect(found('The WGA met Netflix, not netflix.')).toHaveLength(2);
    fc.assert(
      fc.property(text, (t) => {
        if (needsNfc(t)) return; // offsets are mapped through NFC there
        expect(found(t), JSON.stringify(t)).toEqual(reference(t));
      }),
      { numRuns: 2000 },
    );
  });

  // A zero-width joiner is not a separator: it joins the letters on either side (src/core/matcher.ts), so the
  // zero-width space stands in for the invisible characters here.
  it('finds an alias wherever it stands between non-letters, whatever Unicode surrounds it', () => {
    const clean = data.aliases.filter((a) => !a.needsContext);
    fc.assert(
      fc.property(fc.constantFrom(...clean), fc.constantFrom(' ', '\u00a0', '\n', '(', '“', '\ud83d\ude00', '\u202e', '\u200b'), fc.constantFrom(' ', '.', ',', ')', '”', '\ud83d\ude00', '\u202c'), (alias, before, after) => {
        const text = `x${before}${alias.text}${after}y`;
        const hit = findMatches(matcher, text).find((m) => m.start === 1 + before.length);
        expect(hit?.id).toBe(alias.id);
        expect(hit?.text).toBe(alias.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('candidates on blocks glued together (the sparse reader reads text that way)', () => {
  const lowerOrDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
  it('cover every mention each block holds on its own, except at the documented lower-case edge', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (blocks) => {
        // The one documented limit: a block starting with a lower-case letter or digit, glued to the block before.
        let joined = '';
        const starts: number[] = [];
        for (const b of blocks) {
          if (joined && b && lowerOrDigit(b.charCodeAt(0))) joined += ' ';
          starts.push(joined.length);
          joined += b;
        }
        const cands = candidates(matcher, joined);
        blocks.forEach((b, i) => {
          for (const m of findMatches(matcher, b)) {
            const s = starts[i]! + m.start;
            const e = starts[i]! + m.end;
            // Text that needs normalising is read block by block by the caller; the offsets differ there.
            if (needsNfc(b)) continue;
            expect(cands.some(([cs, ce]) => cs <= s && e <= ce), `${m.text} in block ${i} of ${JSON.stringify(joined)}`).toBe(true);
          }
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('mayEndAt (the two-character check before endsAt)', () => {
  // Aliases in any case, with plural endings, glued to capitals, ASCII noise and the text's tricky Unicode.
  const piece = fc.oneof(
    fc.constantFrom(...data.aliases.map((a) => a.text)).chain((t) =>
      fc
        .tuple(fc.constantFrom('', 's', 'es', 'S'), fc.boolean(), fc.constantFrom(' ', '  ', '\t', ' \n '))
        .map(([plural, upper, space]) => (upper ? t.toUpperCase() : t.toLowerCase()).replace(/ /g, space) + plural),
    ),
    fc.constantFrom('N', 'The', '.', ' ', '\t', '+', '\u00a0', 'said.', 'I.', 'os.', 'TV+'),
    fc.string({ unit: 'grapheme-ascii', maxLength: 4 }),
    text,
  );
  it('is true wherever endsAt finds an alias ending', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }).map((xs) => xs.join('')), (t) => {
        for (let p = 1; p <= t.length; p++) {
          matcher.endsAt.lastIndex = p;
          if (matcher.endsAt.test(t)) expect(mayEndAt(matcher, t, p), `${JSON.stringify(t)} at ${p}`).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('rules out the usual glue between paragraphs, which endsAt would otherwise be run on', () => {
    for (const t of ['He said.Next', 'over.The', 'strike,Then', 'year"And', 'the time.Then', 'in years.The']) expect(mayEndAt(matcher, t, t.search(/[A-Z][a-z]*$/)), t).toBe(false);
    for (const t of ['Warner Bros.Netflix', 'the A.I.The', 'Apple TV+And', 'the WGAsThe', 'SAG-AFTRAThe', 'Writers GuildThe', 'writers \t guildThe', 'the I.A.T.S.E.The', 'Fox Corp.The']) {
      const p = t.search(/[A-Z][a-z]*$/);
      expect(mayEndAt(matcher, t, p), t).toBe(true);
    }
  });
});
