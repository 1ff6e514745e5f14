// PRIVACY.md's claims, checked against the manifest and the code, so the policy cannot drift from the extension.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveManifest } from '../../scripts/manifest';

const ROOT = new URL('../../', import.meta.url).pathname;
const policy = readFileSync(join(ROOT, 'PRIVACY.md'), 'utf8');
const flat = policy.replace(/\s+/g, ' ');
const base = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
  permissions: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  content_scripts: { matches: string[] }[];
  content_security_policy: { extension_pages: string };
};
const section = (heading: string): string => policy.split(/^## /m).find((s) => s.startsWith(heading)) ?? '';
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.tsx?$/.test(n) ? [join(dir, n)] : []));
const code = files(join(ROOT, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');

describe('PRIVACY.md', () => {
  it("says no data is collected, as Firefox's data_collection_permissions declares", () => {
    const gecko = (deriveManifest(base, 'firefox', '1.0.0').browser_specific_settings as { gecko: { data_collection_permissions: unknown } }).gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(flat).toContain('collects no data');
    expect(flat).toContain('data_collection_permissions: { required: ["none"] }');
  });

  it('lists every permission the manifest asks for, and no other', () => {
    const listed = [...section('Permissions').matchAll(/^- `([^`]+)`/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...base.permissions].sort());
    for (const p of base.optional_host_permissions ?? []) expect(section('Permissions')).toContain(`\`${p}\``);
    expect(section('Permissions')).toContain('optional_host_permissions');
    for (const m of new Set(base.content_scripts.flatMap((c) => c.matches))) expect(section('Permissions')).toContain(`\`${m}\``);
  });

  it('"sends nothing": no host permissions, connect-src none, no request API in src/', () => {
    expect(base.host_permissions).toBeUndefined();
    expect(base.content_security_policy.extension_pages).toContain("connect-src 'none'");
    expect(flat).toContain("connect-src 'none'");
    expect(code).not.toMatch(/\b(fetch|sendBeacon|XMLHttpRequest|WebSocket|EventSource)\s*\(/);
    const e2e = files(join(ROOT, 'tests/e2e')).filter((f) => /network/.test(f)).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(e2e, 'the network end-to-end test PRIVACY.md cites').toMatch(/sends nothing beyond 127\.0\.0\.1/);
  });

  it('names every storage area the code uses, and says what each holds', () => {
    const used = new Set([...code.matchAll(/\bstorage\.(sync|local|session|managed)\b/g)].map((m) => m[1]));
    const stated = new Set([...section('What Backstory stores').matchAll(/`storage\.(\w+)`/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual([...stated].sort());
    expect(section('What Backstory stores')).toMatch(/settings[^]*sync storage \(`storage\.sync`\)/i);
  });
});
