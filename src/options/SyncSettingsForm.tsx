// The options form: props only (tested in tests/dom). SyncSettings.tsx wires it to storage.
import { useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../core/types';
import { t } from '../shared/i18n';
import { categoryPlural } from '../shared/labels';
import { HOVER_DELAY, STYLES, siteOf, type Settings } from '../shared/settings';

export interface FormProps {
  settings: Settings;
  /** Alias texts from the dataset, offered as suggestions. */
  aliasSuggestions: string[];
  /** Localised date of the dataset. */
  datasetDate: string;
  status: string;
  onChange: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
  onReset: () => void;
}

// Literal t() calls with the key written out, so tests/unit/locales.test.ts can find every key used.
const STYLE_LABEL: Record<Settings['style'], () => string> = {
  background: () => t('styleBackground'),
  underline: () => t('styleUnderline'),
  subtle: () => t('styleSubtle'),
};

function EditableList(props: {
  id: string;
  heading: string;
  help: string;
  inputLabel: string;
  items: string[];
  suggestions?: string[];
  /** The entry to store for what was typed, or '' when it is not valid. */
  clean: (typed: string) => string;
  invalid: string;
  onChange: (items: string[]) => void;
}) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    const v = props.clean(typed);
    if (!v) return setError(props.invalid);
    setError('');
    setTyped('');
    if (!props.items.includes(v)) props.onChange([...props.items, v]);
  };
  return (
    <section aria-labelledby={`${props.id}-h`} data-list={props.id}>
      <h2 id={`${props.id}-h`}>{props.heading}</h2>
      <p class="help" id={`${props.id}-help`}>{props.help}</p>
      {props.items.length === 0 ? (
        <p class="empty">{t('listEmpty')}</p>
      ) : (
        <ul class="entries">
          {props.items.map((item) => (
            <li key={item}>
              <span class="entry" dir="auto">{item}</span>
              <button type="button" aria-label={t('listRemove', item)} onClick={() => props.onChange(props.items.filter((i) => i !== item))}>
                {t('listRemoveShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add" onSubmit={add}>
        <label for={`${props.id}-input`}>{props.inputLabel}</label>
        <div class="row">
          <input
            id={`${props.id}-input`}
            type="text"
            value={typed}
            list={props.suggestions ? `${props.id}-suggest` : undefined}
            aria-describedby={`${props.id}-help${error ? ` ${props.id}-err` : ''}`}
            aria-invalid={error ? true : undefined}
            onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit">{t('listAdd')}</button>
        </div>
        {props.suggestions && (
          <datalist id={`${props.id}-suggest`}>
            {props.suggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        )}
        {error && (
          <p class="error" id={`${props.id}-err`} role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}

export function SyncSettingsForm({ settings, aliasSuggestions, datasetDate, status, onChange, onReset }: FormProps) {
  const setCategory = (c: Category, on: boolean) => onChange('categories', { ...settings.categories, [c]: on });
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p class="intro">{t('optionsIntro')}</p>

      <section aria-labelledby="paused-h">
        <h2 id="paused-h" class="visually-hidden">{t('pausedLabel')}</h2>
        <label class="check">
          <input type="checkbox" name="paused" checked={settings.paused} onChange={(e) => onChange('paused', (e.currentTarget as HTMLInputElement).checked)} />
          {t('pausedLabel')}
        </label>
      </section>

      <fieldset>
        <legend>{t('categoriesHeading')}</legend>
        {CATEGORIES.map((c) => (
          <label class="check" key={c}>
            <input
              type="checkbox"
              name="category"
              value={c}
              checked={settings.categories[c]}
              onChange={(e) => setCategory(c, (e.currentTarget as HTMLInputElement).checked)}
            />
            {categoryPlural(c)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('styleHeading')}</legend>
        {STYLES.map((s) => (
          <label class="check" key={s}>
            <input type="radio" name="style" value={s} checked={settings.style === s} onChange={() => onChange('style', s)} />
            <span class="sample" data-sample={s}>
              {STYLE_LABEL[s]()}
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('mentionsHeading')}</legend>
        {(['all', 'first'] as const).map((m) => (
          <label class="check" key={m}>
            <input type="radio" name="mentions" value={m} checked={settings.mentions === m} onChange={() => onChange('mentions', m)} />
            {m === 'all' ? t('mentionsAll') : t('mentionsFirst')}
          </label>
        ))}
      </fieldset>

      <section aria-labelledby="delay-h">
        <h2 id="delay-h">
          <label for="hover-delay">{t('hoverDelayLabel')}</label>
        </h2>
        <div class="row">
          <input
            id="hover-delay"
            type="range"
            min={HOVER_DELAY.min}
            max={HOVER_DELAY.max}
            step={HOVER_DELAY.step}
            value={settings.hoverDelayMs}
            aria-valuetext={t('hoverDelayValue', settings.hoverDelayMs)}
            onChange={(e) => onChange('hoverDelayMs', Number((e.currentTarget as HTMLInputElement).value))}
          />
          <output for="hover-delay">{t('hoverDelayValue', settings.hoverDelayMs)}</output>
        </div>
      </section>

      <EditableList
        id="aliases"
        heading={t('aliasesHeading')}
        help={t('aliasesHelp')}
        inputLabel={t('aliasInputLabel')}
        items={settings.disabledAliases}
        suggestions={aliasSuggestions}
        clean={(s) => s.trim()}
        invalid={t('aliasInputLabel')}
        onChange={(v) => onChange('disabledAliases', v)}
      />

      <EditableList
        id="sites"
        heading={t('sitesHeading')}
        help={t('sitesHelp')}
        inputLabel={t('siteInputLabel')}
        items={settings.disabledSites}
        clean={siteOf}
        invalid={t('siteInvalid')}
        onChange={(v) => onChange('disabledSites', v)}
      />

      <section class="reset">
        <button type="button" id="reset" onClick={onReset}>
          {t('resetButton')}
        </button>
        <p class="status" role="status" aria-live="polite">
          {status}
        </p>
      </section>

      <footer>
        <p>{t('factsInEnglish')}</p>
        <p>{t('datasetSourcesTo', datasetDate)}</p>
      </footer>
    </main>
  );
}
