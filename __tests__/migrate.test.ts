import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
 * a checked-in file, then pasted in place of the Endpoints and the whole directory is checked again with every
 * rule: no warning or error may remain.
 *
 * The golden files are written and reviewed by hand, never from the implementation's output: a missing golden
 * fails the test, and every golden is checked below against the EndpointSlice semantics, read from the source
 * Endpoints with the YAML parser alone (no kube-pairing code).
 */
const CASES = [
  { name: 'etcd-endpoints', dir: 'examples/etcd-endpoints' },
  { name: 'kustomize', dir: 'examples/kustomize' },
  { name: 'dual-stack', dir: '__tests__/fixtures/migration/dual-stack' },
];
const GOLDEN = path.join(REPO, '__tests__/golden/migration');

function readGolden(name: string): string {
  const file = path.join(GOLDEN, `${name}.yaml`);
  expect(existsSync(file), `${path.relative(REPO, file)} is missing: write it by hand and review it`).toBe(
    true,
  );
  return readFileSync(file, 'utf8');
}

describe('EndpointSlice migration: golden files, re-checked', () => {
  it('every golden file belongs to a case (none is left over)', () => {
    expect(readdirSync(GOLDEN).sort()).toEqual(CASES.map((c) => `${c.name}.yaml`).sort());
  });

  it.each(CASES)('$name', async ({ name, dir }) => {
    const golden = readGolden(name);
    const cwd = path.join(REPO, dir);
    const before = await checkManifests({ cwd, patterns: ['.'], rules: ALL_RULES });
    expect(before.index.endpoints.length).toBeGreaterThan(0);

    const byFile = new Map<string, string[]>();
    for (const endpoints of before.index.endpoints) {
      const file = endpoints.resource.object.file.path;
      byFile.set(file, [...(byFile.get(file) ?? []), migrateEndpoints(endpoints).yaml]);
    }
    const all = [...byFile.values()].flat().join('---\n');
    expect(all).toBe(golden);

    // Paste the migration in place of each Endpoints file and check again. The files replaced hold only
    // Endpoints (nothing else is lost); the others are kept as they are.
    for (const file of byFile.keys()) {
      const parsed = before.index.files.find((f) => f.file.path === file);
      expect(
        parsed?.objects.map((o) => o.kind).filter((k) => k !== 'Endpoints'),
        file,
      ).toEqual([]);
    }
    const texts = before.index.files.map((parsed) => ({
      path: parsed.file.path,
      text: byFile.get(parsed.file.path)?.join('---\n') ?? parsed.file.text,
    }));
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

// ---------------------------------------------------------------------------------------------------------
// The goldens against the Kubernetes semantics (EndpointSlice mirroring controller), with the parser alone.

type Json = Record<string, unknown>;
const rec = (v: unknown): Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {};
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const objectsIn = (text: string): Json[] =>
  parseAllDocuments(text)
    .map((d) => d.toJS() as unknown)
    .filter((v) => v !== null)
    .map(rec);

/** JSON with the keys of every object sorted: the same data gives the same text. */
const canonical = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(canonical).join(',')}]`
    : v !== null && typeof v === 'object'
      ? `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((v as Json)[k])}`)
          .join(',')}}`
      : JSON.stringify(v);

/** The controllers' own managed-by values: a slice carrying either is deleted or rewritten by them. */
const CONTROLLERS = ['endpointslice-controller.k8s.io', 'endpointslicemirroring-controller.k8s.io'];

/** What the slices replacing `endpoints` must hold, from the Kubernetes semantics alone. */
function expectedOf(endpoints: Json) {
  const items: string[] = [];
  const groups = new Set<string>();
  for (const subset of list(endpoints.subsets).map(rec)) {
    // Ports keep name, port and appProtocol; protocol defaults to TCP. A slice's ports are a set.
    const ports = list(subset.ports)
      .map(rec)
      .map((p) => canonical({ ...p, protocol: p.protocol ?? 'TCP' }))
      .sort();
    for (const [key, ready] of [
      ['addresses', true],
      ['notReadyAddresses', false],
    ] as const) {
      for (const address of list(subset[key]).map(rec)) {
        const ip = String(address.ip);
        const family = ip.includes(':') ? 'IPv6' : 'IPv4';
        const endpoint: Json = { addresses: [ip], conditions: { ready } };
        for (const field of ['hostname', 'nodeName', 'targetRef']) {
          if (address[field] !== undefined) endpoint[field] = address[field];
        }
        groups.add(`${family} ${ports.join(',')}`);
        items.push(`${family} ${ports.join(',')} ${canonical(endpoint)}`);
      }
    }
  }
  return { items: items.sort(), groups: [...groups].sort() };
}

/** What the slices hold, in the same terms. */
function heldBy(slices: Json[]) {
  const items: string[] = [];
  const groups: string[] = [];
  for (const slice of slices) {
    const ports = list(slice.ports).map(rec).map(canonical).sort();
    groups.push(`${String(slice.addressType)} ${ports.join(',')}`);
    for (const endpoint of list(slice.endpoints).map(rec)) {
      for (const ip of list(endpoint.addresses).map(String)) {
        // One slice per IP family: every address is of the slice's addressType.
        expect(ip.includes(':') ? 'IPv6' : 'IPv4', `${ip} in ${String(rec(slice.metadata).name)}`).toBe(
          slice.addressType,
        );
      }
      items.push(`${String(slice.addressType)} ${ports.join(',')} ${canonical(endpoint)}`);
    }
  }
  return { items: items.sort(), groups: groups.sort() };
}

describe('the golden files follow the EndpointSlice semantics of their Endpoints', () => {
  it.each(CASES)('$name', ({ name, dir }) => {
    const slices = objectsIn(readGolden(name));
    const sources = readdirSync(path.join(REPO, dir))
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => objectsIn(readFileSync(path.join(REPO, dir, f), 'utf8')))
      .filter((o) => o.kind === 'Endpoints');
    expect(sources.length).toBeGreaterThan(0);
    const claimed = new Set<Json>();
    for (const endpoints of sources) {
      const metadata = rec(endpoints.metadata);
      const mine = slices.filter(
        (s) =>
          rec(rec(s.metadata).labels)['kubernetes.io/service-name'] === metadata.name &&
          rec(s.metadata).namespace === metadata.namespace,
      );
      for (const s of mine) claimed.add(s);
      const what = `Endpoints ${String(metadata.name)}`;
      for (const slice of mine) {
        expect(slice.apiVersion, what).toBe('discovery.k8s.io/v1');
        expect(slice.kind, what).toBe('EndpointSlice');
        const labels = rec(rec(slice.metadata).labels);
        // The Endpoints' labels are copied, except skip-mirror (meaningless on a slice); the two labels set.
        const copied = Object.fromEntries(
          Object.entries(rec(metadata.labels)).filter(
            ([k]) => k !== 'endpointslice.kubernetes.io/skip-mirror',
          ),
        );
        expect(labels, what).toEqual({
          ...copied,
          'kubernetes.io/service-name': metadata.name,
          'endpointslice.kubernetes.io/managed-by': labels['endpointslice.kubernetes.io/managed-by'],
        });
        const managedBy = labels['endpointslice.kubernetes.io/managed-by'];
        expect(typeof managedBy === 'string' && managedBy !== '', what).toBe(true);
        expect(CONTROLLERS, what).not.toContain(managedBy);
        // Annotations are copied, except kubectl's last-applied-configuration and suppressions of Endpoints-only rules.
        const annotations = Object.fromEntries(
          Object.entries(rec(metadata.annotations)).filter(
            ([k, v]) =>
              k !== 'kubectl.kubernetes.io/last-applied-configuration' &&
              !(k === 'kube-pairing.io/ignore' && /^(endpoints|subset)-/.test(String(v))),
          ),
        );
        expect(rec(rec(slice.metadata).annotations), what).toEqual(annotations);
      }
      // Every address, ready or not, once, with its hostname, nodeName and targetRef; one slice per
      // (IP family, set of ports).
      const expected = expectedOf(endpoints);
      const held = heldBy(mine);
      expect(held.items, what).toEqual(expected.items);
      expect(held.groups, what).toEqual(expected.groups);
    }
    // No slice belongs to no Endpoints.
    expect(slices.filter((s) => !claimed.has(s))).toEqual([]);
  });

  it('the goldens hold what the review checked: dual-stack splits, not-ready endpoints, named ports', () => {
    const slices = objectsIn(readGolden('dual-stack'));
    expect(slices.map((s) => [rec(s.metadata).name, s.addressType])).toEqual([
      ['postgres-ipv4', 'IPv4'],
      ['postgres-ipv6', 'IPv6'],
      ['postgres-replication', 'IPv4'],
    ]);
    const notReady = list(slices[0]!.endpoints)
      .map(rec)
      .filter((e) => rec(e.conditions).ready === false);
    expect(notReady).toEqual([{ addresses: ['10.40.0.13'], conditions: { ready: false }, hostname: 'pg-2' }]);
    expect(slices[0]!.ports).toEqual([
      { name: 'sql', port: 5432, protocol: 'TCP' },
      { name: 'metrics', port: 9187, protocol: 'TCP', appProtocol: 'http' },
    ]);
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
