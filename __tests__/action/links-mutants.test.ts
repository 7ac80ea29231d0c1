/** src/action/links.ts: the blob link of a finding (mutation testing, docs/testing.md). */
import { describe, expect, it } from 'vitest';
import type { LinkContext } from '../../src/action/links.js';
import { blobUrl } from '../../src/action/links.js';

const ctx: LinkContext = { serverUrl: 'https://ghe.example.com', repository: 'octo/app', sha: 'abc123' };
const BASE = 'https://ghe.example.com/octo/app/blob/abc123';

describe('blobUrl', () => {
  it('no line: the file, no anchor', () => {
    expect(blobUrl(ctx, 'k8s/svc.yaml')).toBe(`${BASE}/k8s/svc.yaml`);
    expect(blobUrl(ctx, 'k8s/svc.yaml', undefined, 9)).toBe(`${BASE}/k8s/svc.yaml`);
  });

  it('one line, or a range when it ends after it starts', () => {
    expect(blobUrl(ctx, 'svc.yaml', 5)).toBe(`${BASE}/svc.yaml#L5`);
    expect(blobUrl(ctx, 'svc.yaml', 5, 5)).toBe(`${BASE}/svc.yaml#L5`);
    expect(blobUrl(ctx, 'svc.yaml', 5, 4)).toBe(`${BASE}/svc.yaml#L5`);
    expect(blobUrl(ctx, 'svc.yaml', 5, 6)).toBe(`${BASE}/svc.yaml#L5-L6`);
    expect(blobUrl(ctx, 'svc.yaml', 1, 12)).toBe(`${BASE}/svc.yaml#L1-L12`);
  });

  it("each path segment is encoded, with ! ' ( ) * too (upper-case hex), the slashes kept", () => {
    expect(blobUrl(ctx, "a b/it's (1)!*/#x?.yaml", 3)).toBe(
      `${BASE}/a%20b/it%27s%20%281%29%21%2A/%23x%3F.yaml#L3`,
    );
    expect(blobUrl(ctx, 'deploy/é.yaml')).toBe(`${BASE}/deploy/%C3%A9.yaml`);
  });
});
