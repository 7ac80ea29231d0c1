import { specialEndpointIp } from '../../src/rules/special-endpoint-ip.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';
import { CLEAN_WITH_ENDPOINTS, CLEAN_WITHOUT_ENDPOINTS } from './validity-fixtures.js';

ruleTester(specialEndpointIp, {
  valid: [
    ...CLEAN_WITHOUT_ENDPOINTS,
    ...CLEAN_WITH_ENDPOINTS,
    {
      name: 'neighbours of the special ranges are ordinary addresses (Go’s ranges exactly)',
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses:
              - ip: 0.1.2.3
              - ip: 128.0.0.1
              - ip: 169.253.255.255
              - ip: 224.0.1.1
              - ip: "::2"
              - ip: fec0::1
              - ip: ff03::1
              - ip: ff01::2
              - ip: "::127.0.0.1"
      `,
    },
    {
      name: 'names in an FQDN slice and unparsable addresses are not checked here',
      files: docs(
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: ext
        addressType: FQDN
        endpoints:
          - addresses: ["localhost"]
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses: [{ip: "127.0.0.1:80"}]
        `,
      ),
    },
    {
      name: 'placeholders are unknown, not special',
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses:
              - ip: LOCALHOST_IP
              - ip: x.x.x.x
              - ip: 127.0.x.x
              - ip: \${LOOPBACK}
      `,
    },
  ],
  invalid: [
    {
      name: 'every range, IPv4 and IPv6, ready and not ready, mapped and with leading zeros',
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
          namespace: infra
        subsets:
          - addresses:
              - ip: 0.0.0.0
              - ip: 127.0.0.2
              - ip: 169.254.169.254
              - ip: 224.0.0.251
              - ip: "::1"
              - ip: "::"
            notReadyAddresses:
              - ip: fe80::1
              - ip: ff02::fb
              - ip: ff12::1
              - ip: "::ffff:127.0.0.1"
              - ip: 0127.0.0.1
      `,
      errors: [
        {
          line: 8,
          column: 13,
          messageId: 'specialAddress',
          data: {
            object: 'Endpoints infra/etcd',
            field: 'subsets[0].addresses[0].ip',
            value: '"0.0.0.0"',
            range: 'the unspecified address (0.0.0.0, ::)',
            reason: 'it names no host: nothing can connect to it',
          },
        },
        {
          line: 9,
          column: 13,
          messageId: 'specialAddress',
          data: {
            value: '"127.0.0.2"',
            range: 'the loopback range (127.0.0.0/8, ::1/128)',
            reason: "it is each node's own host, not a backend: every node would send the traffic to itself",
          },
        },
        {
          line: 10,
          column: 13,
          messageId: 'specialAddress',
          data: {
            range: 'the link-local range (169.254.0.0/16, fe80::/10)',
            reason:
              'it is only meaningful on one network link and is used for node-local services such as the cloud ' +
              'metadata endpoint 169.254.169.254, which must not be reachable through a Service',
          },
        },
        {
          line: 11,
          column: 13,
          messageId: 'specialAddress',
          data: { range: 'the link-local multicast range (224.0.0.0/24, ff02::/16)' },
        },
        {
          line: 12,
          column: 13,
          messageId: 'specialAddress',
          data: { value: '"::1"', range: 'the loopback range (127.0.0.0/8, ::1/128)' },
        },
        {
          line: 13,
          column: 13,
          messageId: 'specialAddress',
          data: { value: '"::"', range: 'the unspecified address (0.0.0.0, ::)' },
        },
        {
          line: 15,
          column: 13,
          messageId: 'specialAddress',
          data: {
            field: 'subsets[0].notReadyAddresses[0].ip',
            value: '"fe80::1"',
            range: 'the link-local range (169.254.0.0/16, fe80::/10)',
          },
        },
        {
          line: 16,
          column: 13,
          messageId: 'specialAddress',
          data: { value: '"ff02::fb"', range: 'the link-local multicast range (224.0.0.0/24, ff02::/16)' },
        },
        {
          line: 17,
          column: 13,
          messageId: 'specialAddress',
          data: { value: '"ff12::1"', range: 'the link-local multicast range (224.0.0.0/24, ff02::/16)' },
        },
        {
          line: 18,
          column: 13,
          messageId: 'specialAddress',
          data: { value: '"::ffff:127.0.0.1"', range: 'the loopback range (127.0.0.0/8, ::1/128)' },
        },
        {
          line: 19,
          column: 13,
          messageId: 'specialAddress',
          data: { value: '"0127.0.0.1"', range: 'the loopback range (127.0.0.0/8, ::1/128)' },
        },
      ],
    },
    {
      name: 'IPv6 and IPv4 slices',
      files: docs(
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: db-v6
        addressType: IPv6
        endpoints:
          - addresses: ["fe80::5"]
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: db-v4
        addressType: IPv4
        endpoints:
          - addresses:
              - 10.0.0.1
          - addresses:
              - 169.254.1.1
        `,
      ),
      errors: [
        {
          line: 7,
          column: 17,
          messageId: 'specialAddress',
          data: {
            object: 'EndpointSlice default/db-v6',
            field: 'endpoints[0].addresses[0]',
            value: '"fe80::5"',
            range: 'the link-local range (169.254.0.0/16, fe80::/10)',
          },
        },
        {
          line: 18,
          column: 9,
          messageId: 'specialAddress',
          data: {
            object: 'EndpointSlice default/db-v4',
            field: 'endpoints[1].addresses[0]',
            value: '"169.254.1.1"',
          },
        },
      ],
    },
  ],
});
