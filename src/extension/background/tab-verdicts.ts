import { type Browser, browser } from 'wxt/browser';
import { LIMITS, prefilter } from '../../core/detect/prefilter';
import { currentLookup } from './blocklist';
import { detect, labelsMayMatter } from '../../core/detect/score';
import type { BehaviourEvent, PageCandidates, Verdict, VerdictLevel } from '../../core/detect/types';
import { addToAllowlist, clearTabState, getAllowlist, getFrameReports, getSafePages, getSettings, getTabState, moveTab, rememberSafePage, setFrameReports, setTabState } from '../storage';
import { allowlistHost, type FrameExtras, type FrameReport, type InterruptOn, type TabState } from '../storage-schema';
import { showBadge } from './badge';
import { DISARM_MESSAGE } from '../content/disarm';

/*
 * Per-tab verdicts: score what the content script saw, remember it for the popup and the warning
 * page, set the badge, and take the tab to the warning page when the verdict calls for it.
 */

export function warningPageUrl(blockedUrl: string): string {
  return `${browser.runtime.getURL('/warning.html')}?url=${encodeURIComponent(blockedUrl)}`;
}

function interrupts(level: VerdictLevel, interruptOn: InterruptOn): boolean {
  if (interruptOn === 'off') return false;
  if (interruptOn === 'suspicious') return level !== 'clean';
  return level === 'scam';
}

function withoutFragment(url: string): string {
  return url.split('#')[0] ?? url;
}

function sameDocument(a: string, b: string): boolean {
  return withoutFragment(a) === withoutFragment(b);
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/*
 * Reports of one tab are handled one after another: two interleaved reports of the same page
 * could otherwise both read the old state, and the later write could lower the verdict.
 */
const tabQueues = new Map<number, Promise<unknown>>();
function inTabQueue<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const previous = tabQueues.get(tabId) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(task);
  tabQueues.set(tabId, next);
  void next.finally(() => {
    if (tabQueues.get(tabId) === next) tabQueues.delete(tabId);
  }).catch(() => undefined);
  return next;
}

export interface PageReport {
  tabId: number;
  /** Address of the reporting document, from the message's sender (not from the page). */
  url: string;
  /** Random id the content script drew when it started in this document. */
  documentId: string;
  /** Main-thread time of the scan that produced this report (none when judged again for a frame). */
  scanMs?: number;
  /** Main-thread time of the content script's rescans that found nothing new since its last report. */
  quietScansMs?: readonly number[];
  /** When the reporting document started (its performance.timeOrigin); 0 when unknown. */
  startedAt?: number;
  /** The document was read while still being parsed (see `judge`). */
  partial?: boolean;
  candidates: PageCandidates;
}

const RANK = { clean: 0, suspicious: 1, scam: 2 } as const;

/** The page's verdict, and whether its labels and tel: links should be read too (see labelsMayMatter). */
export interface PageAnswer {
  level: VerdictLevel;
  readLabels: boolean;
}

export function reportPage(report: PageReport, now: number): Promise<PageAnswer> {
  return inTabQueue(report.tabId, async () => {
    const { level, verdict } = await judge(report, now);
    return { level, readLabels: labelsMayMatter(verdict) };
  });
}

const MAX_FRAME_TEXTS = 10;
/** Frame documents remembered per tab (the newest). */
const MAX_FRAME_REPORTS = 30;
/**
 * Time origins come from different renderer processes: a frame of the page is taken to belong to
 * it if it started no earlier than this before the page itself.
 */
const START_SLACK_MS = 50;

/** Who sent a frame report, from the message's sender (not from the frame). */
export interface FrameSender {
  frameId: number;
  /** Address of the tab's page when the frame reported. */
  tabUrl: string;
  /** When the frame's document started (performance.timeOrigin). */
  startedAt: number;
}

/**
 * A sign-in dialog counts for the documents of its address that started before it, and for one
 * that starts within this long after it: the browser shows the answer's own page once the dialog
 * is cancelled, and that page must not read as a fresh start.
 */
