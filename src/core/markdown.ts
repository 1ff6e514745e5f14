// The small Markdown the bundled policy page needs (headings, paragraphs, lists, `code`, **bold**, *italic*,
// [links](url)), parsed into plain data that a view renders as text: no HTML is ever produced from it.
export type Inline = { kind: 'text' | 'code' | 'strong' | 'em'; text: string } | { kind: 'link'; text: string; href: string };
export type Block = { kind: 'heading'; level: number; inline: Inline[] } | { kind: 'paragraph'; inline: Inline[] } | { kind: 'list'; items: Inline[][] };

const INLINE = /`([^`]+)`|\*\*([^*]+)\*\*|\*([^*]+)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ kind: 'code', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'strong', text: m[2] });
    else if (m[3] !== undefined) out.push({ kind: 'em', text: m[3] });
    else out.push({ kind: 'link', text: m[4]!, href: m[5]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

/** Blocks are separated by blank lines; a list item's continuation lines are indented. */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.split(/\n\s*\n/)) {
    const text = chunk.trim();
    if (!text) continue;
    const heading = /^(#{1,6}) (.*)$/.exec(text);
    if (heading) blocks.push({ kind: 'heading', level: heading[1]!.length, inline: parseInline(heading[2]!) });
    else if (text.startsWith('- ')) {
      const items = text.split(/\n(?=- )/).map((item) => parseInline(item.slice(2).replace(/\s*\n\s*/g, ' ')));
      blocks.push({ kind: 'list', items });
    } else blocks.push({ kind: 'paragraph', inline: parseInline(text.replace(/\s*\n\s*/g, ' ')) });
  }
  return blocks;
}
