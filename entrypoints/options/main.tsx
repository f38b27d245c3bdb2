import '../../src/ui/base.css';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import '../../src/ui/options/options.css';
import { startPage } from '../../src/ui/start-page';

void startPage('optionsTitle', () => <OptionsApp />);
