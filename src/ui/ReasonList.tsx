import type { Signal } from '../core/detect/types';
import { explainSignal, t } from './i18n';

export function ReasonList({ signals }: { signals: readonly Signal[] }) {
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
