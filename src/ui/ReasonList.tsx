import type { Signal } from '../core/detect/types';
import { explainSignal, reasonsToShow, t } from './i18n';

export function ReasonList({ signals: all }: { signals: readonly Signal[] }) {
  const signals = reasonsToShow(all);
  if (signals.length === 0) return <p class="muted">{t('reasonsNone')}</p>;
  return (
    <ul class="reasons" aria-label={t('reasonsHeading')}>
      {signals.map((signal, i) => (
        <li key={`${signal.id}-${i}`} data-signal={signal.id}>
          {explainSignal(signal)}
        </li>
      ))}
    </ul>
  );
}
