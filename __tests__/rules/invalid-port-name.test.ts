import { invalidPortName } from '../../src/rules/invalid-port-name.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';
import { CLEAN_WITH_ENDPOINTS, CLEAN_WITHOUT_ENDPOINTS } from './validity-fixtures.js';

ruleTester(invalidPortName, {
  valid: [
    ...CLEAN_WITHOUT_ENDPOINTS,
    ...CLEAN_WITH_ENDPOINTS,
    {
      name: 'IANA names as targetPort, 63-character port names, empty targetPort',
      files: `
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
            - name: ${'a'.repeat(63)}
              port: 80
              targetPort: metrics-sidecar
            - name: h2c
              port: 81
              targetPort: 9p
            - name: tls
              port: 443
              targetPort: ""
      `,
    },
    {
      name: 'placeholder port names and targetPorts are unknown, not invalid',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
            - name: PORT_NAME
              port: 80
              targetPort: TARGET_PORT
            - name: \${NAME}
              port: 81
              targetPort: <port-name>
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: web-1
        addressType: IPv4
        ports:
          - name: __NAME__
            port: 80
        `,
      ),
    },
  ],
  invalid: [
    {
      name: 'Service port names and string targetPorts',
      files: `
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
            - name: Client
              port: 80
              targetPort: "8080"
            - name: http_api
              port: 81
              targetPort: HTTP
            - name: a
              port: 82
              targetPort: metrics--x
            - name: b
              port: 83
              targetPort: sixteen-chars-xx
      `,
      errors: [
        {
          line: 7,
          column: 13,
          message: ['Service default/web: port name "Client" contains upper-case letters', 'DNS-1123 label'],
          fix: '    - name: client',
        },
        {
          line: 9,
          column: 19,
          message: ['targetPort "8080" is a quoted number', '`targetPort: 8080`'],
          fix: '      targetPort: 8080',
        },
        { line: 10, column: 13, message: 'contains "_"', fix: null },
        {
          line: 12,
          column: 19,
          message: ['targetPort "HTTP"', 'IANA service name'],
          fix: '      targetPort: http',
        },
        { line: 15, column: 19, message: "contains '--'", fix: null },
        { line: 18, column: 19, message: 'is 16 characters long (at most 15)', fix: null },
      ],
    },
    {
      name: 'a number as an Endpoints port name, a dotted slice port name (multi-document)',
      files: docs(
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: web
        subsets:
          - addresses: [{ip: 10.0.0.1}]
            ports:
              - name: 8080
                port: 8080
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: web-1
        addressType: IPv4
        ports:
          - name: Peer.1
            port: 2380
        endpoints:
          - addresses: ["10.0.0.1"]
        `,
      ),
      errors: [
        {
          line: 8,
          column: 15,
          message: ['Endpoints default/web: subsets[0].ports[0].name is 8080, not a string', 'Quote it'],
          fix: '      - name: "8080"',
        },
        {
          line: 17,
          column: 11,
          message: ['EndpointSlice default/web-1: port name "Peer.1"', 'rejects the slice'],
          fix: null,
        },
      ],
    },
    {
      name: 'protocol names are real port names in the wrong case; a quoted number proposes only a valid port',
      files: `
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
            - name: HTTP
              port: 80
              targetPort: "70000"
            - name: TCP
              port: 81
              targetPort: "0"
      `,
      errors: [
        { line: 7, column: 13, message: 'port name "HTTP" contains upper-case', fix: '    - name: http' },
        {
          line: 9,
          column: 19,
          message: ['targetPort "70000" is a quoted number', 'above 65535'],
          fix: null,
        },
        { line: 10, column: 13, message: 'port name "TCP"', fix: '    - name: tcp' },
        {
          line: 12,
          column: 19,
          message: 'Write the number without quotes: `targetPort: 0`',
          fix: '      targetPort: 0',
        },
      ],
    },
  ],
});
