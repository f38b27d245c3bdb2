import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { type ReportAccepted, ReportIdSchema, REPORT_LIMITS, ReportSchema } from '../core/report';
import { AcceptBodySchema, ADMIN_PATH, type AggregateList, type DecisionResult, GroupBySchema, HEALTH_PATH, RejectBodySchema, type ReportList, REPORTS_PATH, type ReportState, ReportStateSchema } from './api';
import { type BucketRule, RateLimiter } from './rate-limit';
import type { ReportStore } from './store';
import { TokenCheck } from './token';

/*
 * The HTTP API. Public: POST /v1/reports (extensions send reports) and GET /v1/health. Behind
 * the maintainer token: /v1/admin/… (reports by state, groups by host and by number, accept,
 * reject). Every answer is JSON, every refusal says why in `error`. The service stores what it
 * is sent and never fetches a reported address: a report must not make it visit a scam page.
 */

export interface Limits {
  /** Every request of one client (its address). */
  perClient: BucketRule;
  /** Reports from everyone together. */
  reports: BucketRule;
}

export const DEFAULT_LIMITS: Limits = {
  // A person sends a report now and then; an outbox retries a few. 60 at once, then 1 a second.
  perClient: { perSecond: 1, burst: 60 },
  reports: { perSecond: 500, burst: 1000 },
};

export interface AppOptions {
  store: ReportStore;
  /** The maintainer token; without one the maintainer API answers 503. */
  token?: string | undefined;
  limits?: Partial<Limits>;
  /** Take the client's address from X-Forwarded-For (only behind a proxy that sets it). */
  trustProxy?: boolean;
  now?: () => Date;
  log?: (line: string) => void;
}

const EXTENSION_ORIGIN_RE = /^(chrome-extension|moz-extension|extension):\/\/[A-Za-z0-9-]{1,64}$/;
export const isExtensionOrigin = (origin: string) => EXTENSION_ORIGIN_RE.test(origin);

type Issue = { path: readonly PropertyKey[]; message: string; code?: string; expected?: unknown; maximum?: unknown; minimum?: unknown; values?: readonly unknown[]; format?: string };

