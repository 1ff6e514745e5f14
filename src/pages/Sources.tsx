// The bundled methodology and sources page (linked from the popup's footer): how the facts were chosen, the
// sourcing rule, how to report an error, then every publisher and page the dataset cites, by tier. Props only.
import type { Dataset } from '../core/types';
import type { Tier } from '../core/sourcing';
import { formatDate, t } from '../shared/i18n';
import type { TierGroup } from './collect-sources';

const TIER_KEYS: Record<Tier, [name: string, hint: string]> = {
  primary: ['tierPrimary', 'tierPrimaryHint'],
  wire: ['tierWire', 'tierWireHint'],
  major: ['tierMajor', 'tierMajorHint'],
  trade: ['tierTrade', 'tierTradeHint'],
  secondary: ['tierSecondary', 'tierSecondaryHint'],
  unreliable: ['tierUnreliable', 'tierUnreliableHint'],
};

export function Sources({ tiers, dataset }: { tiers: TierGroup[]; dataset: Pick<Dataset, 'sourcesTo' | 'version'> }) {
  const publishers = tiers.flatMap((g) => g.publishers);
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
        </ul>
      </section>
      <section aria-labelledby="rule">
        <h2 id="rule">{t('ruleTitle')}</h2>
        <p>{t('ruleText')}</p>
        <ul>
          {Object.values(TIER_KEYS).map(([, hint]) => (
            <li key={hint}>{t(hint)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="report" id="report-an-error">
        <h2 id="report">{t('reportTitle')}</h2>
        <p>{t('reportText')}</p>
      </section>
      <section aria-labelledby="pubs">
        <h2 id="pubs">{t('sourcesCount', total, publishers.length)}</h2>
        {tiers.map((g) => (
          <section key={g.tier} data-tier={g.tier} aria-labelledby={`tier-${g.tier}`}>
            <h3 id={`tier-${g.tier}`}>
              {t(TIER_KEYS[g.tier][0])} <span class="muted">{t('tierCount', g.publishers.length, g.publishers.reduce((n, p) => n + p.sources.length, 0))}</span>
            </h3>
            {g.publishers.map((p) => (
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
                      <span class="muted">
                        {s.publisher}, {formatDate(s.date)}
                      </span>
                    </li>
                  ))}
                </ul>
              </details>
            ))}
          </section>
        ))}
      </section>
    </main>
  );
}
