/**
 * src/engine/ports.ts, how Service ports pair with endpoint ports (mutation testing, docs/testing.md): which
 * port values count as numbers, how a port is described, which groups pair with which Service (none for
 * ExternalName or unknown Services), and which endpoint port a Service port without partner is anchored on
 * (by number, targetPort then port, the Service's protocol preferred; by elimination only one to one).
 */
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../src/engine/analyze.js';
import type { EndpointPort, ServicePort } from '../../src/engine/model.js';
import { parseManifestFile } from '../../src/engine/parse.js';
import type { GroupComparison } from '../../src/engine/ports.js';
import { describePort, pairedGroups, portNumber, serviceComparisons } from '../../src/engine/ports.js';
import { ResourceIndex } from '../../src/engine/resource-index.js';
import { placeResources } from '../../src/engine/resources.js';
import { portNameMismatch } from '../../src/rules/port-name-mismatch.js';
import { docs } from '../helpers/rule-tester.js';

/** The index of one manifest file, as the engine builds it. */
function indexOf(text: string): ResourceIndex {
  const parsed = [parseManifestFile('manifest.yaml', text)];
  const { resources, hidden } = placeResources(parsed, 'default');
  return new ResourceIndex(parsed, resources, 'default', hidden);
}

const portLabel = (p: ServicePort | EndpointPort): string => `${p.name}/${p.protocol}`;

/** A group's comparison in short: `name/protocol` of each port, anchors with how they were found. */
function summary(g: GroupComparison) {
  return {
    label: g.paired.label,
    portless: g.portless,
    matched: g.matched.map((m) => `${portLabel(m.service)} = ${portLabel(m.endpoint)}`),
    protocolMismatches: g.protocolMismatches.map((m) => `${portLabel(m.service)} ~ ${portLabel(m.endpoint)}`),
    nameMismatches: g.nameMismatches.map((m) =>
      m.anchor ? `${portLabel(m.service)} -> ${portLabel(m.anchor)} by ${m.anchorBy}` : portLabel(m.service),
    ),
    unused: g.unused.map(portLabel),
  };
}

/** Every Service's comparison: `namespace/name` -> its groups in short. */
function comparisons(text: string): Record<string, ReturnType<typeof summary>[]> {
  return Object.fromEntries(
    serviceComparisons(indexOf(text)).map((c) => [
      `${c.service.resource.ref.namespace}/${c.service.resource.ref.name}`,
      c.groups.map(summary),
    ]),
  );
}

/** A selector-less Service `etcd` with the given port items (YAML flow maps). */
const service = (...ports: string[]): string => `
  apiVersion: v1
  kind: Service
  metadata:
    name: etcd
    namespace: default
  spec:
    ports:
${ports.map((p) => `      - ${p}`).join('\n')}
`;

/** An Endpoints `etcd` with one subset of one address and the given port items (YAML flow maps). */
const endpoints = (...ports: string[]): string => `
  apiVersion: v1
  kind: Endpoints
  metadata:
    name: etcd
    namespace: default
  subsets:
    - addresses:
        - ip: 10.20.30.40
      ports:
${ports.map((p) => `        - ${p}`).join('\n')}
`;

/** The messages of port-name-mismatch on one file. */
function nameMismatchMessages(text: string): string[] {
  return analyzeTexts([{ path: 'manifest.yaml', text }], { rules: [portNameMismatch] }).findings.map(
    (f) => `${f.rule} ${f.file}:${f.line}:${f.column} ${f.message}`,
  );
}

describe('portNumber: integers and strings of digits only', () => {
  it('an integer is itself; a fraction is no port number', () => {
    expect(portNumber(2379)).toBe(2379);
    expect(portNumber(2379.5)).toBeUndefined();
  });

  it('a string of digits is its number, blanks around it ignored', () => {
    expect(portNumber('2379')).toBe(2379);
    expect(portNumber(' 2379 ')).toBe(2379);
  });

  it('a name ending or starting with digits is no number', () => {
    expect(portNumber('http2379')).toBeUndefined();
    expect(portNumber('2379http')).toBeUndefined();
  });

  it('a fractional Service targetPort does not anchor on an endpoint port of that fraction', () => {
    // Two endpoint ports, so no anchor by elimination either: the Service port is bare, both ports unused.
    const text = docs(
      service('{name: client, port: 2379.5}'),
      endpoints('{name: other, port: 2379.5}', '{name: extra, port: 7000}'),
    );
    expect(comparisons(text)['default/etcd']?.[0]?.nameMismatches).toEqual(['client/TCP']);
    expect(comparisons(text)['default/etcd']?.[0]?.unused).toEqual(['other/TCP', 'extra/TCP']);
  });
});

