// The popup's quick switches: on/off for this site, pause everywhere, and a request for site access when the
// browser withholds it. QuickSwitches renders props only; <QuickSwitchesMount /> is the one line the popup
// mounts (wiring in use-quick-switches.ts).
import { t } from '../shared/i18n';
import type { Access } from '../shared/permissions';
import { useQuickSwitches } from './use-quick-switches';
// Styles: quick-switches.css, loaded by the page that mounts this (the popup adopts it in src/popup/main.tsx).

export interface QuickSwitchesProps {
  /** The tab's site (hostname), or null for pages Backstory does not read or whose address is hidden. */
  site: string | null;
  siteEnabled: boolean;
  paused: boolean;
  access: Access;
  accessNote: string;
  onSiteEnabled: (on: boolean) => void;
  onPaused: (paused: boolean) => void;
  /** Must run synchronously in the click (permissions.request needs the user gesture). */
  onRequestAccess: () => void;
  onOpenSettings: () => void;
}

export function QuickSwitches(p: QuickSwitchesProps) {
  return (
    <div class="backstory-quick" role="group" aria-label={t('quickSwitchesLabel')}>
      {p.access !== 'granted' && (
        <div class="access" data-access={p.access}>
          <p>{t('accessWithheld')}</p>
          <button type="button" class="request" onClick={p.onRequestAccess}>
            {p.access === 'unknown' ? t('accessRequestAll') : t('accessRequest')}
          </button>
          {p.accessNote && <p role="status">{p.accessNote}</p>}
        </div>
      )}
      {p.site && (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            name="site-enabled"
            checked={p.siteEnabled}
            onChange={(e) => p.onSiteEnabled((e.currentTarget as HTMLInputElement).checked)}
          />
          <span dir="auto">{t('quickSiteOn', p.site)}</span>
        </label>
      )}
      <label class="switch">
        <input type="checkbox" role="switch" name="paused" checked={p.paused} onChange={(e) => p.onPaused((e.currentTarget as HTMLInputElement).checked)} />
        <span>{t('quickPause')}</span>
      </label>
      <button type="button" class="settings" onClick={p.onOpenSettings}>
        {t('quickSettings')}
      </button>
    </div>
  );
}

export function QuickSwitchesMount() {
  return <QuickSwitches {...useQuickSwitches()} />;
}
