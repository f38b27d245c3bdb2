import { render } from 'preact';
import '../../src/ui/base.css';
import { t } from '../../src/ui/i18n';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import '../../src/ui/options/options.css';

document.title = t('optionsTitle');
render(<OptionsApp />, document.getElementById('app') as HTMLElement);
