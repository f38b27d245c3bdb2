import '../../src/ui/base.css';
import { startPage } from '../../src/ui/start-page';
import { WarningApp } from '../../src/ui/warning/WarningApp';
import '../../src/ui/warning/warning.css';

void startPage('warningTitle', () => <WarningApp />);
