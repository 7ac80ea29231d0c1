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
          message: ['Endpoints infra/etcd: subsets[0].addresses[0].ip "0.0.0.0"', 'unspecified'],
        },
        {
          line: 9,
          column: 13,
          message: ['loopback range (127.0.0.0/8, ::1/128)', 'rejects the whole Endpoints'],
        },
        { line: 10, column: 13, message: ['link-local range (169.254.0.0/16, fe80::/10)', 'metadata'] },
        { line: 11, column: 13, message: 'link-local multicast range' },
        { line: 12, column: 13, message: 'loopback' },
        { line: 13, column: 13, message: 'unspecified' },
        { line: 15, column: 13, message: ['notReadyAddresses[0].ip "fe80::1"', 'link-local range'] },
        { line: 16, column: 13, message: 'link-local multicast' },
        { line: 17, column: 13, message: 'link-local multicast' },
        { line: 18, column: 13, message: 'loopback' },
        { line: 19, column: 13, message: 'loopback' },
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
          message: ['EndpointSlice default/db-v6: endpoints[0].addresses[0]', 'the whole slice'],
        },
        { line: 18, column: 9, message: 'endpoints[1].addresses[0] "169.254.1.1"' },
      ],
    },
  ],
});