describe('describePort: the number when there is one, else what was written, else `?`', () => {
  const text = (port: string): string =>
    docs(
      service(`{name: client, ${port}}`),
      endpoints('{name: other, port: 7000}', '{name: extra, port: 7001}'),
    );
  const describeServicePort = (port: string): string => {
    const view = indexOf(text(port)).services[0];
    return describePort(view!.ports[0]!);
  };

  it('a quoted number with blanks is described as the number', () => {
    expect(describeServicePort('port: " 2379"')).toBe('port `client` (2379/TCP)');
  });

  it('a name is described as written', () => {
    expect(describeServicePort('port: http')).toBe('port `client` (http/TCP)');
  });

  it('a missing port number is `?`', () => {
    expect(describeServicePort('protocol: UDP')).toBe('port `client` (?/UDP)');
  });

  it('the finding about a Service port without number says `?`', () => {
    expect(nameMismatchMessages(text('protocol: UDP'))).toEqual([
      'port-name-mismatch manifest.yaml:18:5 Endpoints default/etcd subset 1 has no port matching Service ' +
        'default/etcd port `client` (?/UDP): it needs a UDP port named `client`. kube-proxy pairs Service ' +
        'ports with endpoint ports by name and protocol, exactly, and an unnamed port pairs only with an ' +
        'unnamed one. So Service port `client` gets no backends from these addresses and, as no other ' +
        "endpoints serve it, connections to it fail. Add a port named `client` with the backend's port " +
        'number to these ports, or rename the port meant for it.',
    ]);
  });
});

describe('anchor by number: targetPort, then port; nothing when the Service port has no number', () => {
  it('a Service port without targetPort does not anchor on an endpoint port without number', () => {
    // Mutant #616 (targetPort pushed even when undefined) anchored `other` by number.
    const text = docs(
      service('{name: client, port: 2379}', '{name: peer, port: 2380}'),
      endpoints('{name: other}'),
    );
    expect(comparisons(text)['default/etcd']).toEqual([
      {
        label: 'Endpoints default/etcd subset 1',
        portless: false,
        matched: [],
        protocolMismatches: [],
        nameMismatches: ['client/TCP', 'peer/TCP'],
        unused: ['other/TCP'],
      },
    ]);
  });

  it('a Service port without port does not anchor on an endpoint port without number', () => {
    // Mutants #619, #621, #622 (an undefined `port` pushed as an expected number) anchored `other`.
    const text = docs(
      service('{name: client, targetPort: 9376}', '{name: peer, port: 2380}'),
      endpoints('{name: other}'),
    );
    expect(comparisons(text)['default/etcd']?.[0]?.nameMismatches).toEqual(['client/TCP', 'peer/TCP']);
    expect(comparisons(text)['default/etcd']?.[0]?.unused).toEqual(['other/TCP']);
  });

  it('when no endpoint port has the targetPort, the one with the port number is the anchor', () => {
    const text = docs(
      service('{name: client, port: 2379, targetPort: 9376}'),
      endpoints('{name: other, port: 2379}', '{name: extra, port: 7000}'),
    );
    expect(comparisons(text)['default/etcd']?.[0]?.nameMismatches).toEqual([
      'client/TCP -> other/TCP by number',
    ]);
    expect(comparisons(text)['default/etcd']?.[0]?.unused).toEqual(['extra/TCP']);
  });

  it('of two endpoint ports with the number, the one of the Service port protocol is the anchor', () => {
    const text = docs(
      service('{name: client, port: 2379}'),
      endpoints(
        '{name: other-udp, port: 2379, protocol: UDP}',
        '{name: other-tcp, port: 2379, protocol: TCP}',
      ),
    );
    expect(comparisons(text)['default/etcd']?.[0]?.nameMismatches).toEqual([
      'client/TCP -> other-tcp/TCP by number',
    ]);
    expect(comparisons(text)['default/etcd']?.[0]?.unused).toEqual(['other-udp/UDP']);
  });

  it('with no endpoint port of its protocol, the first with the number is the anchor', () => {
    const text = docs(
      service('{name: client, port: 2379}'),
      endpoints(
        '{name: other-udp, port: 2379, protocol: UDP}',
        '{name: other-sctp, port: 2379, protocol: SCTP}',
      ),
    );
    expect(comparisons(text)['default/etcd']?.[0]?.nameMismatches).toEqual([
      'client/TCP -> other-udp/UDP by number',
    ]);
  });
});

