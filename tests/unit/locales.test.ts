// Fails when a UI string is missing: any en key absent (or empty) in another locale, a placeholder dropped in
// translation, or a key used in src/ (t('key'), __MSG_key__ in manifest.json) that en does not define.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const LOCALES = join(ROOT, 'public/_locales');
type Messages = Record<string, { message: string; description?: string }>;
const read = (loc: string) => JSON.parse(readFileSync(join(LOCALES, loc, 'messages.json'), 'utf8')) as Messages;
const en = read('en');
const others = readdirSync(LOCALES).filter((l) => l !== 'en');
const placeholders = (s: string) => [...s.matchAll(/\$\d/g)].map((m) => m[0]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

describe('locales', () => {
  it('ships English plus at least Spanish and French', () => {
    expect(others).toEqual(expect.arrayContaining(['es', 'fr']));
  });

  it('every English key has a description', () => {
    for (const [k, v] of Object.entries(en)) expect(v.description, k).toBeTruthy();
  });

  it.each(others)('%s has every English key, non-empty, with the same placeholders', (loc) => {
    const msgs = read(loc);
    const missing = Object.keys(en).filter((k) => !msgs[k]?.message?.trim());
    expect(missing, `missing in ${loc}`).toEqual([]);
    for (const k of Object.keys(en)) expect(placeholders(msgs[k]!.message), `${loc}:${k}`).toEqual(placeholders(en[k]!.message));
    const extra = Object.keys(msgs).filter((k) => !(k in en));
    expect(extra, `keys in ${loc} that en does not have`).toEqual([]);
  });

  it("every t('key') in src/ and every __MSG_key__ in manifest.json is in en", () => {
    const used = new Map<string, string>();
    for (const file of sources(join(ROOT, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_@]+)'/g)) used.set(m[1]!, file.slice(ROOT.length));
    }
    for (const m of readFileSync(join(ROOT, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)) used.set(m[1]!, 'manifest.json');
    expect(used.size).toBeGreaterThan(20);
    const missing = [...used].filter(([k]) => !k.startsWith('@@') && !(k in en)).map(([k, f]) => `${k} (${f})`);
    expect(missing).toEqual([]);
    // And the other way: no dead strings for translators. A key counts as used when src/ names it in a string
    // literal (directly in t('key'), or in a table such as { demand: 'kindDemand' } that feeds t()).
    const literals = new Set<string>();
    for (const file of sources(join(ROOT, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/['"`]([A-Za-z0-9_]+)['"`]/g)) literals.add(m[1]!);
    }
    expect(Object.keys(en).filter((k) => !used.has(k) && !literals.has(k))).toEqual([]);
  });
});
