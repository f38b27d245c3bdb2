import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AGENCIES, type AgencyChoice, agenciesForLocales, agenciesOf } from '../../core/support/agencies';
import { languageInUse, t } from '../i18n';

/** A country's name in the language in use ("DE" → "Deutschland" on a German page). */
function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([languageInUse()], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The person's locales, most telling first: the browser's UI language, then the languages they accept. */
function personLocales(): string[] {
  return [browser.i18n.getUILanguage(), ...navigator.languages, languageInUse()];
}

/** The country the agencies shown are for (a guess names none; its agencies say which). */
function countryOf(choice: AgencyChoice): string | undefined {
  return choice.country ?? choice.agencies[0]?.country;
}

function intro(choice: AgencyChoice): string {
  const code = countryOf(choice);
  const country = code === undefined ? undefined : countryName(code);
  if (choice.agencies.length === 0) return country === undefined ? t('warningAgencyUnknown') : t('warningAgencyNone', country);
  if (choice.match === 'guess') return t('warningAgencyGuess', country ?? '');
  return t('warningAgencyIntro', country ?? '');
}

/**
 * Where to report the scam in the person's country, told from their locales; they can pick
 * another country, since a browser's language is not always where its user lives.
 */
export function AgencyHelp() {
  const [choice, setChoice] = useState<AgencyChoice>(() => agenciesForLocales(personLocales()));
  const countries = [...new Set(AGENCIES.map((agency) => agency.country))]
    .map((code) => [code, countryName(code)] as const)
    .sort((a, b) => a[1].localeCompare(b[1], languageInUse()));
  const choose = (country: string) => setChoice({ country, agencies: agenciesOf(country), match: 'country' });
  const shown = countryOf(choice);

  return (
    <div class="agencies" data-testid="agencies">
      <h3>{t('warningReportHeading')}</h3>
      <p>{intro(choice)}</p>
      {choice.agencies.length > 0 && (
        <ul class="links">
          {choice.agencies.map((agency) => (
            <li key={agency.id} data-agency={agency.id}>
              <a href={agency.reportUrl} rel="noreferrer" target="_blank">
                {agency.name}
              </a>
              {agency.phone && <span class="phone"> — {t('warningAgencyPhone', agency.phone)}</span>}
              {agency.adviceUrl && (
                <>
                  {' · '}
                  <a href={agency.adviceUrl} rel="noreferrer" target="_blank">
                    {t('warningAgencyAdvice')}
                  </a>
                </>
              )}
              {agency.area && <span class="muted"> ({agency.area})</span>}
            </li>
          ))}
        </ul>
      )}
      <label for="agency-country">{t('warningAgencyCountry')}</label>{' '}
      <select id="agency-country" value={shown ?? ''} onChange={(event) => choose((event.target as HTMLSelectElement).value)}>
        {/* A country without agencies, or none known, is shown as it is until another is chosen. */}
        {shown === undefined || !countries.some(([code]) => code === shown) ? <option value={shown ?? ''}>{shown ? countryName(shown) : '—'}</option> : null}
        {countries.map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
