import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from '../../src/core/markdown';

describe('parseMarkdown', () => {
  it('splits headings, paragraphs joined across lines, and lists with indented continuations', () => {
    expect(parseMarkdown('# Title\n\nOne\ntwo.\n\n- a\n  b\n- c\n')).toEqual([
      { kind: 'heading', level: 1, inline: [{ kind: 'text', text: 'Title' }] },
      { kind: 'paragraph', inline: [{ kind: 'text', text: 'One two.' }] },
      { kind: 'list', items: [[{ kind: 'text', text: 'a b' }], [{ kind: 'text', text: 'c' }]] },
    ]);
  });

  it('reads code, bold, italic and links, and leaves markup-looking text as text', () => {
    expect(parseInline('Use `x` **now**, *see* [docs](https://e.org/a) <b>hi</b>')).toEqual([
      { kind: 'text', text: 'Use ' },
      { kind: 'code', text: 'x' },
      { kind: 'text', text: ' ' },
      { kind: 'strong', text: 'now' },
      { kind: 'text', text: ', ' },
      { kind: 'em', text: 'see' },
      { kind: 'text', text: ' ' },
      { kind: 'link', text: 'docs', href: 'https://e.org/a' },
      { kind: 'text', text: ' <b>hi</b>' },
    ]);
  });
});
