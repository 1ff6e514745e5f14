// The store listing (store/, `npm run store-assets`): descriptions in every UI language, within the stores'
// limits, naming every permission the manifest asks for; the promo tile and the screenshots at the stores' sizes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { permissions: string[] };
const section = (text: string, name: string) => text.split(/^## /m).find((s) => s.startsWith(name))?.slice(name.length).trim() ?? '';
const pngSize = (file: string) => {
  const b = readFileSync(file);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
};

describe('store descriptions', () => {
  it.each(['en', 'es', 'fr'])('%s: a short description within 132 characters and a long one naming every permission', (lang) => {
    const text = readFileSync(join(ROOT, 'store/descriptions', `${lang}.md`), 'utf8');
    const short = section(text, 'Short description');
    const long = section(text, 'Long description');
    expect(short.length).toBeGreaterThan(40);
    expect(short.length).toBeLessThanOrEqual(132); // the Chrome Web Store's limit
    expect(long.length).toBeLessThanOrEqual(16000);
    for (const p of manifest.permissions) expect(long, `${lang} names ${p}`).toMatch(new RegExp(`^- ${p}\\b`, 'm'));
    expect(long).toMatch(/\bhttps?\b/); // the pages it reads
  });
});

describe('store images', () => {
  it('a 440×280 promo tile', () => {
    expect(pngSize(join(ROOT, 'store/promo-440x280.png'))).toEqual([440, 280]);
  });

  it('card, popup and options at 1280×800, light and dark, in English and Spanish, from both browsers', () => {
    const dir = join(ROOT, 'store/screenshots');
    for (const browser of ['chromium', 'firefox'])
      for (const view of ['card', 'popup', 'options'])
        for (const lang of ['en', 'es'])
          for (const scheme of ['light', 'dark']) {
            const file = join(dir, `${browser}-${view}-${lang}-${scheme}.png`);
            expect(existsSync(file), file).toBe(true);
            expect(pngSize(file)).toEqual([1280, 800]);
          }
    expect(readdirSync(dir)).toHaveLength(24);
  });
});
