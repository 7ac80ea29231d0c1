import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkManifests } from '../src/check.js';
import { analyzeTexts } from '../src/engine/analyze.js';
import { MAX_ENDPOINTS_PER_SLICE, migrateEndpoints } from '../src/engine/migrate.js';
import { ALL_RULES } from '../src/rules/index.js';
import { REPO } from './helpers/cli.js';
import { dedent } from './helpers/rule-tester.js';

/**
 * Golden test of the EndpointSlice migration: for each directory, the migration of its Endpoints is compared to
 * a checked-in file (regenerate with UPDATE_GOLDEN=1), then pasted in place of the Endpoints and the whole
 * directory is checked again with every rule: no warning or error may remain.
 */
const CASES = [
  { name: 'etcd-endpoints', dir: 'examples/etcd-endpoints' },
  { name: 'kustomize', dir: 'examples/kustomize' },
  { name: 'dual-stack', dir: '__tests__/fixtures/migration/dual-stack' },
];
const GOLDEN = path.join(REPO, '__tests__/golden/migration');

describe('EndpointSlice migration: golden files, re-checked', () => {
  it.each(CASES)('$name', async ({ name, dir }) => {
    const cwd = path.join(REPO, dir);
    const before = await checkManifests({ cwd, patterns: ['.'], rules: ALL_RULES });
    expect(before.index.endpoints.length).toBeGreaterThan(0);

    const byFile = new Map<string, string[]>();
    for (const endpoints of before.index.endpoints) {
      const file = endpoints.resource.object.file.path;
      byFile.set(file, [...(byFile.get(file) ?? []), migrateEndpoints(endpoints).yaml]);
    }
    const all = [...byFile.values()].flat().join('---\n');
    const goldenFile = path.join(GOLDEN, `${name}.yaml`);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenFile, all);
    expect(all).toBe(readFileSync(goldenFile, 'utf8'));

    // Paste the migration in place of each Endpoints file (they hold only Endpoints) and check again.
    const texts = before.index.files.map((parsed) => {
      const replacement = byFile.get(parsed.file.path);
      if (replacement) expect(parsed.objects.every((o) => o.kind === 'Endpoints')).toBe(true);
      return { path: parsed.file.path, text: replacement ? replacement.join('---\n') : parsed.file.text };
    });
    const after = analyzeTexts(texts, { rules: ALL_RULES });
    expect(after.index.endpoints).toEqual([]);
    expect(after.index.slices.length).toBeGreaterThanOrEqual(before.index.endpoints.length);
    for (const service of after.index.services)
      expect(after.index.slicesFor(service).length).toBeGreaterThan(0);
    const problems = after.findings.filter((f) => f.severity !== 'notice');
    expect(problems.map((f) => `${f.rule} ${f.file}:${f.line}: ${f.message}`)).toEqual([]);
    // Nothing was silenced to get there.
    expect(after.suppressed).toEqual([]);
  });
});

const endpointsOf = (text: string) => {
  const result = analyzeTexts([{ path: 'ep.yaml', text: dedent(text) }], { rules: [] });
  return result.index.endpoints[0]!;
};

