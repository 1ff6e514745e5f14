// WCAG AA contrast of the options/welcome page colours, in the light and the dark theme (axe in e2e sees only
// the theme the browser runs in).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../src/options/options.css', import.meta.url), 'utf8');

function vars(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([a-z]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}
const light = vars(css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = { ...light, ...vars(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'))) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function ratio(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_name, v) => {
  it('defines every colour', () => {
    for (const k of ['bg', 'fg', 'muted', 'accent', 'soft', 'error']) expect(v[k], k).toMatch(/^#/);
  });
  it.each([
    ['fg', 'bg'],
    ['muted', 'bg'],
    ['accent', 'bg'],
    ['error', 'bg'],
    ['fg', 'soft'],
    ['muted', 'soft'],
  ])('%s on %s is at least 4.5:1', (fg, bg) => {
    expect(ratio(v[fg]!, v[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
  it('focus outline (accent) stands out from the background at 3:1', () => {
    expect(ratio(v.accent!, v.bg!)).toBeGreaterThanOrEqual(3);
  });
});
