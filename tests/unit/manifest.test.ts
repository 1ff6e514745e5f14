import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { deriveManifest, GECKO_ID } from '../../scripts/manifest';

const base = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));

describe('deriveManifest', () => {
  it('gives Chrome a service worker and no gecko settings', () => {
    const m = deriveManifest(base, 'chrome', '1.2.3');
    expect(m.version).toBe('1.2.3');
    expect(m.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(m.browser_specific_settings).toBeUndefined();
  });
  it('gives Firefox background.scripts, an id, a minimum version and the data declaration', () => {
    const m = deriveManifest(base, 'firefox', '1.2.3');
    expect(m.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(m.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
  });
  it('injects the highlight stylesheet and the settings read at document_start, and the script at document_idle', () => {
    // A stylesheet added after the page is laid out restyles and reflows all of it: ~50 ms on a 1 MB article in
    // Firefox, which injects a script entry's CSS at the entry's run_at (docs/architecture.md § Speed). early.ts
    // asks for the settings while the page loads; index.ts, the whole content script, waits for document_idle.
    const [style, script, ...rest] = base.content_scripts;
    expect(rest).toEqual([]);
    expect(style).toMatchObject({ css: ['src/content/content.css'], js: ['src/content/early.ts'], run_at: 'document_start' });
    expect(script).toMatchObject({ js: ['src/content/index.ts'], run_at: 'document_idle' });
    expect(script.css).toBeUndefined();
    for (const key of ['matches', 'all_frames', 'match_about_blank', 'match_origin_as_fallback']) expect(style[key]).toEqual(script[key]);
  });
  it('declares no web_accessible_resources and only the storage and activeTab permissions', () => {
    expect(base.web_accessible_resources).toBeUndefined();
    // activeTab: the popup learns the clicked tab's address to say why Backstory cannot run there (docs/permissions.md).
    expect(base.permissions).toEqual(['storage', 'activeTab']);
    expect(base.host_permissions).toBeUndefined();
  });
});
