/**
 * The REST client: `getOctokit` with retries (5xx, network) and rate-limit handling. Every GitHub API
 * call of the Action goes through the modules of this directory.
 */
import { getOctokit } from '@actions/github';
import type { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL (GitHub Enterprise Server, or a test server). */
  baseUrl: string;
  log: (line: string) => void;
  /** A request that has not answered by then is aborted (and retried): a hung connection must not hang the job. */
  timeoutMs?: number;
  /**
   * Retries wait 1, 4, 9 times this; `retry-after` seconds count as this many milliseconds each; writes
   * are spaced by this much, and writes that notify people by three times this (the throttling plugin's
   * spacing, after GitHub's advice of one second between mutative requests).
   */
  retryBaseMs?: number;
}

export const REQUEST_TIMEOUT_MS = 60_000;
export const RETRY_BASE_MS = 1000;

/**
 * Timing knobs from the environment, for tests (and slow GitHub Enterprise servers):
 * KUBE_PAIRING_API_TIMEOUT_MS (per attempt, default 60000) and KUBE_PAIRING_RETRY_BASE_MS (default 1000).
 */
export function apiTimingFromEnv(env: NodeJS.ProcessEnv): { timeoutMs: number; retryBaseMs: number } {
  const read = (name: string, fallback: number): number => {
    const value = Number(env[name]);
    return env[name] !== undefined && env[name] !== '' && Number.isFinite(value) && value >= 0
      ? value
      : fallback;
  };
  return {
    timeoutMs: read('KUBE_PAIRING_API_TIMEOUT_MS', REQUEST_TIMEOUT_MS),
    retryBaseMs: read('KUBE_PAIRING_RETRY_BASE_MS', RETRY_BASE_MS),
  };
}

/** Retries 5xx and network errors (not 4xx); waits out primary and secondary rate limits a few times. */
export function createClient({
  token,
  baseUrl,
  log,
  timeoutMs = REQUEST_TIMEOUT_MS,
  retryBaseMs = RETRY_BASE_MS,
}: ClientOptions): GitHubClient {
  const client = getOctokit(
    token,
    {
      baseUrl,
      userAgent: 'kube-pairing-action',
      retry: { retries: 3, retryAfterBaseValue: retryBaseMs },
      throttle: {
        retryAfterBaseValue: retryBaseMs,
        // The plugin's own groups for writes (one at a time, 1 s apart) and for writes that notify people
        // (reviews, comments: 3 s apart), with the spacing scaled like the other waits: the plugin's
        // defaults unless KUBE_PAIRING_RETRY_BASE_MS is set.
        write: new Bottleneck.Group({ id: 'octokit-write', maxConcurrent: 1, minTime: retryBaseMs }),
        notifications: new Bottleneck.Group({
          id: 'octokit-notifications',
          maxConcurrent: 1,
          minTime: 3 * retryBaseMs,
        }),
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
  // octokit reports a request that got no answer (timeout, dropped connection) as a status 500 without
  // a response: say what happened instead of an HTTP status GitHub never sent.
  const answered = typeof error === 'object' && error !== null && 'response' in error && error.response;
  if (e && answered) return `HTTP ${e.status}: ${firstLine(readable(e.message))}`;
  const message = error instanceof Error ? error.message : String(error);
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError' || /aborted due to timeout|timed? ?out/i.test(message))
    return 'no answer from the GitHub API in time (the request timed out)';
  if (e) return `no answer from the GitHub API (${firstLine(readable(message))})`;
  return firstLine(readable(message));
}

/** GitHub's front end answers some errors (502, 504) with an HTML page: keep its title and text. */
function readable(message: string): string {
  if (!/^\s*</.test(message)) return message;
  const text = message
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? 'an HTML error page' : `an HTML error page: ${text}`;
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

export interface CreateOnceOptions<T> {
  /** What is being created, for the log: "creating the review". */
  what: string;
  /** Sends the request once, without the retry plugin (`request: { retries: 0 }`). */
  create: () => Promise<T>;
  /** Looks for what an earlier attempt may have stored, by the one-time mark it carried. */
  find: () => Promise<T | undefined>;
  log: (line: string) => void;
  /** Waits before looking are 1, 4 times this (default 1000 ms). */
  retryBaseMs?: number;
}

const CREATE_ATTEMPTS = 3;

/**
 * Creating a review or a check run is not idempotent: a 5xx (or a lost answer) may come after GitHub
 * stored the object, and sending again would make a second one. So such a request is not retried
 * blindly: after a server error, wait, look for the object by the one-time mark the request carried,
 * and send again only when it is not there (three attempts in all). A 4xx is thrown at once; when the
 * look-up itself fails, the creation's error is (sending again could double the object).
 */
export async function createOnce<T>(options: CreateOnceOptions<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await options.create();
    } catch (error) {
      const status = apiError(error)?.status;
      if (attempt >= CREATE_ATTEMPTS || (status !== undefined && status < 500)) throw error;
      options.log(
        `${options.what}: ${describeError(error)}; checking whether GitHub stored it before retrying`,
      );
      await sleep((options.retryBaseMs ?? RETRY_BASE_MS) * attempt * attempt);
      let stored: T | undefined;
      try {
        stored = await options.find();
      } catch (lookup) {
        options.log(`could not check whether GitHub stored it (${describeError(lookup)}): not retrying`);
        throw error;
      }
      if (stored !== undefined) return stored;
    }
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