describe('anchor by elimination: one Service port left and one endpoint port free, else none', () => {
  it('one Service port and two free endpoint ports: no anchor, both endpoint ports unused', () => {
    const text = docs(
      service('{name: client, port: 2379}'),
      endpoints('{name: other, port: 7000}', '{name: extra, port: 7001}'),
    );
    expect(comparisons(text)['default/etcd']?.[0]?.nameMismatches).toEqual(['client/TCP']);
    expect(comparisons(text)['default/etcd']?.[0]?.unused).toEqual(['other/TCP', 'extra/TCP']);
  });

  it('one Service port and one free endpoint port: anchored by elimination', () => {
    const text = docs(service('{name: client, port: 2379}'), endpoints('{name: other, port: 7000}'));
    expect(comparisons(text)['default/etcd']?.[0]?.nameMismatches).toEqual([
      'client/TCP -> other/TCP by elimination',
    ]);
    expect(comparisons(text)['default/etcd']?.[0]?.unused).toEqual([]);
  });
});

describe('the comparison of a group lists exactly what pairs', () => {
  it('matched pairs, a protocol mismatch, and an anchor by number, with nothing extra', () => {
    const text = docs(
      service(
        '{name: client, port: 2379}',
        '{name: peer, port: 2380, protocol: UDP}',
        '{name: metrics, port: 2381}',
      ),
      endpoints('{name: client, port: 2379}', '{name: peer, port: 2380}', '{name: stats, port: 2381}'),
    );
    const [comparison] = serviceComparisons(indexOf(text));
    expect(comparison!.groups.map(summary)).toEqual([
      {
        label: 'Endpoints default/etcd subset 1',
        portless: false,
        matched: ['client/TCP = client/TCP'],
        protocolMismatches: ['peer/UDP ~ peer/TCP'],
        nameMismatches: ['metrics/TCP -> stats/TCP by number'],
        unused: [],
      },
    ]);
    expect(comparison!.groups[0]!.nameMismatches[0]!.anchorBy).toBe('number');
    expect([...comparison!.served].map(portLabel)).toEqual(['client/TCP']);
  });
});

describe('pairedGroups: the groups of Services that kube-proxy pairs', () => {
  const slice = (name: string, serviceName: string): string => `
    apiVersion: discovery.k8s.io/v1
    kind: EndpointSlice
    metadata:
      name: ${name}
      namespace: default
      labels:
        kubernetes.io/service-name: ${serviceName}
    addressType: IPv4
    endpoints:
      - addresses: [10.20.30.40]
    ports:
      - {name: client, port: 2379}
  `;
  const externalName = `
    apiVersion: v1
    kind: Service
    metadata:
      name: db
      namespace: default
    spec:
      type: ExternalName
      externalName: db.example.com
      ports:
        - {name: client, port: 2379}
  `;
  const groupsByService = (text: string): Record<string, string[]> =>
    Object.fromEntries(
      [...pairedGroups(indexOf(text))].map(([s, groups]) => [
        s === undefined ? 'undefined' : `${s.type} ${s.resource.ref.name}`,
        groups.map((g) => g.label),
      ]),
    );

  it('an ExternalName Service has no groups, even with a slice labelled for it', () => {
    const text = docs(
      service('{name: client, port: 2379}'),
      externalName,
      slice('etcd-1', 'etcd'),
      slice('db-1', 'db'),
    );
    expect(groupsByService(text)).toEqual({ 'ClusterIP etcd': ['EndpointSlice default/etcd-1'] });
  });

  it('a slice labelled for a Service that is not in the scan pairs with nothing', () => {
    const text = docs(
      service('{name: client, port: 2379}'),
      slice('etcd-1', 'etcd'),
      slice('gone-1', 'gone'),
    );
    expect(groupsByService(text)).toEqual({ 'ClusterIP etcd': ['EndpointSlice default/etcd-1'] });
  });
});
