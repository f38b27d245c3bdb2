import { browser } from 'wxt/browser';
import { REPORT_DATA_COLLECTION } from '../../extension/outbox-schema';

/*
 * Firefox's built-in consent for data collection. A report carries the page's address (Firefox's
 * "browsingActivity") and short excerpts of the page's text as the signals' evidence
 * ("websiteContent"); the Firefox manifest declares both as optional (wxt.config.ts), and Firefox
 * refuses a request for a type the manifest does not declare. Chrome and Edge have no such consent.
 */

export { REPORT_DATA_COLLECTION };

/** The part of Firefox's permissions API used here (Chrome's types know no `data_collection`). */
export interface DataCollectionPermissions {
  request(permissions: { data_collection: string[] }): Promise<boolean>;
}

export type ReportConsent = { state: 'granted' } | { state: 'refused' } | { state: 'failed'; message: string };

function failed(error: unknown): ReportConsent {
  return { state: 'failed', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Asks for the data collection a report needs; `null` permissions (Chrome, Edge) need no asking.
 * The request is made before this returns: Firefox prompts only while it is handling the person's
 * click, so call this first in the click handler, before any await. When the types are already
 * granted, Firefox answers true without a prompt. A request that throws or rejects (say, no longer
 * inside the click) is not consent: the report must not be sent.
 */
export function askReportConsent(permissions: DataCollectionPermissions | null): Promise<ReportConsent> {
  if (!permissions) return Promise.resolve({ state: 'granted' });
  let answer: Promise<boolean>;
  try {
    answer = permissions.request({ data_collection: [...REPORT_DATA_COLLECTION] });
  } catch (error) {
    return Promise.resolve(failed(error));
  }
  return Promise.resolve(answer).then(
    (granted): ReportConsent => (granted === true ? { state: 'granted' } : { state: 'refused' }),
    failed,
  );
}

/** Firefox's permissions API in the Firefox build; null in the Chrome and Edge builds. */
export function reportConsentPermissions(): DataCollectionPermissions | null {
  return import.meta.env.FIREFOX ? (browser.permissions as unknown as DataCollectionPermissions) : null;
}
