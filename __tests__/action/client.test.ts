import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient, describeError, isForbidden } from '../../src/github/client.js';

const servers: { close(): void; closeAllConnections(): void }[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
});

/** A real local HTTP server answering each request with the next behaviour of `script`. */
async function serve(
  script: ('hang' | { status: number; body: unknown })[],
): Promise<{ url: string; hits: () => number; times: number[] }> {
  let hits = 0;
  const times: number[] = [];
  const server = createServer((req, res) => {
    times.push(performance.now());
    const step = script[Math.min(hits++, script.length - 1)];
    if (step === 'hang' || step === undefined) return; // never answers
    res.writeHead(step.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(step.body));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits: () => hits, times };
}

const log: string[] = [];

describe('createClient', () => {
  it('aborts a request that hangs and retries it', async () => {
    const api = await serve(['hang', { status: 200, body: { number: 1 } }]);
    const client = createClient({ token: 't', baseUrl: api.url, log: (l) => log.push(l), timeoutMs: 300 });
    const { data } = await client.rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 1 });
    expect(data).toEqual({ number: 1 });
    expect(api.hits()).toBe(2);
  }, 20_000);

  it('does not retry a 403 and recognises it as a read-only token', async () => {
    const api = await serve([{ status: 403, body: { message: 'Resource not accessible by integration' } }]);
    const client = createClient({ token: 't', baseUrl: api.url, log: (l) => log.push(l) });
    const error = await client.rest.pulls
      .createReview({ owner: 'o', repo: 'r', pull_number: 1, event: 'COMMENT', body: 'x' })
      .catch((e: unknown) => e);
    expect(isForbidden(error)).toBe(true);
    expect(describeError(error)).toBe('HTTP 403: Resource not accessible by integration');
    expect(api.hits()).toBe(1);
  });

  // GitHub asks for at least a second between mutative requests; the throttling plugin spaces writes by
  // 1 s and writes that notify people (reviews, comments) by 3 s. The client keeps that by default, and
  // KUBE_PAIRING_RETRY_BASE_MS (retryBaseMs) scales it for the tests. Lower bounds only, with a margin:
  // the plugin spaces the starts of the requests, and a loaded machine delays an arrival at the server
  // more than the next one.
  it('spaces writes 1 s apart by default, and by retryBaseMs when it is set', async () => {
    const api = await serve([{ status: 200, body: { id: 1 } }]);
    const client = createClient({ token: 't', baseUrl: api.url, log: (l) => log.push(l) });
    for (const name of ['a', 'b'])
      await client.rest.checks.create({ owner: 'o', repo: 'r', name, head_sha: 'c'.repeat(40) });
    const [first, second] = api.times;
    expect(second! - first!).toBeGreaterThanOrEqual(800);

    const fast = await serve([{ status: 200, body: { id: 1 } }]);
    const scaled = createClient({ token: 't', baseUrl: fast.url, log: (l) => log.push(l), retryBaseMs: 200 });
    for (const name of ['a', 'b', 'c'])
      await scaled.rest.checks.create({ owner: 'o', repo: 'r', name, head_sha: 'c'.repeat(40) });
    const gaps = fast.times.slice(1).map((t, i) => t - fast.times[i]!);
    expect(gaps.filter((gap) => gap < 100)).toEqual([]);
  });

  it('spaces reviews (writes that notify) 3 × retryBaseMs apart', async () => {
    const api = await serve([{ status: 200, body: { id: 1 } }]);
    const client = createClient({ token: 't', baseUrl: api.url, log: (l) => log.push(l), retryBaseMs: 200 });
    for (const body of ['a', 'b'])
      await client.rest.pulls.createReview({ owner: 'o', repo: 'r', pull_number: 1, event: 'COMMENT', body });
    const [first, second] = api.times;
    expect(second! - first!).toBeGreaterThanOrEqual(400);
  });
});
