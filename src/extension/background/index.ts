import { browser, type Browser } from 'wxt/browser';
import { type Message, parseMessage, type Responses } from '../messages';
import { forgetTab, getSettings, getTabState } from '../storage';
import { completeCandidates } from '../../core/detect/prefilter';
import { registerAuthWatch } from './auth-dialogs';
import { DEFAULT_FETCH_MINUTES, LIST_ALARM, listStatus, noListAddress, updateList } from './blocklist';
import { addSubscription, onSubscriptionsAlarm, removeSubscription, scheduleSubscriptions, setSubscriptionEnabled, SUBSCRIPTIONS_ALARM, subscriptionViews, updateSubscriptionsNow } from './subscriptions';
import { showBadge } from './badge';
import { deleteReport, flushOutbox, getOutbox, queueReport, registerOutbox, reportAddress } from './outbox';
import { previewReport } from './report-preview';
import { allowSite, currentTabState, leaveWarning, recordScanTimes, reportFrame, reportPage } from './tab-verdicts';

/*
 * Background wiring. Every listener is registered synchronously when the worker starts, because
 * an MV3 worker is woken by the event it slept through and only sees listeners that exist by then.
 */

async function handle(message: Message, tabId: number | undefined, sender: Browser.runtime.MessageSender): Promise<Responses[Message['type']]> {
  const now = Date.now();
  const senderUrl = sender.url ?? '';
  switch (message.type) {
    case 'reportPage':
      return reportPage({ tabId: tabId as number, url: senderUrl, documentId: message.documentId, scanMs: message.scanMs, quietScansMs: message.quietScansMs ?? [], startedAt: message.startedAt, partial: message.partial ?? false, candidates: completeCandidates(message.page) }, now);
    case 'reportScanTimes':
      await recordScanTimes(tabId as number, message.documentId, message.scanMs);
      return { ok: true };
    case 'reportFrame':
      // A frame's title is not on screen: only what it shows counts.
      return { level: await reportFrame(tabId as number, { behaviours: message.behaviours, dialogTexts: message.dialogTexts, ...(message.page ? { shown: [completeCandidates({ ...message.page, title: '' })] } : {}) }, { frameId: sender.frameId ?? 0, tabUrl: sender.tab?.url ?? '', startedAt: message.startedAt }, now) };
    case 'getTabVerdict':
      return { state: await tabVerdict(message.tabId, tabId, senderUrl) };
    case 'allowSite':
      if (tabId === undefined) throw new Error('allowSite needs the warning page tab');
      await allowSite(tabId, message.url, senderUrl, now);
      return { ok: true };
    case 'leaveWarning':
      if (tabId === undefined) throw new Error('leaveWarning needs the warning page tab');
      await leaveWarning(tabId, senderUrl);
      return { ok: true };
    case 'getListStatus':
      return { status: await listStatus(now) };
    case 'updateListNow':
      await onListAlarm();
      return { status: await listStatus(Date.now()) };
    case 'getSubscriptions':
      return { subscriptions: await subscriptionViews() };
    case 'addSubscription':
      return addSubscription(message.url, message.format, now);
    case 'setSubscriptionEnabled':
      return { subscriptions: await setSubscriptionEnabled(message.id, message.enabled, now) };
    case 'removeSubscription':
      return { subscriptions: await removeSubscription(message.id) };
    case 'updateSubscriptionsNow':
      return { subscriptions: await updateSubscriptionsNow(now) };
    case 'previewReport':
      return { report: await previewReport({ tabId: message.tabId, kind: message.kind, comment: message.comment }, now) };
    case 'sendReport':
      return { entry: await queueReport(message.report, now) };
    case 'getOutbox':
      return { entries: await getOutbox(), address: await reportAddress() };
    case 'retryReports':
      await flushOutbox(now, { force: true });
      return { entries: await getOutbox(), address: await reportAddress() };
    case 'deleteReport':
      return { entries: await deleteReport(message.id), address: await reportAddress() };
  }
}

function onMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  const parsed = parseMessage(raw, sender, browser.runtime.id, browser.runtime.getURL('/'));
  if (!parsed.ok) {
    console.warn(`Hang Up: ignored a message: ${parsed.error}`);
    return undefined;
  }
  return handle(parsed.message, parsed.tabId, sender);
}

/**
 * The verdict of the page a tab shows now, for the popup and the warning page. Chromium clears a
 * tab's badge when it navigates, also onto our warning page: the warning page asking for its own
 * tab's verdict puts it back.
 */
async function tabVerdict(tabId: number, senderTabId: number | undefined, senderUrl: string) {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  const state = currentTabState(await getTabState(tabId), tab?.url);
  if (senderTabId === tabId && senderUrl.startsWith(browser.runtime.getURL('/warning.html'))) await showBadge(tabId, state);
  return state;
}

/** Look for a new list after `minutes`. */
function scheduleListUpdate(minutes: number): void {
  void browser.alarms.create(LIST_ALARM, { delayInMinutes: minutes });
}

async function onListAlarm(): Promise<void> {
  const settings = await getSettings();
  const url = settings.listUrl || (import.meta.env.WXT_HANGUP_LIST_URL ?? '');
  if (!url) {
    await noListAddress();
    scheduleListUpdate(DEFAULT_FETCH_MINUTES);
    return;
  }
  scheduleListUpdate(await updateList(url));
}

export function registerBackground(): void {
  registerAuthWatch();
  void registerOutbox();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === LIST_ALARM) void onListAlarm();
    if (alarm.name === SUBSCRIPTIONS_ALARM) void onSubscriptionsAlarm();
  });
  // The first look soon after the browser or the extension starts; later ones as each update says.
  void browser.alarms.get(LIST_ALARM).then((existing) => {
    if (!existing) scheduleListUpdate(1);
  });
  // Subscribed lists keep their own times (nothing at all until the person turns one on).
  void browser.alarms.get(SUBSCRIPTIONS_ALARM).then((existing) => {
    if (!existing) void scheduleSubscriptions();
  });
  browser.runtime.onMessage.addListener(onMessage);
  // No tabs.onUpdated listener: it woke the worker several times on every page load of every tab,
  // which measurably slowed page loads. Stale state is told apart when it is read instead
  // (currentTabState, frame start times), and the warning page sets its own badge.
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
  });
}
