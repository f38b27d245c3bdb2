import '../../src/ui/base.css';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import '../../src/ui/popup/popup.css';
import { startPage } from '../../src/ui/start-page';

void startPage('extName', () => <PopupApp />);
