import { render } from 'preact';
import dataset from 'virtual:backstory/dataset';
import { t } from '../shared/i18n';
import { collectSources } from './collect-sources';
import { Sources } from './Sources';

document.title = t('sourcesTitle');
render(<Sources tiers={collectSources(dataset)} dataset={dataset} />, document.getElementById('app')!);
