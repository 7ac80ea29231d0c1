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
          message: [
            'Endpoints default/etcd: subsets[0].addresses[0].ip "etcd.example.com" is not an IP address',
            'rejects the whole Endpoints',
            'ExternalName',
            '`spec.externalName: etcd.example.com`',
          ],
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
          message: ['has leading zeros', 'reads it as 10.1.2.3 (decimal)', 'octal', 'StrictIPCIDRValidation'],
          fix: '      - ip: 10.1.2.3',
        },
        {
          line: 9,
          column: 13,
          severity: 'warning',
          message: ['subsets[0].notReadyAddresses[0].ip', 'IPv4-mapped IPv6', 'Write `10.1.2.4`'],
          fix: '      - ip: "10.1.2.4"',
        },
        {
          line: 11,
          column: 13,
          severity: 'warning',
          message: 'subsets[1].addresses[0].ip',
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
        { line: 8, column: 16, message: ['address with a port', 'write `10.0.0.9` here and port 2379'] },
        { line: 9, column: 16, message: 'CIDR block' },
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
        { line: 7, column: 9, message: ['subsets[0].addresses[0] has no `ip`', 'It has `IP` instead'] },
        { line: 8, column: 13, message: 'is 1234, not an IP address written as a string' },
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
          message: [
            'EndpointSlice default/db-ipv4: endpoints[0].addresses[1] "2001:db8::5" is an IPv6 address',
            'addressType is IPv4',
            '`addressType: IPv6`',
          ],
          related: ['manifest.yaml:10:18'],
        },
        {
          line: 22,
          column: 13,
          message: ['IPv4-mapped address, which Kubernetes treats as IPv4', 'addressType is IPv6'],
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
          message: 'addressType "ipv4" is not one of IPv4, IPv6 or FQDN',
          fix: 'addressType: IPv4',
        },
        { line: 16, column: 9, message: ['is not an IPv4 address', 'ExternalName'] },
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
      errors: [{ line: 1, column: 1, message: 'EndpointSlice default/a has no `addressType`' }],
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
        { line: 8, column: 13, message: ['"10.0.0.256" is not an IP address', 'Write an IPv4 address'] },
        {
          line: 9,
          column: 13,
          message: ['It is a host name', '`spec.externalName: db.example.com`'],
          fix: null,
        },
        { line: 10, column: 13, message: '"MyNodeIp" is not an IP address' },
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
          message: [
            'has leading zeros',
            'reads it as 127.0.0.1',
            'loopback range',
            "backend's routable address",
          ],
          fix: null,
        },
        {
          line: 8,
          column: 13,
          severity: 'warning',
          message: ['IPv4-mapped IPv6', 'link-local range'],
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
        { line: 7, column: 13, message: 'write `10.0.0.9` here and port 2379' },
        { line: 8, column: 13, message: 'Write an IPv4 address like `10.0.0.5`' },
      ],
    },
  ],
});
