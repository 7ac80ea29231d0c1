// Failures a test queues on a route: each queued fault answers one request, in order; once the queue
// is empty the route behaves normally again. Bodies and headers copy what GitHub sends.

export type Fault =
  | {
      kind: 'respond';
      status: number;
      body: unknown;
      headers?: Record<string, string>;
      /** Perform the request first, then fail it: a 502 that GitHub had already acted on. */
      afterApplying?: boolean;
    }
  /** Wait, then answer normally. */
  | { kind: 'delay'; ms: number }
  /** Never answer: for client timeouts. */
  | { kind: 'hang' }
  /** Drop the connection without a response. */
  | { kind: 'reset' };

function respond(status: number, body: unknown, headers?: Record<string, string>): Fault {
  return { kind: 'respond', status, body, ...(headers ? { headers } : {}) };
}

const json = (status: number, message: string, docs = 'https://docs.github.com/rest') => ({
  message,
  documentation_url: docs,
  status: String(status),
});

export const faults = {
  status: (
    status: number,
    body: unknown = json(status, 'Injected failure'),
    headers?: Record<string, string>,
  ) => respond(status, body, headers),
  serverError: () => respond(500, { message: 'Server Error' }),
  /** GitHub's front end answers 502 with an HTML page, not JSON. */
  badGateway: (options: { afterApplying?: boolean } = {}): Fault => ({
    kind: 'respond',
    status: 502,
    body: '<!DOCTYPE html><html><head><title>Unicorn! · GitHub</title></head><body>No server is currently available to service your request.</body></html>',
    headers: { 'content-type': 'text/html; charset=utf-8' },
    ...(options.afterApplying ? { afterApplying: true } : {}),
  }),
  serviceUnavailable: () => respond(503, json(503, 'Service Unavailable')),
  unauthorized: () => respond(401, json(401, 'Bad credentials')),
  notFound: () => respond(404, json(404, 'Not Found')),
  /** 403 with `retry-after`: @octokit/plugin-throttling recognises it by the "secondary rate" wording. */
  secondaryRateLimit: (retryAfterSeconds = 1) =>
    respond(
      403,
      json(
        403,
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
        'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      ),
      { 'retry-after': String(retryAfterSeconds) },
    ),
  /** GitHub may also answer a secondary limit with 429. */
  tooManyRequests: (retryAfterSeconds = 1) =>
    respond(
      429,
      json(
        429,
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      ),
      { 'retry-after': String(retryAfterSeconds) },
    ),
  /** Primary limit: 403, `x-ratelimit-remaining: 0` and the reset time in epoch seconds. */
  rateLimit: (resetInSeconds = 1) =>
    respond(
      403,
      json(
        403,
        'API rate limit exceeded for installation ID 12345678.',
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit',
      ),
      {
        'x-ratelimit-limit': '1000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '1000',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + resetInSeconds),
        'x-ratelimit-resource': 'core',
      },
    ),
  delay: (ms: number): Fault => ({ kind: 'delay', ms }),
  hang: (): Fault => ({ kind: 'hang' }),
  reset: (): Fault => ({ kind: 'reset' }),
};
