// Settings for Preact views (after 10ten's use-config-value): the current value, kept in step with
// storage.onChanged so a change made elsewhere (the popup, another device through sync) shows at once.
import { useEffect, useState } from 'preact/hooks';
import { getSettings, onSettingsChanged, setSetting, type SettingKey, type Settings } from './settings';

/** All settings (undefined until loaded). */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings | undefined>();
  useEffect(() => {
    let live = true;
    void getSettings().then((s) => live && setSettings(s));
    const off = onSettingsChanged((s) => live && setSettings(s));
    return () => {
      live = false;
      off();
    };
  }, []);
  return settings;
}

/** One setting and its setter (undefined until loaded). */
export function useSetting<K extends SettingKey>(key: K): [Settings[K] | undefined, (v: Settings[K]) => Promise<void>] {
  const settings = useSettings();
  return [settings?.[key], (v) => setSetting(key, v)];
}