/** zod/mini carries no message texts (they would bloat the extension): say it from the issue. */
function issueText(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${String(issue.expected)}`;
    case 'too_big':
      return `too big or too long (at most ${String(issue.maximum)})`;
    case 'too_small':
      return `too small or too short (at least ${String(issue.minimum)})`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex' ? 'not in the expected form' : `not a valid ${String(issue.format)}`;
    case 'invalid_union':
      return 'not any of the accepted forms';
    default:
      return issue.message;
  }
}

/** "verdict.signals.0.weight: too big (at most 1000)" — the first few issues, one clause each. */
export function describeIssues(issues: readonly Issue[]): string {
  const described = issues.slice(0, 10).map((issue) => `${issue.path.length ? issue.path.map(String).join('.') : '(body)'}: ${issueText(issue)}`);
  return `${described.join('; ')}${issues.length > 10 ? `; and ${issues.length - 10} more` : ''}`;
}

const refuse = (c: Context, status: 400 | 401 | 403 | 404 | 413 | 415 | 422 | 429 | 503, error: string) => c.json({ error }, status);

export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const perClient = new RateLimiter(limits.perClient);
  const reports = new RateLimiter(limits.reports);
  const tokenCheck = options.token ? new TokenCheck(options.token) : null;

  const clientOf = (c: Context): string => {
    if (options.trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      // app.request() in tests has no socket
      return 'unknown';
    }
  };

  const limited = (c: Context, take: ReturnType<RateLimiter['take']>, who: string) => {
    if (take.ok) return null;
    c.header('Retry-After', String(take.retryAfterSeconds));
    return refuse(c, 429, `Too many requests ${who}; try again in ${take.retryAfterSeconds} s.`);
  };

  const app = new Hono();

  app.onError((error, c) => {
    log(`error on ${c.req.method} ${c.req.path}: ${error instanceof Error ? error.message : String(error)}`);
    return c.json({ error: 'The service failed to handle this request; nothing was stored. Try again later.' }, 500);
  });
  app.notFound((c) => refuse(c, 404, `No such endpoint: ${c.req.method} ${c.req.path}.`));

  app.use('*', async (c, next) => {
    const refused = limited(c, perClient.take(clientOf(c)), 'from this address');
    if (refused) return refused;
    await next();
  });

  // Extensions call these from their own origin; web pages get no CORS answer at all.
  const extensionCors = cors({
    origin: (origin) => (isExtensionOrigin(origin) ? origin : null),
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type'],
    maxAge: 600,
  });
  app.use(REPORTS_PATH, extensionCors);
  app.use(HEALTH_PATH, extensionCors);

  app.get(HEALTH_PATH, (c) => c.json({ status: 'ok' }));

  app.post(
    REPORTS_PATH,
    async (c, next) => {
      // A page's script could post reports in a visitor's name: only extensions may.
      const origin = c.req.header('origin');
      if (origin && !isExtensionOrigin(origin)) return refuse(c, 403, `Reports are accepted from browser extensions only, not from ${origin.slice(0, 100)}.`);
      const refused = limited(c, reports.take('all'), 'to this service');
      if (refused) return refused;
      if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? '')) return refuse(c, 415, 'Send the report as application/json.');
      await next();
    },
    bodyLimit({ maxSize: REPORT_LIMITS.bodyBytes, onError: (c) => refuse(c, 413, `The report is larger than ${REPORT_LIMITS.bodyBytes} bytes.`) }),
    async (c) => {
      let body: unknown;
      try {
        body = JSON.parse(await c.req.text());
      } catch (error) {
        return refuse(c, 400, `The body is not valid JSON: ${(error as Error).message.slice(0, 200)}`);
      }
      const parsed = ReportSchema.safeParse(body);
      if (!parsed.success) return refuse(c, 422, `The report does not match the report schema: ${describeIssues(parsed.error.issues)}`);
      // A retry of a report already held stores nothing and gets the same answer.
      await store.add(parsed.data, now());
      return c.json({ id: parsed.data.id, status: 'accepted' } satisfies ReportAccepted, 202);
    },
  );

  const admin = new Hono();
  const requireToken: MiddlewareHandler = async (c, next) => {
    if (!tokenCheck) return refuse(c, 503, 'The maintainer API is off: start the service with HANGUP_MAINTAINER_TOKEN set or with --token-file FILE.');
    if (!tokenCheck.matches(c.req.header('authorization'))) {
      c.header('WWW-Authenticate', 'Bearer realm="hangup-maintainers"');
      return refuse(c, 401, 'A valid maintainer token is required (Authorization: Bearer TOKEN).');
    }
    await next();
  };
  admin.use('*', requireToken);

  const queryOf = (c: Context): { state: ReportState | undefined; limit: number | undefined } | { error: string } => {
    const state = c.req.query('state');
    let parsedState: ReportState | undefined;
    if (state !== undefined) {
      const parsed = ReportStateSchema.safeParse(state);
      if (!parsed.success) return { error: `state must be new, accepted or rejected, not "${state.slice(0, 40)}".` };
      parsedState = parsed.data;
    }
    const limitText = c.req.query('limit');
    const limit = limitText === undefined ? undefined : Number(limitText);
    if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) return { error: 'limit must be a positive whole number.' };
    return { state: parsedState, limit };
  };

  admin.get('/reports', async (c) => {
    const query = queryOf(c);
    if ('error' in query) return refuse(c, 400, query.error);
    return c.json((await store.list(query)) satisfies ReportList);
  });

  admin.get('/aggregates', async (c) => {
    const by = GroupBySchema.safeParse(c.req.query('by'));
    if (!by.success) return refuse(c, 400, 'by must be host or number.');
    const query = queryOf(c);
    if ('error' in query) return refuse(c, 400, query.error);
    return c.json({ by: by.data, groups: await store.aggregate(by.data, query) } satisfies AggregateList);
  });

  const reportId = (c: Context) => {
    const id = ReportIdSchema.safeParse(c.req.param('id'));
    return id.success ? id.data : null;
  };

  admin.get('/reports/:id', async (c) => {
    const id = reportId(c);
    const report = id && (await store.get(id));
    if (!report) return refuse(c, 404, `There is no report ${c.req.param('id')?.slice(0, 64)}.`);
    return c.json(report);
  });

  const jsonBody = async (c: Context): Promise<unknown> => {
    const text = await c.req.text();
    if (text.trim() === '') return {};
    return JSON.parse(text);
  };

  admin.post('/reports/:id/accept', bodyLimit({ maxSize: 4096 }), async (c) => {
    const id = reportId(c);
    if (!id) return refuse(c, 404, `There is no report ${c.req.param('id')?.slice(0, 64)}.`);
    let body;
    try {
      body = AcceptBodySchema.safeParse(await jsonBody(c));
    } catch {
      return refuse(c, 400, 'The body is not valid JSON.');
    }
    if (!body.success) return refuse(c, 422, `expires must be a date (YYYY-MM-DD): ${describeIssues(body.error.issues)}`);
    const expires = body.data.expires;
    if (expires !== undefined && Number.isNaN(Date.parse(`${expires}T00:00:00Z`))) return refuse(c, 422, `expires ${expires} is not a date.`);
    const result = await store.decide(id, { state: 'accepted', expires }, now());
    if (!result) return refuse(c, 404, `There is no report ${id}.`);
    log(`report ${id} accepted (was ${result.previousState})`);
    return c.json(result satisfies DecisionResult);
  });

  admin.post('/reports/:id/reject', bodyLimit({ maxSize: 4096 }), async (c) => {
    const id = reportId(c);
    if (!id) return refuse(c, 404, `There is no report ${c.req.param('id')?.slice(0, 64)}.`);
    let body;
    try {
      body = RejectBodySchema.safeParse(await jsonBody(c));
    } catch {
      return refuse(c, 400, 'The body is not valid JSON.');
    }
    if (!body.success) return refuse(c, 422, `why must be text of at most 1000 characters: ${describeIssues(body.error.issues)}`);
    const result = await store.decide(id, { state: 'rejected', note: body.data.why }, now());
    if (!result) return refuse(c, 404, `There is no report ${id}.`);
    log(`report ${id} rejected (was ${result.previousState})`);
    return c.json(result satisfies DecisionResult);
  });

  app.route(ADMIN_PATH, admin);
  return app;
}
