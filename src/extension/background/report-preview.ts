import { browser } from 'wxt/browser';
import { draftReport, newReportId, type ReportClient } from '../../core/report-draft';
import type { Report, ReportKind } from '../../core/report';
import { getTabState } from '../storage';
import { blockedUrlOfWarningPage } from './tab-verdicts';

/*
 * The report the person is shown before sending, built in the worker from what it knows of the
 * tab: the same object is then sent as it is, so the preview is exactly what leaves the machine.
 */

export interface PreviewRequest {
  tabId: number;
  kind: ReportKind;
  comment?: string | undefined;
}

function client(): ReportClient {
  let version = '0.0.0';
  try {
    version = browser.runtime.getManifest().version;
  } catch {
    // Unit tests' fake browser has no manifest.
  }
  const userAgent = typeof navigator === 'undefined' ? '' : navigator.userAgent;
  const kind = import.meta.env.FIREFOX ? 'firefox' : userAgent.includes('Edg/') ? 'edge' : 'chrome';
  return { version, browser: kind };
}

/**
 * The address the report is about: what the worker recorded for the tab; else, when the tab shows
 * our warning page (its state was lost to a browser restart), the page it blocked; else the tab's
 * own address (a page that was never judged can still be reported as a scam).
 */
async function reportedUrl(tabId: number, recorded: string | undefined): Promise<string> {
  if (recorded) return recorded;
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const address = tab?.url ?? '';
  return blockedUrlOfWarningPage(address) ?? address;
}

export async function previewReport(request: PreviewRequest, now = Date.now()): Promise<Report> {
  const state = await getTabState(request.tabId);
  const url = await reportedUrl(request.tabId, state?.url);
  return draftReport({
    kind: request.kind,
    url,
    verdict: state?.verdict,
    lang: state?.candidates?.lang,
    comment: request.comment,
    client: client(),
    id: newReportId(),
    now,
  });
}
