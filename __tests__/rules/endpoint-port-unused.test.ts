import { endpointPortUnused } from '../../src/rules/endpoint-port-unused.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';

// `spec.ports` on line 6, the `client` item on line 7.
const etcdService = (spec = '') => `
  apiVersion: v1
  kind: Service
  metadata:
    name: etcd
  spec:
    ports:
      - name: client
        port: 2379${spec}
`;

/** Endpoints `etcd` whose single subset has the given port lines, the first on line 18 after `etcdService()`. */
const endpoints = (...portLines: string[]) => `
  apiVersion: v1
  kind: Endpoints
  metadata:
    name: etcd
  subsets:
    - addresses:
        - ip: 10.20.30.40
      ports:
${portLines.map((l) => `        ${l}`).join('\n')}
`;

ruleTester(endpointPortUnused, {
  valid: [
    {
      name: 'the etcd pair, named on both sides',
      files: docs(etcdService(), endpoints('- name: client', '  port: 2379')),
    },
    {
      name: 'the etcd pair, unnamed on both sides',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: etcd
        spec:
          ports: [{port: 2379}]
        `,
        endpoints('- port: 2379'),
      ),
    },
    {
      name: 'an unnamed endpoint port for a named Service port is a name mismatch, reported there only',
      files: docs(etcdService(), endpoints('- port: 2379')),
    },
    {
      name: 'a TCP endpoint port for a UDP Service port is a protocol mismatch, reported there only',
      files: docs(
        etcdService('\n        protocol: UDP'),
        endpoints('- name: client', '  port: 2379', '  protocol: TCP'),
      ),
    },
    {
      name: 'headless Service: DNS publishes every endpoint port',
      files: docs(
        etcdService().replace('  spec:\n', '  spec:\n    clusterIP: None\n'),
        endpoints('- name: client', '  port: 2379', '- name: metrics', '  port: 9100'),
      ),
    },
    {
      name: 'Service with a selector: its Endpoints are the controller’s, not paired here',
      files: docs(
        etcdService().replace('  spec:\n', '  spec:\n    selector: {app: etcd}\n'),
        endpoints('- name: client', '  port: 2379', '- name: metrics', '  port: 9100'),
      ),
    },
  ],
  invalid: [
    {
      name: 'a named extra port: points at its name, relates the Service ports',
      files: docs(
        etcdService(),
        endpoints('- name: client', '  port: 2379', '- name: metrics', '  port: 9100'),
      ),
      errors: [
        {
          line: 20,
          column: 15,
          endColumn: 22,
          messageId: 'unusedPort',
          data: {
            group: 'Endpoints default/etcd subset 1',
            port: 'port `metrics` (9100/TCP)',
            service: 'Service default/etcd',
            declared: 'it declares port `client` (2379/TCP)',
            protocol: 'TCP',
            named: 'named `metrics`',
          },
          related: ['manifest.yaml:6:3'],
        },
      ],
    },
    {
      name: 'an unnamed extra port among named ones, in the second subset',
      files: docs(
        etcdService(),
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses: [{ip: 10.0.0.1}]
            ports: [{name: client, port: 2379}]
          - addresses: [{ip: 10.0.0.2}]
            ports:
              - name: client
                port: 2379
              - port: 9999
        `,
      ),
      errors: [
        {
          line: 21,
          column: 9,
          messageId: 'unusedPort',
          data: {
            group: 'Endpoints default/etcd subset 2',
            port: 'port 9999/TCP',
            protocol: 'TCP',
            named: 'without a name',
          },
        },
      ],
    },
    {
      name: 'a UDP twin of a TCP port in a slice',
      files: {
        'svc.yaml': etcdService(),
        'slice.json': JSON.stringify(
          {
            apiVersion: 'discovery.k8s.io/v1',
            kind: 'EndpointSlice',
            metadata: { name: 'etcd-1', labels: { 'kubernetes.io/service-name': 'etcd' } },
            addressType: 'IPv4',
            endpoints: [{ addresses: ['10.0.0.1'] }],
            ports: [
              { name: 'client', port: 2379 },
              { name: 'client-udp', port: 2379, protocol: 'UDP' },
            ],
          },
          null,
          2,
        ),
      },
      errors: [
        {
          file: 'slice.json',
          line: 24,
          column: 15,
          messageId: 'unusedPort',
          data: {
            group: 'EndpointSlice default/etcd-1',
            port: 'port `client-udp` (2379/UDP)',
            protocol: 'UDP',
            named: 'named `client-udp`',
          },
          related: ['svc.yaml:6:3'],
        },
      ],
    },
  ],
});
