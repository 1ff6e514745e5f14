// Wiring for the options page: settings from storage.sync through useSettings, writes through setSetting.
import { useState } from 'preact/hooks';
import matcherData from 'virtual:backstory/matcher-data';
import dataset from 'virtual:backstory/dataset';
import { formatDate, t } from '../shared/i18n';
import { resetSettings, setSetting } from '../shared/settings';
import { useSettings } from '../shared/use-setting';
import { SyncSettingsForm } from './SyncSettingsForm';

const suggestions = [...new Set(matcherData.aliases.map((a) => a.text))].sort((a, b) => a.localeCompare(b));

export function SyncSettings() {
  const settings = useSettings();
  const [status, setStatus] = useState('');
  if (!settings) return <p class="loading">{t('optionsLoading')}</p>;
  return (
    <SyncSettingsForm
      settings={settings}
      aliasSuggestions={suggestions}
      datasetDate={formatDate(dataset.sourcesTo, 'long')}
      status={status}
      onChange={(key, value) => {
        setStatus('');
        void setSetting(key, value);
      }}
      onReset={() => void resetSettings().then(() => setStatus(t('resetDone')))}
    />
  );
}
