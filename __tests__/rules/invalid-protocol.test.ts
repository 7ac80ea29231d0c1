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
          message: ['Service default/web: spec.ports[0].protocol is "tcp"', 'Unsupported value'],
          fix: '      protocol: TCP',
        },
        {
          line: 12,
          column: 17,
          message: ['is "HTTP"', '`protocol: TCP` and `appProtocol: http`'],
          fix: null,
        },
        {
          line: 22,
          column: 15,
          message: ['EndpointSlice default/web-1: ports[0].protocol is ""', 'rejects the slice'],
        },
        { line: 25, column: 15, message: 'is "Udp"', fix: '    protocol: UDP' },
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
          message: ['subsets[0].ports[0].protocol is 17', 'rejects the whole Endpoints'],
        },
      ],
    },
  ],
});
