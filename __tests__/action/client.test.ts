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
): Promise<{ url: string; hits: () => number }> {
  let hits = 0;
  const server = createServer((req, res) => {
    const step = script[Math.min(hits++, script.length - 1)];
    if (step === 'hang' || step === undefined) return; // never answers
    res.writeHead(step.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(step.body));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits: () => hits };
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
});