const AUTH_FOLLOW_MS = 5000;

function belongsTo(report: FrameReport, url: string, origin: string | null, startedAt: number): boolean {
  if (report.pageUrl !== undefined) return sameDocument(report.pageUrl, url) && startedAt <= report.startedAt + AUTH_FOLLOW_MS;
  return report.topOrigin === origin && report.startedAt >= startedAt - START_SLACK_MS;
}

/** What the frames (and the sign-in dialogs) of the page at `url`, which started at `startedAt`, reported. */
function framesOf(reports: readonly FrameReport[], url: string, startedAt: number): FrameExtras {
  const origin = originOf(url);
  const own = reports.filter((r) => belongsTo(r, url, origin, startedAt));
  return {
    behaviours: own.reduce<BehaviourEvent[]>((all, r) => mergeBehaviours(all, r.behaviours), []),
    dialogTexts: [...new Set(own.flatMap((r) => r.dialogTexts))].slice(0, MAX_FRAME_TEXTS),
    shown: own.flatMap((r) => (r.shown ? [r.shown] : [])),
  };
}

/**
 * The frames of the page at `url` that reported something the disarm command undoes (a trap the
 * lockwatch saw, a dialog): the command goes to each of them as well as to the page.
 */
function trappedFrames(reports: readonly FrameReport[], url: string, startedAt: number): number[] {
  const origin = originOf(url);
  const ids = reports.flatMap((r) => (r.frameId !== undefined && (r.behaviours.length > 0 || r.dialogTexts.length > 0) && belongsTo(r, url, origin, startedAt) ? [r.frameId] : []));
  return [...new Set(ids)];
}

/**
 * Keep the report `make` gives in the tab's frame reports, in place of the earlier one with its key
 * (handed to `make`), oldest first and at most MAX_FRAME_REPORTS.
 */
async function keepFrameReport(tabId: number, key: string, make: (earlier: FrameReport | undefined) => FrameReport): Promise<void> {
  const reports = await getFrameReports(tabId);
  const report = make(reports.find((r) => r.key === key));
  const kept = [...reports.filter((r) => r.key !== key), report].sort((a, b) => a.startedAt - b.startedAt).slice(-MAX_FRAME_REPORTS);
  await setFrameReports(tabId, kept);
}

/**
 * A frame of the tab's page reported behaviour or dialog texts: keep them, and judge the page
 * again if its own report is in. Reports of frames of earlier pages of the tab are told apart by
 * their start times, so nothing needs to watch the tab's navigations.
 */
export function reportFrame(tabId: number, extras: FrameExtras, sender: FrameSender, now: number): Promise<VerdictLevel | null> {
  return inTabQueue(tabId, async () => {
    const topOrigin = originOf(sender.tabUrl) ?? '';
    const key = `${sender.frameId}@${sender.startedAt}`;
    const shown = extras.shown?.[0];
    await keepFrameReport(tabId, key, () => ({ key, frameId: sender.frameId, topOrigin, startedAt: sender.startedAt, behaviours: extras.behaviours, dialogTexts: extras.dialogTexts.slice(0, MAX_FRAME_TEXTS), ...(shown ? { shown } : {}) }));
    const state = await getTabState(tabId);
    // Before the page itself has reported, its report will pick these up; a frame of another
    // page (the tab moved on, the page has not reported yet) must not be judged with this one.
    if (!state?.candidates || state.blocked) return state?.verdict.level ?? null;
    if (!sameDocument(state.url, sender.tabUrl) || sender.startedAt < (state.startedAt ?? 0) - START_SLACK_MS) return state.verdict.level;
    return (await judgeAgain(tabId, state, state.candidates, now)).level;
  });
}

/**
 * The browser drew a sign-in dialog for the page at `url` whose prompt shows a phone number (see
 * auth-dialogs.ts). It is kept with the frames' reports, so that every report of that page,
 * including the one from the page the browser shows once the dialog is cancelled, is judged
 * with it and cannot clear it. It is judged at once as well: after a cancelled dialog the browser
 * may show its own error page instead, where no content script reports.
 */
