/**
 * The REST client: `getOctokit` with retries (5xx, network) and rate-limit handling. Every GitHub API
 * call of the Action goes through the modules of this directory.
 */
import { getOctokit } from '@actions/github';
import type { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL (GitHub Enterprise Server, or a test server). */
  baseUrl: string;
  log: (line: string) => void;
  /** A request that has not answered by then is aborted (and retried): a hung connection must not hang the job. */
  timeoutMs?: number;
}

export const REQUEST_TIMEOUT_MS = 60_000;

/** Retries 5xx and network errors (not 4xx); waits out primary and secondary rate limits a few times. */
export function createClient({
  token,
  baseUrl,
  log,
  timeoutMs = REQUEST_TIMEOUT_MS,
}: ClientOptions): GitHubClient {
  const client = getOctokit(
    token,
    {
      baseUrl,
      userAgent: 'kube-pairing-action',
      retry: { retries: 3 },
      throttle: {
        onRateLimit: waitOut('rate limit reached', log),
        onSecondaryRateLimit: waitOut('secondary rate limit', log),
      },
      log: { debug: () => {}, info: () => {}, warn: (m: string) => log(m), error: (m: string) => log(m) },
    },
    requestTimeout(timeoutMs),
    retry,
    throttling,
  );
  return client;
}

/**
 * Gives every attempt its own deadline. Registered before the retry plugin, so its hook sits inside
 * the retry loop: a retried request gets a fresh signal, not the one that already fired.
 */
function requestTimeout(timeoutMs: number) {
  return (octokit: Octokit): void => {
    octokit.hook.before('request', (options) => {
      options.request = { ...options.request, signal: AbortSignal.timeout(timeoutMs) };
    });
  };
}

/** An HTTP error from the client, with what GitHub said. */
export interface ApiError {
  status: number;
  message: string;
}

export function apiError(error: unknown): ApiError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  if (typeof status !== 'number') return undefined;
  const message = (error as { message?: unknown }).message;
  return { status, message: typeof message === 'string' ? message : `HTTP ${status}` };
}

/** A 403 "Resource not accessible by integration": the token may not write here (fork, Dependabot, permissions). */
export function isForbidden(error: unknown): boolean {
  const e = apiError(error);
  return e !== undefined && e.status === 403 && !/rate limit/i.test(e.message);
}

/** One line saying why a call failed, for the log and the summary. */
export function describeError(error: unknown): string {
  const e = apiError(error);
  if (e) return `HTTP ${e.status}: ${firstLine(e.message)}`;
  return firstLine(error instanceof Error ? error.message : String(error));
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? text).slice(0, 300);
}

/** Throttling handler: log, then wait and retry at most twice, and never for more than five minutes. */
function waitOut(what: string, log: (message: string) => void) {
  return (
    retryAfter: number,
    options: { method: string; url: string },
    _octokit: unknown,
    retryCount: number,
  ) => {
    log(`GitHub API ${what} on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
    return retryCount < 2 && retryAfter <= 300;
  };
}
