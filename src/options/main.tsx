import { render } from 'preact';
import { localizeDocument, t } from '../shared/i18n';
import { SyncSettings } from './SyncSettings';

localizeDocument();
document.title = t('optionsTitle');
render(<SyncSettings />, document.getElementById('app')!);