export function reportAuthDialog(tabId: number, url: string, extras: FrameExtras, now: number): Promise<VerdictLevel> {
  return inTabQueue(tabId, async () => {
    // One report per address: a page that loops the dialog counts up instead of pushing the
    // reports of its frames out.
    const address = withoutFragment(url);
    const key = `auth@${address}`;
    await keepFrameReport(tabId, key, (earlier) => ({
      key,
      topOrigin: originOf(url) ?? '',
      startedAt: now,
      behaviours: earlier ? mergeBehaviours(earlier.behaviours.map((b) => ({ ...b, count: b.count + 1 })), extras.behaviours) : extras.behaviours,
      dialogTexts: [...new Set([...(earlier?.dialogTexts ?? []), ...extras.dialogTexts])].slice(0, MAX_FRAME_TEXTS),
      pageUrl: url,
    }));
    const state = await getTabState(tabId);
    if (state?.candidates && sameDocument(state.url, url) && (state.startedAt ?? 0) <= now + AUTH_FOLLOW_MS) {
      if (state.blocked) return state.verdict.level;
      return (await judgeAgain(tabId, state, state.candidates, now)).level;
    }
    // No report of the page yet: the dialog is judged as a document of its own, started now.
    return (await judge({ tabId, url, documentId: `auth:${address}`, startedAt: now, candidates: dialogCandidates([]) }, now)).level;
  });
}

const SCANS_KEPT = 50;

/**
 * Add the times of the content script's quiet rescans (they found nothing new, so no report) to
 * the tab's figures, if the tab still shows the document that scanned.
 */
export function recordScanTimes(tabId: number, documentId: string, scanMs: readonly number[]): Promise<void> {
  return inTabQueue(tabId, async () => {
    const state = await getTabState(tabId);
    if (!state || state.documentId !== documentId) return;
    await setTabState(tabId, { ...state, scanMs: [...state.scanMs, ...scanMs].slice(-SCANS_KEPT) });
  });
}

/** One event per kind: the one seen most often. */
function mergeBehaviours(a: readonly BehaviourEvent[], b: readonly BehaviourEvent[]): BehaviourEvent[] {
  const byKind = new Map(a.map((event) => [event.kind, event]));
  for (const event of b) {
    const known = byKind.get(event.kind);
    if (!known || known.count < event.count) byKind.set(event.kind, event);
  }
  return [...byKind.values()];
}

/** What a page with nothing but these dialog texts offers the detector. */
function dialogCandidates(dialogTexts: readonly string[]): PageCandidates {
  return prefilter({ title: '', lang: '', text: '', textChars: 0, telLinks: [], attrTexts: [], dialogTexts, behaviours: [] });
}

/**
 * The page's own report with what its frames saw added: behaviour, dialog texts, and what large
 * frames show. A kit can draw its whole alert in a frame that covers the page; the person reads
 * it as the page, at the page's address.
 */
function withFrames(candidates: PageCandidates, extras: FrameExtras): PageCandidates {
  const shown = extras.shown ?? [];
  if (extras.behaviours.length === 0 && extras.dialogTexts.length === 0 && shown.length === 0) return candidates;
  const fromFrames = [dialogCandidates(extras.dialogTexts), ...shown];
  return {
    ...candidates,
    phones: [...candidates.phones, ...fromFrames.flatMap((c) => c.phones)].slice(0, LIMITS.phones),
    snippets: [...candidates.snippets, ...fromFrames.flatMap((c) => c.snippets)].slice(0, LIMITS.snippets),
    behaviours: mergeBehaviours(candidates.behaviours, extras.behaviours),
  };
}

/** The level the tab now shows, and the verdict of this report (with its frames) on its own. */
interface Judged {
  level: VerdictLevel;
  verdict: Verdict;
}

