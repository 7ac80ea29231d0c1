import { invalidProtocol } from '../../src/rules/invalid-protocol.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';
import { CLEAN_WITH_ENDPOINTS, CLEAN_WITHOUT_ENDPOINTS } from './validity-fixtures.js';

ruleTester(invalidProtocol, {
  valid: [
    ...CLEAN_WITHOUT_ENDPOINTS,
    ...CLEAN_WITH_ENDPOINTS,
    {
      name: 'TCP, UDP, SCTP, absent, null, and "" where Kubernetes defaults it',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: dns
        spec:
          ports:
            - {name: a, port: 53, protocol: UDP}
            - {name: b, port: 53, protocol: TCP}
            - {name: c, port: 9, protocol: SCTP}
            - {name: d, port: 10, protocol: ""}
            - {name: e, port: 11, protocol: null}
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: dns
        subsets:
          - addresses: [{ip: 10.0.0.1}]
            ports: [{name: a, port: 53, protocol: ""}]
        `,
      ),
    },
    {
      name: 'placeholders are unknown: ${PROTOCOL}, <protocol>, __PROTO__',
      files: `
        apiVersion: v1
        kind: Service
        metadata:
          name: dns
        spec:
          ports:
            - {name: a, port: 53, protocol: "\${PROTOCOL}"}
            - {name: b, port: 54, protocol: <protocol>}
            - {name: c, port: 55, protocol: __PROTO__}
      `,
    },
  ],
  invalid: [
    {
      name: 'lower case, an application protocol, and "" in a slice',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
            - name: a
              port: 80
              protocol: tcp
            - name: b
              port: 81
              protocol: HTTP
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: web-1
        addressType: IPv4
        ports:
          - name: a
            port: 80
            protocol: ""
          - name: b
            port: 81
            protocol: Udp
        endpoints:
          - addresses: ["10.0.0.1"]
        `,
      ),
      errors: [
        {
          line: 9,
          column: 17,
          messageId: 'wrongCase',
          data: {
            object: 'Service default/web',
            field: 'spec.ports[0].protocol',
            value: '"tcp"',
            rejected: 'The API server rejects the Service',
            intended: 'TCP',
          },
          fix: '      protocol: TCP',
        },
        {
          line: 12,
          column: 17,
          messageId: 'applicationProtocol',
          data: {
            field: 'spec.ports[1].protocol',
            value: '"HTTP"',
            application: 'HTTP',
            transport: 'TCP',
            appProtocol: ', and `appProtocol: http` to tell proxies and gateways what it speaks',
          },
          fix: '      protocol: TCP\n      appProtocol: http',
        },
        {
          line: 22,
          column: 15,
          messageId: 'unknownProtocol',
          data: {
            object: 'EndpointSlice default/web-1',
            field: 'ports[0].protocol',
            value: '""',
            rejected: 'The API server rejects the slice',
          },
        },
        {
          line: 25,
          column: 15,
          messageId: 'wrongCase',
          data: { field: 'ports[1].protocol', value: '"Udp"', intended: 'UDP' },
          fix: '    protocol: UDP',
        },
      ],
    },
    {
      name: 'an Endpoints port protocol that is not a string',
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: dns
        subsets:
          - addresses: [{ip: 10.0.0.1}]
            ports:
              - port: 53
                protocol: 17
      `,
      errors: [
        {
          line: 9,
          column: 19,
          messageId: 'unknownProtocol',
          data: {
            object: 'Endpoints default/dns',
            field: 'subsets[0].ports[0].protocol',
            value: '17',
            rejected: 'The API server rejects the whole Endpoints',
          },
        },
      ],
    },
    {
      name: 'every suggested protocol is one the API server accepts; appProtocol only where it is certain',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
            - name: a
              port: 443
              protocol: HTTPS # web
            - name: b
              port: 8080
              protocol: http
              appProtocol: http
            - name: c
              port: 9090
              protocol: GRPC
            - name: d
              port: 8443
              protocol: QUIC
            - name: e
              port: 8081
              protocol: HTTP2
            - {name: f, port: 8082, protocol: HTTP}
            - name: g
              port: 53
              protocol: TCP/UDP
            - name: h
              port: 54
              protocol: PROTOCOL
            - name: i
              port: 8083
              protocol: WS
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: web
        subsets:
          - addresses: [{ip: 10.0.0.1}]
            ports:
              - name: a
                port: 443
                protocol: HTTPS
        `,
      ),
      errors: [
        {
          line: 9,
          column: 17,
          messageId: 'applicationProtocol',
          data: {
            application: 'HTTPS',
            transport: 'TCP',
            appProtocol: ', and `appProtocol: https` to tell proxies and gateways what it speaks',
          },
          fix: '      protocol: TCP # web\n      appProtocol: https',
        },
        {
          line: 12,
          column: 17,
          messageId: 'applicationProtocol',
          data: {
            value: '"http"',
            transport: 'TCP',
            appProtocol: ' (its `appProtocol` already says what it speaks)',
          },
          fix: '      protocol: TCP',
        },
        {
          line: 16,
          column: 17,
          messageId: 'applicationProtocol',
          data: {
            application: 'GRPC',
            transport: 'TCP',
            appProtocol: ', and `appProtocol: grpc` to tell proxies and gateways what it speaks',
          },
          fix: '      protocol: TCP\n      appProtocol: grpc',
        },
        {
          line: 19,
          column: 17,
          messageId: 'applicationProtocol',
          data: { application: 'QUIC', transport: 'UDP', appProtocol: '' },
          fix: '      protocol: UDP',
        },
        {
          line: 22,
          column: 17,
          messageId: 'applicationProtocol',
          data: {
            application: 'HTTP2',
            transport: 'TCP',
            appProtocol:
              ', and `appProtocol: kubernetes.io/h2c` (HTTP/2 without TLS) or `appProtocol: https` (with TLS) ' +
              'to tell proxies and gateways what it speaks',
          },
          fix: '      protocol: TCP',
        },
        {
          line: 23,
          column: 39,
          messageId: 'applicationProtocol',
          data: {
            application: 'HTTP',
            transport: 'TCP',
            appProtocol: ', and `appProtocol: http` to tell proxies and gateways what it speaks',
          },
          fix: '    - {name: f, port: 8082, protocol: TCP}',
        },
        {
          line: 26,
          column: 17,
          messageId: 'twoProtocols',
          data: { field: 'spec.ports[6].protocol', value: '"TCP/UDP"' },
          fix: null,
        },
        {
          line: 29,
          column: 17,
          messageId: 'unknownProtocol',
          data: { field: 'spec.ports[7].protocol', value: '"PROTOCOL"' },
          fix: null,
        },
        {
          line: 32,
          column: 17,
          messageId: 'applicationProtocol',
          data: {
            application: 'WS',
            transport: 'TCP',
            appProtocol: ', and `appProtocol: kubernetes.io/ws` to tell proxies and gateways what it speaks',
          },
          fix: '      protocol: TCP\n      appProtocol: kubernetes.io/ws',
        },
        {
          line: 43,
          column: 19,
          messageId: 'applicationProtocol',
          data: {
            object: 'Endpoints default/web',
            field: 'subsets[0].ports[0].protocol',
            value: '"HTTPS"',
            appProtocol: ', and `appProtocol: https` to tell proxies and gateways what it speaks',
          },
          fix: '        protocol: TCP\n        appProtocol: https',
        },
      ],
    },
  ],
});
