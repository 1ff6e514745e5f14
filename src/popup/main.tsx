import { render } from 'preact';
import { Popup } from './Popup';

// The dataset is its own chunk, imported only now: the first view needs none of it.
const dataset = import('virtual:backstory/dataset').then((m) => m.default);
render(<Popup dataset={dataset} />, document.getElementById('app')!);
// Preact renders synchronously: the first view is in the DOM now. scripts/popup-timing.ts reads this mark.
performance.mark('backstory:first-render');