/*
 * A page is read as soon as its body appears, before it is parsed: a fake alert is on screen long
 * before the parser is done when a script at the end of the body is slow to come. What such a read
 * finds is only the top of the page. A `scam` verdict from it is acted on at once, but a
 * `suspicious` one is provisional: a forum thread's title ("Is 1-888-… really Microsoft?") comes
 * before the replies that say it is a scam. The first report of the parsed document replaces a
 * provisional verdict, also with a lower one; from then on a verdict only rises. Nothing a page
 * does can make a report of a parsed document partial again (see `provisional` below), and a page
 * that removes its alert before it is parsed had not been read at all before this early read
 * existed.
 */
async function judge({ tabId, url, documentId, scanMs, quietScansMs = [], startedAt = 0, partial = false, candidates: own }: PageReport, now: number): Promise<Judged> {
  const frameReports = await getFrameReports(tabId);
  const candidates = withFrames(own, framesOf(frameReports, url, startedAt));
  const blocklist = await currentLookup();
  const verdict = detect({ candidates, url, ...(blocklist ? { blocklist } : {}) });
  const host = allowlistHost(url);
  const [allowlist, settings, previous] = await Promise.all([getAllowlist(), getSettings(), getTabState(tabId)]);
  const allowed = host !== null && allowlist.entries.some((entry) => entry.host === host);

  // A verdict only ever rises within one document: a page cannot clear itself by removing its
  // scam text, or by changing its address with the History API, once it was seen. The one
  // exception is a provisional verdict below `scam`, replaced by the first report of the parsed
  // document (see above).
  const sameDoc = previous?.documentId === documentId;
  const settles = sameDoc && previous.provisional === true && !partial && previous.verdict.level !== 'scam';
  const keepPrevious = sameDoc && !settles && RANK[previous.verdict.level] > RANK[verdict.level];
  const level = keepPrevious ? previous.verdict.level : verdict.level;
  const levelSince = sameDoc && previous.verdict.level === level ? previous.levelSince : now;
  // Once a report of the parsed document is in, the document's verdict is never provisional again.
  const provisional = partial && (!sameDoc || previous.provisional === true) && level !== 'scam';
  // A provisional `suspicious` does not take the person away from the page (with interruptOn
  // 'suspicious'); the parsed page decides.
  const block = !allowed && interrupts(level, settings.interruptOn) && !provisional;
  const state: TabState = {
    url,
    documentId,
    verdict: keepPrevious ? previous.verdict : verdict,
    allowed,
    blocked: block,
    updatedAt: now,
    levelSince,
    startedAt,
    ...(provisional ? { provisional } : {}),
    scanMs: [...(sameDoc ? previous.scanMs : []), ...(sameDoc ? quietScansMs : []), ...(scanMs === undefined ? [] : [scanMs])].slice(-SCANS_KEPT),
    candidates: own,
  };

  await setTabState(tabId, state);
  // A page reports several times as it loads (early, once parsed, after its load event): while
  // nothing a person sees changes, the browser is not asked again, as every call is work for it
  // in the middle of the page's loading. The address is compared too: a History API change may
  // reset the badge.
  const unchanged = sameDoc && previous.url === url && previous.verdict.level === level && previous.allowed === allowed && !previous.blocked;
  if (level === 'clean' && host && !unchanged) await rememberSafePage(tabId, url, host);
  if (!unchanged) await showBadge(tabId, state);
  if (block) {
    const dialogs = candidates.phones.some((p) => p.source === 'dialog') || candidates.behaviours.some((b) => b.kind === 'dialog-loop' || b.kind === 'auth-dialog');
    // A document already sent to the warning page is on its way there (the page often reports
    // again meanwhile: once parsed, after a dialog): sending it again would abort that navigation
    // and start it anew. Should it have started a dialog loop since, which holds navigations, the
    // tab is replaced sooner (see ensureLeft).
    if (!(sameDoc && previous.blocked)) await sendToWarning(tabId, url, dialogs, trappedFrames(frameReports, url, startedAt));
    else if (dialogs) setTimeout(() => void ensureLeft(tabId, warningPageUrl(url), url), LEAVE_WAIT_MS.dialogs);
  }
  return { level, verdict };
}

