import * as z from 'zod/mini';
import { BehaviourEventSchema, BEHAVIOUR_KINDS, PageExtractSchema, type VerdictLevel } from '../core/detect/types';
import { type Report, REPORT_LIMITS, ReportIdSchema, ReportKindSchema, ReportSchema } from '../core/report';
import type { OutboxEntry } from './outbox-schema';
import type { ListStatus } from './background/blocklist';
import type { AddSubscriptionError, SubscriptionView } from './background/subscriptions';
import type { TabState } from './storage-schema';
import { SubscriptionFormatSchema, SubscriptionIdSchema } from './storage-schema';

/*
 * The one message protocol of the extension. Names are verbNoun. Every message is parsed here,
 * in the background, before anything acts on it, and its sender is checked: page facts only from
 * our content script in a tab, everything else only from our own extension pages.
 */

export const ReportPageSchema = z.object({
  type: z.literal('reportPage'),
  documentId: z.string().check(z.minLength(8), z.maxLength(64)),
  /** Main-thread time the content script spent on this scan (for the benchmarks and the popup). */
  scanMs: z.number().check(z.nonnegative(), z.maximum(600_000)),
  /** Main-thread time of the rescans since the last report that found nothing new. */
  quietScansMs: z.optional(z.array(z.number().check(z.nonnegative(), z.maximum(600_000))).check(z.maxLength(50))),
  /** When this document started (performance.timeOrigin): its frames started later. */
  startedAt: z.number().check(z.nonnegative()),
  /**
   * The document was still being parsed when it was read: the verdict is provisional (see
   * judge in tab-verdicts.ts) until a report of the parsed document comes.
   */
  partial: z.optional(z.boolean()),
  /** What the content script read (the background completes it into candidates). */
  page: PageExtractSchema,
});
/**
 * Main-thread time of rescans that found nothing new and so sent no report (for the benchmarks
 * and the popup: without them the cheap rescans would be missing from the figures).
 */
export const ReportScanTimesSchema = z.object({
  type: z.literal('reportScanTimes'),
  documentId: z.string().check(z.minLength(8), z.maxLength(64)),
  scanMs: z.array(z.number().check(z.nonnegative(), z.maximum(600_000))).check(z.minLength(1), z.maxLength(50)),
});
/** What a frame of the page saw (behaviour, dialog texts): a locker often works from a frame. */
export const ReportFrameSchema = z.object({
  type: z.literal('reportFrame'),
  /** When the frame's document started (performance.timeOrigin). */
  startedAt: z.number().check(z.nonnegative()),
  behaviours: z.array(BehaviourEventSchema).check(z.maxLength(BEHAVIOUR_KINDS.length)),
  dialogTexts: z.array(z.string().check(z.maxLength(500))).check(z.maxLength(10)),
  /** What the frame shows, from frames that cover much of the screen (see frame-report.ts). */
  page: z.optional(PageExtractSchema),
});
export const GetTabVerdictSchema = z.object({
  type: z.literal('getTabVerdict'),
  tabId: z.number().check(z.int(), z.nonnegative()),
});
export const AllowSiteSchema = z.object({
  type: z.literal('allowSite'),
  /** The blocked address the person chose to continue to; must match the tab's blocked page. */
  url: z.string().check(z.maxLength(8192)),
});
export const LeaveWarningSchema = z.object({ type: z.literal('leaveWarning') });
/** The options page asks how the maintained list is doing, or asks for an update now. */
export const GetListStatusSchema = z.object({ type: z.literal('getListStatus') });
export const UpdateListNowSchema = z.object({ type: z.literal('updateListNow') });
/** The options page shows, adds, switches, removes and refreshes third-party list subscriptions. */
export const GetSubscriptionsSchema = z.object({ type: z.literal('getSubscriptions') });
export const AddSubscriptionSchema = z.object({
  type: z.literal('addSubscription'),
  /** Checked in the background, so that a wrong address gets an answer in plain words. */
  url: z.string().check(z.maxLength(4096)),
  format: SubscriptionFormatSchema,
});
export const SetSubscriptionEnabledSchema = z.object({ type: z.literal('setSubscriptionEnabled'), id: SubscriptionIdSchema, enabled: z.boolean() });
export const RemoveSubscriptionSchema = z.object({ type: z.literal('removeSubscription'), id: SubscriptionIdSchema });
export const UpdateSubscriptionsNowSchema = z.object({ type: z.literal('updateSubscriptionsNow') });
/** The report that would be sent about a tab's page, for the person to see before sending. */
export const PreviewReportSchema = z.object({
  type: z.literal('previewReport'),
  tabId: z.number().check(z.int(), z.nonnegative()),
  kind: ReportKindSchema,
  // Longer than a report takes: the preview shows the comment as it will be cut.
  comment: z.optional(z.string().check(z.maxLength(REPORT_LIMITS.commentChars * 4))),
});
/** The person sends a report they have seen: it is queued in the outbox and sent at once. */
export const SendReportSchema = z.object({ type: z.literal('sendReport'), report: ReportSchema });
export const GetOutboxSchema = z.object({ type: z.literal('getOutbox') });
/** Send every waiting report now, refused ones too (the person asked). */
export const RetryReportsSchema = z.object({ type: z.literal('retryReports') });
export const DeleteReportSchema = z.object({ type: z.literal('deleteReport'), id: ReportIdSchema });

