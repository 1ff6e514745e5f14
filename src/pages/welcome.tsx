// The onboarding page, opened once on install (src/background/index.ts): what Backstory reads, what it never
// does, and, where the browser withholds site access (Firefox MV3 lets the reader), a button to grant it.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { localizeDocument, t } from '../shared/i18n';
import { requestSiteAccess, siteAccess, type Access } from '../shared/permissions';

function Welcome() {
  const [access, setAccess] = useState<Access | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => void siteAccess(undefined).then(setAccess), []);
  return (
    <main>
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>
      <section aria-labelledby="reads-h">
        <h2 id="reads-h">{t('welcomeReadsHeading')}</h2>
        <p>{t('welcomeReads')}</p>
      </section>
      <section aria-labelledby="never-h">
        <h2 id="never-h">{t('welcomeNeverHeading')}</h2>
        <p>{t('welcomeNever')}</p>
      </section>
      <section>
        {access === 'granted' && <p>{t('welcomeAccessGranted')}</p>}
        {access !== null && access !== 'granted' && (
          <>
            <p>{t('welcomeAccess')}</p>
            <button
              type="button"
              onClick={() =>
                void requestSiteAccess(undefined).then((ok) => {
                  if (ok) setAccess('granted');
                  setNote(ok ? '' : t('accessDenied'));
                })
              }
            >
              {t('accessRequestAll')}
            </button>
            <p role="status">{note}</p>
          </>
        )}
        <p>
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('welcomeOpenSettings')}
          </button>
        </p>
      </section>
      <footer>
        <p>{t('factsInEnglish')}</p>
        <p>
          <a href={browser.runtime.getURL('src/pages/privacy.html')}>{t('privacyLink')}</a>
        </p>
      </footer>
    </main>
  );
}

localizeDocument();
document.title = t('welcomeTitle');
render(<Welcome />, document.getElementById('app')!);
