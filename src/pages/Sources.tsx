// The bundled methodology and sources page (linked from the popup's footer): how the facts were chosen,
// then every publisher and page the dataset cites. Props only.
import type { Dataset } from '../core/types';
import { t } from '../shared/i18n';
import { formatDate } from '../popup/format';
import type { Publisher } from './collect-sources';

export function Sources({ publishers, dataset }: { publishers: Publisher[]; dataset: Pick<Dataset, 'sourcesTo' | 'version'> }) {
  const total = publishers.reduce((n, p) => n + p.sources.length, 0);
  return (
    <main>
      <h1>{t('sourcesTitle')}</h1>
      <p class="muted">{t('sourcesTo', formatDate(dataset.sourcesTo), dataset.version)}</p>
      <section aria-labelledby="method">
        <h2 id="method">{t('methodTitle')}</h2>
        <ul>
          <li>{t('method1')}</li>
          <li>{t('method2')}</li>
          <li>{t('method3')}</li>
          <li>{t('method4')}</li>
          <li>{t('method5')}</li>
        </ul>
      </section>
      <section aria-labelledby="pubs">
        <h2 id="pubs">{t('sourcesCount', total, publishers.length)}</h2>
        {publishers.map((p) => (
          <details key={p.name} data-publisher={p.name}>
            <summary>
              {p.name} <span class="muted">({p.sources.length})</span>
            </summary>
            <ul>
              {p.sources.map((s) => (
                <li key={s.url}>
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.title}
                  </a>{' '}
                  <span class="muted">{formatDate(s.date)}</span>
                </li>
              ))}
            </ul>
          </details>
        ))}
      </section>
    </main>
  );
}
