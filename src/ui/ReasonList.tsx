import type { Signal } from '../core/detect/types';
import { reasonLines, t } from './i18n';

/**
 * Why a page was judged as it was. With `limit`, the strongest reasons are shown and the rest
 * wait behind "more" (the popup is small); one hidden reason is simply shown.
 */
export function ReasonList({ signals, limit }: { signals: readonly Signal[]; limit?: number }) {
  const lines = reasonLines(signals);
  if (lines.length === 0) return <p class="muted">{t('reasonsNone')}</p>;
  const cut = limit !== undefined && lines.length > limit + 1 ? limit : lines.length;
  const item = (line: (typeof lines)[number], i: number) => (
    <li key={`${line.id}-${i}`} data-signal={line.id}>
      {line.text}
    </li>
  );
  return (
    <>
      <ul class="reasons" aria-label={t('reasonsHeading')}>
        {lines.slice(0, cut).map(item)}
      </ul>
      {cut < lines.length && (
        <details class="more-reasons">
          <summary>{t('reasonsMore', String(lines.length - cut))}</summary>
          <ul class="reasons">{lines.slice(cut).map(item)}</ul>
        </details>
      )}
    </>
  );
}
