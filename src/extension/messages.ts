import * as z from 'zod/mini';
import { BehaviourEventSchema, BEHAVIOUR_KINDS, PageExtractSchema, type VerdictLevel } from '../core/detect/types';
import type { ListStatus } from './background/blocklist';
import type { TabState } from './storage-schema';

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
  /** What the content script read (the background completes it into candidates). */
  page: PageExtractSchema,
});
/** What a frame of the page saw (behaviour, dialog texts): a locker often works from a frame. */
export const ReportFrameSchema = z.object({
  type: z.literal('reportFrame'),
  behaviours: z.array(BehaviourEventSchema).check(z.maxLength(BEHAVIOUR_KINDS.length)),
  dialogTexts: z.array(z.string().check(z.maxLength(500))).check(z.maxLength(10)),
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

export const MessageSchema = z.discriminatedUnion('type', [
  ReportPageSchema,
  ReportFrameSchema,
  GetTabVerdictSchema,
  AllowSiteSchema,
  LeaveWarningSchema,
  GetListStatusSchema,
  UpdateListNowSchema,
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];

export interface Responses {
  reportPage: { level: VerdictLevel };
  reportFrame: { level: VerdictLevel | null };
  getTabVerdict: { state: TabState | null };
  allowSite: { ok: true };
  leaveWarning: { ok: true };
  getListStatus: { status: ListStatus };
  updateListNow: { status: ListStatus };
}

/** Which sender may send which message. */
const FROM_CONTENT: ReadonlySet<MessageType> = new Set(['reportPage', 'reportFrame']);

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
    if (message.type === 'reportPage' && sender.frameId !== 0) return { ok: false, error: 'reportPage only from the top frame' };
    if (message.type === 'reportFrame' && !(typeof sender.frameId === 'number' && sender.frameId > 0)) return { ok: false, error: 'reportFrame only from a frame' };
  } else if (!fromOwnPage) {
    return { ok: false, error: `${message.type} only from extension pages` };
  }
  return { ok: true, message, tabId: sender.tab?.id };
}
