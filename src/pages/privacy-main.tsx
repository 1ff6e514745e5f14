import { render } from 'preact';
import policy from '../../PRIVACY.md?raw';
import { parseMarkdown } from '../core/markdown';
import { t } from '../shared/i18n';
import { Privacy } from './Privacy';

document.title = t('privacyLink');
render(<Privacy blocks={parseMarkdown(policy)} />, document.getElementById('app')!);