/** Judge the page a tab shows again, from its stored report, with what its frames have added since. */
function judgeAgain(tabId: number, state: TabState, candidates: PageCandidates, now: number): Promise<Judged> {
  return judge({ tabId, url: state.url, documentId: state.documentId, startedAt: state.startedAt ?? 0, partial: state.provisional ?? false, candidates }, now);
}

/** How long the page gets to disarm itself before the tab is taken away anyway. */
const DISARM_WAIT_MS = 250;

/**
 * The ids of the tab's frames, where the browser can list them (`webNavigation`, which the
 * Firefox build does without); null where it cannot.
 */
async function framesOfTab(tabId: number): Promise<number[] | null> {
  const list = browser.webNavigation?.getAllFrames;
  if (!list) return null;
  try {
    return ((await list({ tabId })) ?? []).map((frame) => frame.frameId);
  } catch {
    return null;
  }
}

/**
 * Ask the page's content script, and that of each of its frames, to disarm the lockwatch's traps
 * (fullscreen, keyboard lock, dialogs, "Leave site?"), so that nothing holds the tab when it is
 * sent to the warning page: a frame's own "Leave site?" would otherwise stop the navigation until
 * the tab is replaced. The command goes to every frame the browser lists, as a frame may have set
 * its trap just before the verdict, its report still on the way. Where the browser cannot list
 * frames (Firefox), it goes to all of them at once, and to each frame that reported a trap on its
 * own as well: a message to all frames settles with the first answer, and those frames' answers
 * are the ones worth waiting for. A frame with nothing to undo does not listen, and its refusal is
 * ignored. A page stuck in a dialog cannot answer: the
 * navigation closes the dialog, so we go on anyway.
 */
async function disarm(tabId: number, frames: readonly number[]): Promise<void> {
  const listed = await framesOfTab(tabId);
  const sends = [...new Set([0, ...frames, ...(listed ?? [])])].map((frameId) => browser.tabs.sendMessage(tabId, DISARM_MESSAGE, { frameId }));
  if (listed === null) sends.push(browser.tabs.sendMessage(tabId, DISARM_MESSAGE));
  await Promise.race([Promise.all(sends.map((sent) => sent.catch(() => undefined))), new Promise((resolve) => setTimeout(resolve, DISARM_WAIT_MS))]);
}

/**
 * How long a tab may take to leave a scam page before it is replaced by a new tab. A page that
 * opens dialogs gets the short wait, so that the person sees the warning within a second of the
 * verdict; any other page the long one, as a slow machine may take that long to switch pages.
 */
const LEAVE_WAIT_MS = { dialogs: 700, other: 4000 } as const;

async function sendToWarning(tabId: number, url: string, dialogs: boolean, frames: readonly number[]): Promise<void> {
  await disarm(tabId, frames);
  const warning = warningPageUrl(url);
  // Set first: the browser may refuse the navigation (a tab in the middle of a sign-in dialog or
  // an error page), and then the tab is replaced all the same.
  setTimeout(() => void ensureLeft(tabId, warning, url), dialogs ? LEAVE_WAIT_MS.dialogs : LEAVE_WAIT_MS.other);
  await browser.tabs.update(tabId, { url: warning, muted: true });
}

/** Tabs whose ensureLeft is running. */
const leaving = new Set<number>();

/**
 * A page that opens dialog after dialog from one script never lets the navigation commit: each
 * new dialog cancels it. Then the tab itself is replaced: the warning page opens in a new tab
 * at its place, and the trapped one is closed (closing ends its script).
 */
async function ensureLeft(tabId: number, warning: string, blockedUrl: string): Promise<void> {
  // A page in a dialog loop reports again and again, and each report with dialogs asks for a
  // check: two running at once could each open a replacement tab. One runs at a time per tab; one
  // asked for meanwhile would find the same tab in the same state, and is dropped.
  if (leaving.has(tabId)) return;
  leaving.add(tabId);
  try {
    await replaceIfStuck(tabId, warning, blockedUrl);
  } finally {
    leaving.delete(tabId);
  }
}

