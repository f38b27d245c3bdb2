import { render } from 'preact';
import '../../src/ui/base.css';
import { t } from '../../src/ui/i18n';
import { WarningApp } from '../../src/ui/warning/WarningApp';
import '../../src/ui/warning/warning.css';

document.title = t('warningTitle');
render(<WarningApp />, document.getElementById('app') as HTMLElement);
