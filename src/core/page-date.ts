// The page's publication date from the strings a page gives for it (meta tags, JSON-LD, <time datetime>, a
// dateline). Pure: src/content/page-date.ts finds the strings. Order and formats: docs/architecture.md § Popup.

/** Where a date string came from, in the order the reader trusts them (first wins when they disagree). */
export const DATE_ORDER = ['jsonld', 'meta', 'time', 'dateline'] as const;
export type DateSource = (typeof DATE_ORDER)[number];

export interface DateCandidate {
  from: DateSource;
  value: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]|\s*$)/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:T|\s*$)/; // sailthru-style 20230720 or 20230720T…
const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');

function ymd(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * YYYY-MM-DD from one date string, or undefined. ISO 8601 keeps the calendar date as written (the publisher's
 * own day, whatever its offset); "July 20, 2023" and "20 July 2023" are read in English only.
 */
export function parseDate(raw: string): string | undefined {
  const s = raw.slice(0, 200);
  const iso = ISO.exec(s) ?? COMPACT.exec(s);
  if (iso) return ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const mdy = MDY.exec(s);
  if (mdy) return ymd(Number(mdy[3]), monthOf(mdy[1]!), Number(mdy[2]));
  const dmy = DMY.exec(s);
  if (dmy) return ymd(Number(dmy[3]), monthOf(dmy[2]!), Number(dmy[1]));
  return undefined;
}

/** Dates outside the web's lifetime or more than a day ahead of `today` are a template's placeholder, not the page's. */
function plausible(date: string, today: string): boolean {
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return date >= '1995-01-01' && date <= tomorrow;
}

/** The publication date: the first candidate, in DATE_ORDER, that parses to a plausible date. */
export function choosePublished(candidates: readonly DateCandidate[], today: string): string | undefined {
  for (const from of DATE_ORDER) {
    for (const c of candidates) {
      if (c.from !== from) continue;
      const date = parseDate(c.value);
      if (date && plausible(date, today)) return date;
    }
  }
  return undefined;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every `datePublished` in a JSON-LD document (top level, arrays, @graph, nested mainEntity), in document order. */
export function jsonLdDates(text: string): string[] {
  let doc: Json;
  try {
    doc = JSON.parse(text) as Json;
  } catch {
    return [];
  }
  const out: string[] = [];
  const visit = (node: Json, depth: number) => {
    if (depth > 4 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    const v = node.datePublished;
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v) && typeof v[0] === 'string') out.push(v[0]);
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) if (key in node) visit(node[key]!, depth + 1);
  };
  visit(doc, 0);
  return out;
}