async function replaceIfStuck(tabId: number, warning: string, blockedUrl: string): Promise<void> {
  let tab: Browser.tabs.Tab;
  try {
    tab = await browser.tabs.get(tabId);
  } catch {
    return; // Closed meanwhile.
  }
  // Only a committed navigation counts: a dialog loop leaves the warning page pending forever.
  const url = tab.url ?? '';
  if (url.startsWith(warning.split('?')[0] ?? warning)) return;
  // The person has already left the warning page: "Back to safety" took the tab to another site,
  // or "Continue anyway" back to this one, now allowed. Their tab stays theirs.
  if (originOf(url) !== originOf(blockedUrl)) return;
  const host = allowlistHost(blockedUrl);
  if (host !== null && (await getAllowlist()).entries.some((entry) => entry.host === host)) return;
  const replacement = await browser.tabs.create({ url: warning, index: tab.index, windowId: tab.windowId, active: tab.active });
  if (replacement.id !== undefined) await moveTab(tabId, replacement.id);
  await browser.tabs.remove(tabId).catch(() => undefined);
}

/** The blocked address a warning page stands for, read from that page's own address. */
export function blockedUrlOfWarningPage(warningUrl: string): string | null {
  if (!warningUrl.startsWith(browser.runtime.getURL('/warning.html'))) return null;
  return new URL(warningUrl).searchParams.get('url');
}

/**
 * "Continue anyway": remember the blocked host and take the tab back to the page. The address
 * comes from the warning page's own URL, which only this extension can open (warning.html is not
 * web-accessible), so it also works after a browser restart has dropped the tab's state.
 */
export async function allowSite(tabId: number, url: string, warningUrl: string, now: number): Promise<void> {
  const blockedUrl = blockedUrlOfWarningPage(warningUrl);
  if (!blockedUrl || !sameDocument(blockedUrl, url)) throw new Error('no blocked page in this tab');
  const host = allowlistHost(blockedUrl);
  if (!host) throw new Error('this address cannot be allowed');
  await addToAllowlist(host, now);
  const state = await getTabState(tabId);
  if (state) await setTabState(tabId, { ...state, allowed: true, blocked: false, updatedAt: now });
  await browser.tabs.update(tabId, { url: blockedUrl, muted: false });
}

/** "Back to safety": the newest clean page of this tab on another host, or a new-tab page. */
export async function leaveWarning(tabId: number, warningUrl: string): Promise<void> {
  const [state, safePages] = await Promise.all([getTabState(tabId), getSafePages(tabId)]);
  const blockedUrl = blockedUrlOfWarningPage(warningUrl) ?? state?.url;
  const blockedHost = blockedUrl ? allowlistHost(blockedUrl) : null;
  // A scam page often looks clean for a moment before its script writes the alert, so its own
  // host is in the list too; skip it.
  const target = safePages.find((page) => page.host !== blockedHost)?.url;
  await clearTabState(tabId);
  await showBadge(tabId, null);
  if (target) {
    await browser.tabs.update(tabId, { url: target, muted: false });
    return;
  }
  try {
    await browser.tabs.update(tabId, { url: import.meta.env.FIREFOX ? 'about:home' : 'chrome://newtab/', muted: false });
  } catch {
    // Firefox refuses privileged addresses from extensions; an empty page is still out of the trap.
    await browser.tabs.update(tabId, { url: 'about:blank', muted: false });
  }
}

/**
 * What is known about the page a tab shows now. The stored state is the last page that reported:
 * once the tab shows a page of another origin (or a page we may not read) that has not reported
 * yet, it no longer applies. Within one origin the address can change without a new document
 * (History API), which must not clear a verdict; a real new document there reports itself. While
 * the tab shows our warning page, the state is the blocked page's.
 */
export function currentTabState(state: TabState | null, tabUrl: string | undefined): TabState | null {
  if (!state) return null;
  if (tabUrl?.startsWith(browser.runtime.getURL('/'))) return state;
  if (!tabUrl || originOf(tabUrl) !== originOf(state.url)) return null;
  return state;
}
