import { invalidEndpointIp } from '../../src/rules/invalid-endpoint-ip.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';
import { CLEAN_WITH_ENDPOINTS, CLEAN_WITHOUT_ENDPOINTS } from './validity-fixtures.js';

const service = `
  apiVersion: v1
  kind: Service
  metadata:
    name: etcd
  spec:
    ports:
      - port: 2379
`;

ruleTester(invalidEndpointIp, {
  valid: [
    ...CLEAN_WITHOUT_ENDPOINTS,
    ...CLEAN_WITH_ENDPOINTS,
    {
      name: 'IPv6 spellings: upper case, uncompressed, IPv4-compatible tail',
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses:
              - ip: 2001:DB8::1
              - ip: "fd00:0:0:0:0:0:0:1"
              - ip: "::10.1.2.3"
      `,
    },
    {
      name: 'an FQDN slice holds names, not IPs',
      files: `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: ext
        addressType: FQDN
        endpoints:
          - addresses: ["db.example.com"]
      `,
    },
    {
      name: 'special addresses are another rule',
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses: [{ip: 127.0.0.1}]
      `,
    },
    {
      name: 'placeholders are unknown, not invalid: all-caps words, variables, templates, <...>, x.x.x.x',
      files: docs(
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses:
              - ip: MINIKUBE_IP
              - ip: IP
              - ip: YOUR_IP
              - ip: \${NODE_IP}
              - ip: $NODE_IP
              - ip: $(NODE_IP)
              - ip: <your-ip>
              - ip: x.x.x.x
              - ip: 10.0.x.x
              - ip: REPLACE_ME
              - ip: CHANGEME
              - ip: __NODE_IP__
              - ip: "@NODE_IP@"
            notReadyAddresses:
              - ip: "<IP>"
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: etcd-1
        addressType: IPv4
        endpoints:
          - addresses: [NODE_IP, "\${IP}", "<node-ip>"]
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: etcd-2
        addressType: \${ADDRESS_TYPE}
        endpoints:
          - addresses: ["db.example.com", "10.0.0.1"]
        `,
      ),
    },
  ],
  invalid: [
    {
      name: 'a host name in `ip` (multi-document file) suggests an ExternalName Service',
      files: docs(
        service,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses:
              - ip: etcd.example.com
            ports:
              - port: 2379
        `,
      ),
      errors: [
        {
          line: 15,
          column: 13,
          endColumn: 29,
          messageId: 'hostName',
          data: {
            object: 'Endpoints default/etcd',
            field: 'subsets[0].addresses[0].ip',
            value: '"etcd.example.com"',
            expected: 'an IP address',
            holders: 'Endpoints',
            externalName: 'etcd.example.com',
          },
          fix: null,
        },
      ],
    },
    {
      name: 'leading zeros and IPv4-mapped IPv6, in several subsets: warnings fixed to the canonical form',
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses:
              - ip: 010.001.002.003
            notReadyAddresses:
              - ip: "::ffff:10.1.2.4"
          - addresses:
              - ip: '192.168.001.010'
      `,
      errors: [
        {
          line: 7,
          column: 13,
          severity: 'warning',
          messageId: 'leadingZeros',
          data: { field: 'subsets[0].addresses[0].ip', value: '"010.001.002.003"', canonical: '10.1.2.3' },
          fix: '      - ip: 10.1.2.3',
        },
        {
          line: 9,
          column: 13,
          severity: 'warning',
          messageId: 'ipv4Mapped',
          data: {
            field: 'subsets[0].notReadyAddresses[0].ip',
            value: '"::ffff:10.1.2.4"',
            canonical: '10.1.2.4',
          },
          fix: '      - ip: "10.1.2.4"',
        },
        {
          line: 11,
          column: 13,
          severity: 'warning',
          messageId: 'leadingZeros',
          data: { field: 'subsets[1].addresses[0].ip', canonical: '192.168.1.10' },
          fix: "      - ip: '192.168.1.10'",
        },
      ],
    },
    {
      name: 'JSON input: an address with a port, and a CIDR block',
      files: {
        'etcd.json': `
          {
            "apiVersion": "v1",
            "kind": "Endpoints",
            "metadata": {"name": "etcd", "namespace": "default"},
            "subsets": [
              {
                "addresses": [
                  {"ip": "10.0.0.9:2379"},
                  {"ip": "10.0.0.0/24"}
                ]
              }
            ]
          }
        `,
      },
      errors: [
        {
          line: 8,
          column: 16,
          messageId: 'addressWithPort',
          data: { value: '"10.0.0.9:2379"', address: '10.0.0.9', port: 2379, owner: 'subset' },
        },
        {
          line: 9,
          column: 16,
          messageId: 'cidrBlock',
          data: { field: 'subsets[0].addresses[1].ip', value: '"10.0.0.0/24"' },
        },
      ],
    },
    {
      name: 'no ip (but a mis-cased `IP`), and a number',
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses:
              - IP: 10.0.0.2
              - ip: 1234
      `,
      errors: [
        {
          line: 7,
          column: 9,
          messageId: 'miscasedIp',
          data: { object: 'Endpoints default/etcd', field: 'subsets[0].addresses[0]', key: 'IP' },
        },
        {
          line: 8,
          column: 13,
          messageId: 'notAString',
          data: { field: 'subsets[0].addresses[1].ip', value: '1234', expected: 'an IP address' },
        },
      ],
    },
    {
      name: 'no ip at all: only a hostname, in the not-ready addresses of the second subset',
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
          namespace: infra
        subsets:
          - addresses:
              - ip: 10.0.0.1
          - notReadyAddresses:
              - hostname: etcd-1
      `,
      errors: [
        {
          line: 10,
          column: 9,
          messageId: 'noIp',
          data: { object: 'Endpoints infra/etcd', field: 'subsets[1].notReadyAddresses[0]' },
        },
      ],
    },
    {
      name: 'family must match the slice addressType (slices in a List, IPv6 and IPv4-mapped)',
      files: `
        apiVersion: v1
        kind: List
        items:
          - apiVersion: discovery.k8s.io/v1
            kind: EndpointSlice
            metadata:
              name: db-ipv4
              labels:
                kubernetes.io/service-name: db
            addressType: IPv4
            endpoints:
              - addresses: ["10.1.0.5", "2001:db8::5"]
          - apiVersion: discovery.k8s.io/v1
            kind: EndpointSlice
            metadata:
              name: db-ipv6
              labels:
                kubernetes.io/service-name: db
            addressType: IPv6
            endpoints:
              - addresses:
                  - "::ffff:10.1.0.6"
                  - fd00::6
      `,
      errors: [
        {
          line: 12,
          column: 33,
          messageId: 'wrongFamily',
          data: {
            object: 'EndpointSlice default/db-ipv4',
            field: 'endpoints[0].addresses[1]',
            value: '"2001:db8::5"',
            actual: 'an IPv6 address',
            addressType: 'IPv4',
            wanted: 'IPv6',
          },
          related: ['manifest.yaml:10:18'],
        },
        {
          line: 22,
          column: 13,
          messageId: 'wrongFamily',
          data: {
            actual: 'an IPv4-mapped address, which Kubernetes treats as IPv4',
            addressType: 'IPv6',
            wanted: 'IPv4',
          },
          related: ['manifest.yaml:19:18'],
        },
      ],
    },
    {
      name: 'addressType written in lower case, and a host name in an IPv4 slice',
      files: docs(
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: a
        addressType: ipv4
        endpoints:
          - addresses: ["10.0.0.1"]
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: b
        addressType: IPv4
        endpoints:
          - addresses:
              - db.example.com
        `,
      ),
      errors: [
        {
          line: 5,
          column: 14,
          messageId: 'badAddressType',
          data: { object: 'EndpointSlice default/a', value: '"ipv4"', suggestion: '`IPv4`' },
          fix: 'addressType: IPv4',
        },
        {
          line: 16,
          column: 9,
          messageId: 'hostName',
          data: {
            object: 'EndpointSlice default/b',
            expected: 'an IPv4 address',
            holders: 'IP EndpointSlices',
            externalName: 'db.example.com',
          },
        },
      ],
    },
    {
      name: 'an addressType that is no type at all has no fix',
      files: `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: a
        addressType: IPv5
        endpoints:
          - addresses: ["10.0.0.1"]
      `,
      errors: [
        {
          line: 5,
          column: 14,
          messageId: 'badAddressType',
          data: { value: '"IPv5"', suggestion: '`IPv4` or `IPv6`' },
          fix: null,
        },
      ],
    },
    {
      name: 'no addressType at all',
      files: `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: a
        endpoints:
          - addresses: ["10.0.0.1"]
      `,
      errors: [
        { line: 1, column: 1, messageId: 'noAddressType', data: { object: 'EndpointSlice default/a' } },
      ],
    },
    {
      name: 'real invalid values next to placeholders are still reported: a host name, 10.0.0.256, mixed case',
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses:
              - ip: MINIKUBE_IP
              - ip: 10.0.0.256
              - ip: DB.Example.COM.
              - ip: MyNodeIp
      `,
      errors: [
        {
          line: 8,
          column: 13,
          messageId: 'notAnIp',
          data: { value: '"10.0.0.256"', expected: 'an IP address' },
        },
        {
          line: 9,
          column: 13,
          messageId: 'hostName',
          data: { value: '"DB.Example.COM."', externalName: 'db.example.com' },
          fix: null,
        },
        {
          line: 10,
          column: 13,
          messageId: 'hostName',
          data: { value: '"MyNodeIp"', externalName: 'mynodeip' },
        },
      ],
    },
    {
      name: 'the canonical form of a special address is no fix (the API server refuses it too)',
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses:
              - ip: 127.000.000.001
              - ip: "::ffff:169.254.169.254"
      `,
      errors: [
        {
          line: 7,
          column: 13,
          severity: 'warning',
          messageId: 'leadingZerosSpecial',
          data: { canonical: '127.0.0.1', range: 'the loopback range (127.0.0.0/8, ::1/128)' },
          fix: null,
        },
        {
          line: 8,
          column: 13,
          severity: 'warning',
          messageId: 'ipv4MappedSpecial',
          data: { canonical: '169.254.169.254', range: 'the link-local range (169.254.0.0/16, fe80::/10)' },
          fix: null,
        },
      ],
    },
    {
      name: 'an address with a port proposes the canonical address, and only a real port',
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses:
              - ip: "010.0.0.9:2379"
              - ip: "10.0.0.9:99999"
      `,
      errors: [
        { line: 7, column: 13, messageId: 'addressWithPort', data: { address: '10.0.0.9', port: 2379 } },
        { line: 8, column: 13, messageId: 'notAnIp', data: { value: '"10.0.0.9:99999"' } },
      ],
    },
    {
      name: 'an address with a port in a slice: the port goes in the slice’s ports',
      files: `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: a
        addressType: IPv6
        endpoints:
          - addresses: ["[fd00::5]:8080"]
      `,
      errors: [
        {
          line: 7,
          column: 17,
          messageId: 'addressWithPort',
          data: { expected: 'an IPv6 address', address: 'fd00::5', port: 8080, owner: 'slice' },
        },
      ],
    },
  ],
});
