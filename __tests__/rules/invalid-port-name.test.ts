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
          messageId: 'upperCaseName',
          data: {
            object: 'Service default/web',
            name: '"Client"',
            problem: 'contains upper-case letters (only lower-case is allowed)',
            rejected: 'The API server rejects the Service',
            lower: 'client',
          },
          fix: '    - name: client',
        },
        {
          line: 9,
          column: 19,
          messageId: 'quotedTargetPort',
          data: { object: 'Service default/web', targetPort: '"8080"', number: 8080 },
          fix: '      targetPort: 8080',
        },
        {
          line: 10,
          column: 13,
          messageId: 'invalidName',
          data: { name: '"http_api"', problem: `contains "_" (only a-z, 0-9 and '-' are allowed)` },
          fix: null,
        },
        {
          line: 12,
          column: 19,
          messageId: 'upperCaseTargetPort',
          data: { targetPort: '"HTTP"', lower: 'http' },
          fix: '      targetPort: http',
        },
        {
          line: 15,
          column: 19,
          messageId: 'invalidTargetPort',
          data: { targetPort: '"metrics--x"', problem: "contains '--' (consecutive hyphens)" },
          fix: null,
        },
        {
          line: 18,
          column: 19,
          messageId: 'invalidTargetPort',
          data: { targetPort: '"sixteen-chars-xx"', problem: 'is 16 characters long (at most 15)' },
          fix: null,
        },
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
          messageId: 'unquotedName',
          data: {
            object: 'Endpoints default/web',
            field: 'subsets[0].ports[0].name',
            value: '8080',
            rejected: 'The API server rejects the whole Endpoints',
            text: '8080',
          },
          fix: '      - name: "8080"',
        },
        {
          line: 17,
          column: 11,
          messageId: 'invalidName',
          data: {
            object: 'EndpointSlice default/web-1',
            name: '"Peer.1"',
            rejected: 'The API server rejects the slice',
          },
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
        {
          line: 7,
          column: 13,
          messageId: 'upperCaseName',
          data: { name: '"HTTP"', lower: 'http' },
          fix: '    - name: http',
        },
        {
          line: 9,
          column: 19,
          messageId: 'quotedTargetPortOutOfRange',
          data: { targetPort: '"70000"', number: 70000 },
          fix: null,
        },
        {
          line: 10,
          column: 13,
          messageId: 'upperCaseName',
          data: { name: '"TCP"', lower: 'tcp' },
          fix: '    - name: tcp',
        },
        {
          line: 12,
          column: 19,
          messageId: 'quotedTargetPort',
          data: { targetPort: '"0"', number: 0 },
          fix: '      targetPort: 0',
        },
      ],
    },
    {
      name: 'a port name that is neither text nor a label once quoted',
      files: `
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
            - name: 1.5
              port: 80
      `,
      errors: [
        {
          line: 7,
          column: 13,
          messageId: 'nameNotText',
          data: {
            object: 'Service default/web',
            field: 'spec.ports[0].name',
            value: '1.5',
            rejected: 'The API server rejects the Service',
          },
          fix: null,
        },
      ],
    },
  ],
});
