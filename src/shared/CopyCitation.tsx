// "Copy citation": a small button on a fact that copies it with its sources as plain text, and announces
// the result (role=status). Shared by the hover card (in its shadow root) and the popup.
import { useState } from 'preact/hooks';
import { citationText, type Citable } from '../core/citation';
import { copyText } from './clipboard';
import { formatDate, t } from './i18n';

type Status = '' | 'copied' | 'failed';

export function CopyCitation({ fact }: { fact: Citable }) {
  const [status, setStatus] = useState<Status>('');
  const onClick = (e: MouseEvent) => {
    const button = e.currentTarget as HTMLElement;
    setStatus('');
    void copyText(citationText(fact, (iso) => formatDate(iso, 'medium')), button.getRootNode() as Document | ShadowRoot).then((ok) =>
      setStatus(ok ? 'copied' : 'failed'),
    );
  };
  const start = fact.text.length > 40 ? `${fact.text.slice(0, 40)}…` : fact.text;
  return (
    <span class="copy">
      <button type="button" class="copy-citation" aria-label={t('copyCitationLabel', start)} onClick={onClick}>
        {t('copyCitation')}
      </button>
      <span class="copy-status" role="status" aria-live="polite">
        {status === 'copied' ? t('copied') : status === 'failed' ? t('copyFailed') : ''}
      </span>
    </span>
  );
}
