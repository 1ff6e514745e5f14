// Derives each browser's manifest from the one manifest.json. Differences are named capabilities, not browser checks.
export type Target = 'chrome' | 'firefox';

export interface Capabilities {
  /** Chrome runs the background as a service worker; Firefox MV3 as an event page (background.scripts). */
  serviceWorker: boolean;
  /** Firefox needs an add-on id, a minimum version and a data-collection declaration. */
  geckoSettings: boolean;
}

export const CAPABILITIES: Record<Target, Capabilities> = {
  chrome: { serviceWorker: true, geckoSettings: false },
  firefox: { serviceWorker: false, geckoSettings: true },
};

export const GECKO_ID = 'backstory@backstory.invalid';

type Json = Record<string, unknown>;

export function deriveManifest(base: Json, target: Target, version: string): Json {
  const caps = CAPABILITIES[target];
  const m: Json = structuredClone(base);
  m.version = version;
  const bg = m.background as { service_worker: string; type?: string };
  m.background = caps.serviceWorker
    ? { service_worker: bg.service_worker, type: 'module' }
    : { scripts: [bg.service_worker], type: 'module' };
  if (caps.geckoSettings) {
    m.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on.
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return m;
}
