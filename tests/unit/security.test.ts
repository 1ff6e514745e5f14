// The manifest's security surface (docs/security.md): a strict CSP for extension pages, nothing exposed to pages,
// no remote code. Fails when someone loosens it without updating the threat model.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));
const csp: string = manifest.content_security_policy.extension_pages;
const directives = new Map(
  csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name!, values] as const;
  }),
);

describe('extension security surface', () => {
  it('has a strict CSP for extension pages: own scripts only, no connections, nothing by default', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-|https?:|\*|wasm/);
  });

  it('exposes nothing to web pages and other extensions', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy.sandbox).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
  });
});
