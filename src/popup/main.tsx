import { render } from 'preact';
import { Popup } from './Popup';

render(<Popup />, document.getElementById('app')!);
// Preact renders synchronously: the first view is in the DOM now. scripts/popup-timing.ts reads this mark.
performance.mark('backstory:first-render');