export const MessageSchema = z.discriminatedUnion('type', [
  ReportPageSchema,
  ReportScanTimesSchema,
  ReportFrameSchema,
  GetTabVerdictSchema,
  AllowSiteSchema,
  LeaveWarningSchema,
  GetListStatusSchema,
  UpdateListNowSchema,
  GetSubscriptionsSchema,
  AddSubscriptionSchema,
  SetSubscriptionEnabledSchema,
  RemoveSubscriptionSchema,
  UpdateSubscriptionsNowSchema,
  PreviewReportSchema,
  SendReportSchema,
  GetOutboxSchema,
  RetryReportsSchema,
  DeleteReportSchema,
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];

export interface Responses {
  /** `readLabels`: the page shows something a scam shows; read its labels and tel: links too. */
  reportPage: { level: VerdictLevel; readLabels?: boolean };
  reportScanTimes: { ok: true };
  reportFrame: { level: VerdictLevel | null };
  getTabVerdict: { state: TabState | null };
  allowSite: { ok: true };
  leaveWarning: { ok: true };
  getListStatus: { status: ListStatus };
  updateListNow: { status: ListStatus };
  getSubscriptions: { subscriptions: SubscriptionView[] };
  addSubscription: { subscriptions: SubscriptionView[]; error?: AddSubscriptionError };
  setSubscriptionEnabled: { subscriptions: SubscriptionView[] };
  removeSubscription: { subscriptions: SubscriptionView[] };
  updateSubscriptionsNow: { subscriptions: SubscriptionView[] };
  previewReport: { report: Report };
  sendReport: { entry: OutboxEntry };
  /** `address`: where reports go ('' when none is set). */
  getOutbox: { entries: OutboxEntry[]; address: string };
  retryReports: { entries: OutboxEntry[]; address: string };
  deleteReport: { entries: OutboxEntry[]; address: string };
}

/** Which sender may send which message. */
const FROM_CONTENT: ReadonlySet<MessageType> = new Set(['reportPage', 'reportScanTimes', 'reportFrame']);

export interface SenderFacts {
  /** Extension id of the sender. */
  id?: string | undefined;
  /** Address of the sending document. */
  url?: string | undefined;
  tab?: { id?: number | undefined } | undefined;
  frameId?: number | undefined;
}

export type Parsed =
  | { ok: true; message: Message; tabId: number | undefined }
  | { ok: false; error: string };

/**
 * Parse a raw message and check its sender. `ownId` is our extension id and `ownOrigin` the
 * origin of our pages (`chrome-extension://<id>/`).
 */
export function parseMessage(raw: unknown, sender: SenderFacts, ownId: string, ownOrigin: string): Parsed {
  if (sender.id !== ownId) return { ok: false, error: 'message from another extension' };
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'malformed message' };
  const message = parsed.data;
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
  if (FROM_CONTENT.has(message.type)) {
    if (fromOwnPage || sender.tab?.id === undefined) return { ok: false, error: `${message.type} only from a tab` };
    // Only the top frame decides what a tab is; frames come with the detection-engine work.
    if ((message.type === 'reportPage' || message.type === 'reportScanTimes') && sender.frameId !== 0) return { ok: false, error: `${message.type} only from the top frame` };
    if (message.type === 'reportFrame' && !(typeof sender.frameId === 'number' && sender.frameId > 0)) return { ok: false, error: 'reportFrame only from a frame' };
  } else if (!fromOwnPage) {
    return { ok: false, error: `${message.type} only from extension pages` };
  }
  return { ok: true, message, tabId: sender.tab?.id };
}
