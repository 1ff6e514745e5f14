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
  it('declares no web_accessible_resources and only the storage and activeTab permissions', () => {
    expect(base.web_accessible_resources).toBeUndefined();
    // activeTab: the popup learns the clicked tab's address to say why Backstory cannot run there (docs/permissions.md).
    expect(base.permissions).toEqual(['storage', 'activeTab']);
    expect(base.host_permissions).toBeUndefined();
  });
});
