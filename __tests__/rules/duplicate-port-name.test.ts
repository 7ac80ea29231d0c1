import { duplicatePortName } from '../../src/rules/duplicate-port-name.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';
import { CLEAN_WITH_ENDPOINTS, CLEAN_WITHOUT_ENDPOINTS } from './validity-fixtures.js';

ruleTester(duplicatePortName, {
  valid: [
    ...CLEAN_WITHOUT_ENDPOINTS,
    ...CLEAN_WITH_ENDPOINTS,
    {
      name: 'the same name in two subsets; several unnamed Service ports (another rule)',
      files: docs(
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses: [{ip: 10.0.0.1}]
            ports: [{name: client, port: 2379}]
          - addresses: [{ip: 10.0.0.2}]
            ports: [{name: client, port: 12379}]
        `,
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: dns
        spec:
          ports:
            - port: 53
              protocol: UDP
            - port: 53
              protocol: TCP
        `,
      ),
    },
    {
      name: 'Endpoints: a name reused by subsets with different addresses, and an exact duplicate port',
      files: `
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
              - name: client
                port: 2380
          - addresses: [{ip: 10.0.0.3}]
            ports:
              - {name: peer, port: 2380}
              - {name: peer, port: 2380}
      `,
    },
    {
      name: 'ports named with placeholders may become different names: not duplicates',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
            - {name: PORT_NAME, port: 80}
            - {name: PORT_NAME, port: 81}
            - {name: "\${NAME}", port: 82}
            - {name: "\${NAME}", port: 83}
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: web-1
        addressType: IPv4
        ports:
          - {name: <name>, port: 80}
          - {name: <name>, port: 81}
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: web
        subsets:
          - addresses: [{ip: 10.0.0.1}]
            ports:
              - {name: http, port: 80}
              - {name: http, port: HTTP_PORT}
        `,
      ),
    },
  ],
  invalid: [
    {
      name: 'two Service ports named alike',
      files: `
        apiVersion: v1
        kind: Service
        metadata:
          name: etcd
        spec:
          ports:
            - name: client
              port: 2379
            - name: client
              port: 2380
              protocol: UDP
      `,
      errors: [
        {
          line: 9,
          column: 13,
          messageId: 'serviceDuplicate',
          data: {
            object: 'Service default/etcd',
            where: 'spec.ports',
            ports: 'ports named "client"',
            first: 'spec.ports[0]',
            second: 'spec.ports[1]',
          },
          related: ['manifest.yaml:7:7'],
        },
      ],
    },
    {
      name: 'Endpoints: two ports named alike in one subset, and across subsets that list the same addresses',
      files: docs(
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses: [{ip: 10.0.0.2}]
            ports:
              - name: client
                port: 2379
              - name: client
                port: 2380
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: kv
        subsets:
          - addresses: [{ip: 10.0.0.1}, {ip: 10.0.0.2}]
            ports: [{name: http, port: 80}]
          - addresses: [{ip: 10.0.0.2}, {ip: 10.0.0.1}]
            ports: [{name: http, port: 8080}]
        `,
      ),
      errors: [
        {
          line: 10,
          column: 15,
          messageId: 'mirroredDuplicate',
          data: {
            object: 'Endpoints default/etcd',
            first: 'subsets[0].ports[0]',
            second: 'subsets[0].ports[1]',
            name: '"client"',
            merged: '',
          },
          related: ['manifest.yaml:8:9'],
        },
        {
          line: 21,
          column: 20,
          messageId: 'mirroredDuplicate',
          data: {
            object: 'Endpoints default/kv',
            first: 'subsets[0].ports[0]',
            second: 'subsets[1].ports[0]',
            name: '"http"',
            merged: ', and their subsets list the same addresses, so Kubernetes merges them into one',
          },
          related: ['manifest.yaml:19:13'],
        },
      ],
    },
    {
      name: 'two unnamed ports in a slice (JSON)',
      files: {
        'slice.json': `
          {
            "apiVersion": "discovery.k8s.io/v1",
            "kind": "EndpointSlice",
            "metadata": {"name": "dns-1"},
            "addressType": "IPv4",
            "ports": [
              {"port": 53, "protocol": "UDP"},
              {"port": 53, "protocol": "TCP"}
            ],
            "endpoints": [{"addresses": ["10.0.0.10"]}]
          }
        `,
      },
      errors: [
        {
          line: 8,
          column: 5,
          messageId: 'sliceDuplicate',
          data: {
            object: 'EndpointSlice default/dns-1',
            where: 'ports',
            ports: 'unnamed ports (name "")',
            first: 'ports[0]',
            second: 'ports[1]',
          },
          related: ['slice.json:7:5'],
        },
      ],
    },
    {
      name: 'real names written in capitals (protocol names) are duplicates like any other',
      files: `
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
            - {name: HTTP, port: 80}
            - {name: HTTP, port: 8080}
      `,
      errors: [
        {
          line: 8,
          column: 14,
          messageId: 'serviceDuplicate',
          data: { ports: 'ports named "HTTP"', first: 'spec.ports[0]', second: 'spec.ports[1]' },
          related: ['manifest.yaml:7:7'],
        },
      ],
    },
  ],
});
