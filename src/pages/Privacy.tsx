// The bundled privacy policy: PRIVACY.md, parsed in src/core/markdown.ts and rendered as text (works offline).
import type { Block, Inline } from '../core/markdown';

function Span({ part }: { part: Inline }) {
  if (part.kind === 'code') return <code>{part.text}</code>;
  if (part.kind === 'strong') return <strong>{part.text}</strong>;
  if (part.kind === 'em') return <em>{part.text}</em>;
  // Only web links open; a link into the repository (a relative path) has no page here, so it stays text.
  if (part.kind === 'link') return /^https?:/.test(part.href) ? <a href={part.href} rel="noreferrer">{part.text}</a> : <>{part.text}</>;
  return <>{part.text}</>;
}

const Line = ({ inline }: { inline: Inline[] }) => (
  <>
    {inline.map((part, i) => (
      <Span key={i} part={part} />
    ))}
  </>
);

export function Privacy({ blocks }: { blocks: Block[] }) {
  return (
    <main>
      {blocks.map((b, i) => {
        if (b.kind === 'heading') return b.level === 1 ? <h1 key={i}><Line inline={b.inline} /></h1> : <h2 key={i}><Line inline={b.inline} /></h2>;
        if (b.kind === 'list')
          return (
            <ul key={i}>
              {b.items.map((item, j) => (
                <li key={j}>
                  <Line inline={item} />
                </li>
              ))}
            </ul>
          );
        return (
          <p key={i}>
            <Line inline={b.inline} />
          </p>
        );
      })}
    </main>
  );
}