describe('migrateEndpoints', () => {
  it('follows the mirroring controller: ready and not-ready, hostname, nodeName, targetRef, one slice per family', () => {
    const migration = migrateEndpoints(
      endpointsOf(`
        apiVersion: v1
        kind: Endpoints
        metadata: {name: db}
        subsets:
          - addresses:
              - {ip: 10.0.0.1, hostname: db-0, nodeName: n1, targetRef: {kind: Pod, name: db-0}}
              - {ip: "fd00::1"}
            notReadyAddresses:
              - {ip: 10.0.0.2}
            ports: [{port: 5432}]
      `),
    );
    expect(migration.slices).toEqual([
      {
        apiVersion: 'discovery.k8s.io/v1',
        kind: 'EndpointSlice',
        metadata: {
          name: 'db-ipv4',
          labels: { 'kubernetes.io/service-name': 'db', 'endpointslice.kubernetes.io/managed-by': 'manual' },
        },
        addressType: 'IPv4',
        ports: [{ port: 5432, protocol: 'TCP' }],
        endpoints: [
          {
            addresses: ['10.0.0.1'],
            conditions: { ready: true },
            hostname: 'db-0',
            targetRef: { kind: 'Pod', name: 'db-0' },
            nodeName: 'n1',
          },
          { addresses: ['10.0.0.2'], conditions: { ready: false } },
        ],
      },
      {
        apiVersion: 'discovery.k8s.io/v1',
        kind: 'EndpointSlice',
        metadata: {
          name: 'db-ipv6',
          labels: { 'kubernetes.io/service-name': 'db', 'endpointslice.kubernetes.io/managed-by': 'manual' },
        },
        addressType: 'IPv6',
        ports: [{ port: 5432, protocol: 'TCP' }],
        endpoints: [{ addresses: ['fd00::1'], conditions: { ready: true } }],
      },
    ]);
    // The YAML is exactly these objects (no namespace: the Endpoints set none).
    expect(parseAllDocuments(migration.yaml).map((d) => d.toJS())).toEqual(migration.slices);
  });

  it('rewrites IPs as Kubernetes reads them, leaves out what is not an IP, and says so', () => {
    const migration = migrateEndpoints(
      endpointsOf(`
        apiVersion: v1
        kind: Endpoints
        metadata: {name: legacy, namespace: ops}
        subsets:
          - addresses: [{ip: 010.001.002.003}, {ip: "::ffff:10.1.2.4"}, {ip: db.example.com}, {ip: 10.1.2.3}]
            ports: [{name: http, port: 80, protocol: TCP}]
      `),
    );
    expect(migration.slices).toHaveLength(1);
    expect(migration.slices[0]).toMatchObject({
      metadata: { name: 'legacy', namespace: 'ops' },
      addressType: 'IPv4',
      endpoints: [
        { addresses: ['10.1.2.3'], conditions: { ready: true } },
        { addresses: ['10.1.2.4'], conditions: { ready: true } },
      ],
    });
    expect(migration.notes).toEqual([
      '010.001.002.003 is written as 10.1.2.3, as Kubernetes reads it.',
      '::ffff:10.1.2.4 is written as 10.1.2.4, as Kubernetes reads it.',
      '"db.example.com" is not an IP address: left out (the mirroring controller skips it too).',
    ]);
    for (const note of migration.notes) expect(migration.yaml).toContain(`# Note: ${note}`);
  });

  it('splits more than 1000 endpoints into several slices instead of dropping them', () => {
    const ips = Array.from(
      { length: 2 * MAX_ENDPOINTS_PER_SLICE + 5 },
      (_, i) => `{ip: 10.${i >> 16}.${(i >> 8) & 255}.${i & 255}}`,
    );
    const migration = migrateEndpoints(
      endpointsOf(`
        apiVersion: v1
        kind: Endpoints
        metadata: {name: big}
        subsets:
          - addresses: [${ips.join(', ')}]
            ports: [{port: 80}]
      `),
    );
    expect(
      migration.slices.map((s) => [(s.metadata as { name: string }).name, (s.endpoints as unknown[]).length]),
    ).toEqual([
      ['big-part1', 1000],
      ['big-part2', 1000],
      ['big-part3', 5],
    ]);
  });

  it('an Endpoints without addresses has no replacement: the YAML says so in a comment', () => {
    const migration = migrateEndpoints(
      endpointsOf(`
        apiVersion: v1
        kind: Endpoints
        metadata: {name: empty}
      `),
    );
    expect(migration.slices).toEqual([]);
    expect(migration.yaml).toContain(
      '# Endpoints default/empty has no IP addresses: nothing replaces it; delete it.',
    );
    expect(parseAllDocuments(migration.yaml).map((d) => d.toJS())).toEqual([]);
  });
});
