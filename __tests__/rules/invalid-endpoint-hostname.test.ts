import { invalidEndpointHostname } from '../../src/rules/invalid-endpoint-hostname.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';
import { CLEAN_WITH_ENDPOINTS, CLEAN_WITHOUT_ENDPOINTS } from './validity-fixtures.js';

ruleTester(invalidEndpointHostname, {
  valid: [
    ...CLEAN_WITHOUT_ENDPOINTS,
    ...CLEAN_WITH_ENDPOINTS,
    {
      name: 'an empty Endpoints hostname is skipped; null slice fields are unset',
      files: docs(
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses:
              - ip: 10.0.0.1
                hostname: ""
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: etcd-1
        addressType: IPv4
        endpoints:
          - addresses: ["10.0.0.1"]
            hostname: null
            nodeName: ip-10-0-0-1.eu-west-1.compute.internal
        `,
      ),
    },
    {
      name: 'placeholder hostnames and nodeNames are unknown, not invalid',
      files: docs(
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses:
              - ip: 10.0.0.1
                hostname: HOSTNAME
                nodeName: \${NODE_NAME}
              - ip: 10.0.0.2
                hostname: <hostname>
                nodeName: NODE_NAME
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: etcd-1
        addressType: IPv4
        endpoints:
          - addresses: ["10.0.0.1"]
            hostname: $(POD_NAME)
            nodeName: YOUR_NODE
        `,
      ),
    },
  ],
  invalid: [
    {
      name: 'Endpoints hostnames and nodeNames (ready and not ready)',
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses:
              - ip: 10.0.0.1
                hostname: etcd-0.etcd
              - ip: 10.0.0.2
                hostname: Etcd-1
                nodeName: Node_1
            notReadyAddresses:
              - ip: 10.0.0.3
                nodeName: ""
                hostname: ${'h'.repeat(64)}
      `,
      errors: [
        {
          line: 8,
          column: 19,
          messageId: 'invalidHostname',
          data: {
            object: 'Endpoints default/etcd',
            field: 'subsets[0].addresses[0].hostname',
            value: '"etcd-0.etcd"',
            problem: "contains '.' (a DNS label is a single name without dots)",
            advice: 'Write only the first label, e.g. `etcd-0`.',
          },
          fix: null,
        },
        {
          line: 10,
          column: 19,
          messageId: 'invalidHostname',
          data: {
            value: '"Etcd-1"',
            problem: 'contains upper-case letters (only lower-case is allowed)',
            advice: 'Write `etcd-1`.',
          },
          fix: '        hostname: etcd-1',
        },
        {
          line: 11,
          column: 19,
          messageId: 'invalidNodeName',
          data: { field: 'subsets[0].addresses[1].nodeName', value: '"Node_1"', advice: 'Fix the nodeName.' },
          fix: null,
        },
        {
          line: 14,
          column: 19,
          messageId: 'invalidNodeName',
          data: {
            field: 'subsets[0].notReadyAddresses[0].nodeName',
            value: '""',
            problem: 'is empty',
            advice: 'Remove `nodeName` or give it a value.',
          },
        },
        {
          line: 15,
          column: 19,
          messageId: 'invalidHostname',
          data: { problem: 'is 64 characters long (at most 63)', advice: 'Fix the hostname.' },
        },
      ],
    },
    {
      name: 'slice endpoints: an empty hostname, an upper-case nodeName, a number',
      files: `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: etcd-1
        addressType: IPv4
        endpoints:
          - addresses: ["10.0.0.1"]
            hostname: ""
            nodeName: NODE-A
          - addresses: ["10.0.0.2"]
            hostname: 123
      `,
      errors: [
        {
          line: 8,
          column: 15,
          messageId: 'invalidHostname',
          data: {
            object: 'EndpointSlice default/etcd-1',
            field: 'endpoints[0].hostname',
            value: '""',
            problem: 'is empty',
            advice: 'Remove `hostname` or give it a value.',
          },
        },
        {
          line: 9,
          column: 15,
          messageId: 'invalidNodeName',
          data: { value: '"NODE-A"', advice: 'Write `node-a`.' },
          fix: '    nodeName: node-a',
        },
        {
          line: 11,
          column: 15,
          messageId: 'notAString',
          data: { object: 'EndpointSlice default/etcd-1', field: 'endpoints[1].hostname', value: '123' },
        },
      ],
    },
    {
      name: 'a real upper-case node name with dots or digits is a mistake, not a placeholder',
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses:
              - ip: 10.0.0.1
                hostname: ETCD
                nodeName: NODE-1.EXAMPLE.COM
      `,
      errors: [
        {
          line: 9,
          column: 19,
          messageId: 'invalidNodeName',
          data: {
            value: '"NODE-1.EXAMPLE.COM"',
            problem: 'contains upper-case letters (only lower-case is allowed)',
            advice: 'Write `node-1.example.com`.',
          },
          fix: '        nodeName: node-1.example.com',
        },
      ],
    },
  ],
});
