import { render } from 'preact';
import '../../src/ui/base.css';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import '../../src/ui/popup/popup.css';

render(<PopupApp />, document.getElementById('app') as HTMLElement);
