import { portNameRequired } from '../../src/rules/port-name-required.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';
import { CLEAN_WITH_ENDPOINTS, CLEAN_WITHOUT_ENDPOINTS } from './validity-fixtures.js';

ruleTester(portNameRequired, {
  valid: [
    ...CLEAN_WITHOUT_ENDPOINTS,
    ...CLEAN_WITH_ENDPOINTS,
    {
      name: 'one unnamed port needs no name (Service and subset)',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: etcd
        spec:
          ports:
            - port: 2379
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses: [{ip: 10.0.0.1}]
            ports: [{port: 2379}]
        `,
      ),
    },
    {
      name: 'an EndpointSlice may have one unnamed port beside named ones',
      files: `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: etcd-1
        addressType: IPv4
        ports:
          - port: 2379
          - name: peer
            port: 2380
        endpoints:
          - addresses: ["10.0.0.1"]
      `,
    },
  ],
  invalid: [
    {
      name: 'unnamed Service port: named after the endpoint port that serves its targetPort',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: etcd
        spec:
          ports:
            - name: client
              port: 2379
            - port: 2380
              targetPort: 12380
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses: [{ip: 10.0.0.1}]
            ports:
              - name: client
                port: 2379
              - name: peer
                port: 12380
        `,
      ),
      errors: [
        {
          line: 9,
          column: 7,
          messageId: 'counterpartNamed',
          data: {
            object: 'Service default/etcd',
            port: 'spec.ports[1]',
            owner: 'the Service',
            count: 2,
            rejected: 'The API server rejects the Service',
            suggestion: 'peer',
          },
          fix: '    - name: peer\n      port: 2380',
          related: ['manifest.yaml:21:15'],
        },
      ],
    },
    {
      name: 'unnamed ports in two subsets: one named after its Service port, the others without a fix',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: etcd
        spec:
          ports:
            - name: client
              port: 2379
            - name: metrics
              port: 9100
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses: [{ip: 10.0.0.1}]
            ports:
              - port: 2379
                protocol: TCP
              - name: metrics
                port: 9100
          - addresses: [{ip: 10.0.0.2}]
            ports:
              - port: 1111
              - port: 2222
        `,
      ),
      errors: [
        {
          line: 19,
          column: 9,
          messageId: 'counterpartNamed',
          data: {
            object: 'Endpoints default/etcd',
            port: 'subsets[0].ports[0]',
            owner: 'subset subsets[0]',
            rejected: 'The API server rejects the whole Endpoints',
            suggestion: 'client',
          },
          fix: '      - name: client\n        port: 2379',
          related: ['manifest.yaml:7:13'],
        },
        {
          line: 25,
          column: 9,
          messageId: 'unnamed',
          data: { port: 'subsets[1].ports[0]', owner: 'subset subsets[1]', count: 2 },
          fix: null,
          related: [],
        },
        {
          line: 26,
          column: 9,
          messageId: 'unnamed',
          data: { port: 'subsets[1].ports[1]' },
          fix: null,
        },
      ],
    },
    {
      name: 'JSON Service with two unnamed ports',
      files: {
        'svc.json': `
          {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": "dns"},
            "spec": {
              "ports": [
                {"port": 53, "protocol": "UDP"},
                {"port": 53, "protocol": "TCP"}
              ]
            }
          }
        `,
      },
      errors: [
        {
          line: 7,
          column: 7,
          endColumn: 38,
          messageId: 'unnamed',
          data: { object: 'Service default/dns', port: 'spec.ports[0]', owner: 'the Service', count: 2 },
          fix: null,
        },
        { line: 8, column: 7, messageId: 'unnamed', data: { port: 'spec.ports[1]' }, fix: null },
      ],
    },
    {
      name: 'a counterpart named with a placeholder or an invalid name is not proposed',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: etcd
        spec:
          ports:
            - name: CLIENT_PORT
              port: 2379
            - name: Peer
              port: 2380
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses: [{ip: 10.0.0.1}]
            ports:
              - port: 2379
              - port: 2380
        `,
      ),
      errors: [
        {
          line: 19,
          column: 9,
          messageId: 'unnamed',
          data: { port: 'subsets[0].ports[0]' },
          fix: null,
          related: [],
        },
        {
          line: 20,
          column: 9,
          messageId: 'unnamed',
          data: { port: 'subsets[0].ports[1]' },
          fix: null,
          related: [],
        },
      ],
    },
  ],
});
