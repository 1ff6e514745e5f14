// The plain text "Copy citation" puts on the clipboard: the fact, then one line per source.
import type { Source } from './types';

export interface Citable {
  text: string;
  sources: readonly Source[];
}

/** `fact text` then, per source, `“Title”, Publisher, date, URL`; dates through formatDate (ISO by default). */
export function citationText(fact: Citable, formatDate: (iso: string) => string = (iso) => iso): string {
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
  const lines = fact.sources.map((s) => {
    const publisher = s.originalPublisher && !s.publisher.includes(s.originalPublisher) ? `${s.publisher} (${s.originalPublisher})` : s.publisher;
    return `“${oneLine(s.title)}”, ${oneLine(publisher)}, ${formatDate(s.date)}, ${s.url}`;
  });
  return [oneLine(fact.text), ...lines].join('\n');
}

/** A timeline event as a citable fact: its date and title lead the text. */
export function eventCitable(ev: { date: string; title: string; text: string; sources: readonly Source[] }, formatDate: (iso: string) => string = (iso) => iso): Citable {
  return { text: `${formatDate(ev.date)}: ${ev.title.replace(/[.!?]$/, '')}. ${ev.text}`, sources: ev.sources };
}
