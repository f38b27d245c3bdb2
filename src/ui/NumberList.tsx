import { t } from './i18n';

/** The numbers a scam page asks people to call, struck out, under "Do not call". */
export function NumberList({ numbers }: { numbers: readonly string[] }) {
  return (
    <div class="numbers">
      <p class="numbers-heading" id="numbers-heading">
        {t('warningNumbersHeading')}
      </p>
      <ul aria-labelledby="numbers-heading">
        {numbers.map((number) => (
          <li key={number}>
            {/* Screen readers do not announce strike-through; the heading says what it means. */}
            <s class="number" data-testid="scam-number">
              {number}
            </s>
          </li>
        ))}
      </ul>
    </div>
  );
}
