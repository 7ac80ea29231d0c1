import { portOutOfRange } from '../../src/rules/port-out-of-range.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';
import { CLEAN_WITH_ENDPOINTS, CLEAN_WITHOUT_ENDPOINTS } from './validity-fixtures.js';

ruleTester(portOutOfRange, {
  valid: [
    ...CLEAN_WITHOUT_ENDPOINTS,
    ...CLEAN_WITH_ENDPOINTS,
    {
      name: 'bounds, defaulted targetPorts (absent, 0) and named targetPorts',
      files: `
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
            - name: low
              port: 1
              targetPort: 0
            - name: high
              port: 65535
            - name: named
              port: 80
              targetPort: http
      `,
    },
    {
      name: 'placeholder ports and targetPorts are unknown, not invalid',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
            - name: a
              port: PORT
              targetPort: \${TARGET_PORT}
            - name: b
              port: <port>
            - name: c
              port: "\${PORT}"
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: web-1
        addressType: IPv4
        ports:
          - name: a
            port: $(PORT)
          - name: b
            port: BACKEND_PORT
        endpoints:
          - addresses: ["10.0.0.1"]
        `,
      ),
    },
  ],
  invalid: [
    {
      name: 'Service ports and targetPorts',
      files: `
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
            - name: a
              port: 0
            - name: b
              port: 65536
            - name: c
              port: "2379"
            - name: d
              port: 80
              targetPort: -1
            - name: e
              port: 81
              targetPort: 70000
            - name: f
            - name: g
              port: 80.5
      `,
      errors: [
        {
          line: 8,
          column: 13,
          messageId: 'outOfRange',
          data: {
            object: 'Service default/web',
            field: 'spec.ports[0].port',
            value: 0,
            rejected: 'The API server rejects the Service',
          },
        },
        {
          line: 10,
          column: 13,
          messageId: 'outOfRange',
          data: { field: 'spec.ports[1].port', value: 65536 },
        },
        {
          line: 12,
          column: 13,
          messageId: 'quotedNumber',
          data: {
            field: 'spec.ports[2].port',
            value: '"2379"',
            rejected: 'The API server rejects the Service',
            unquoted: ': `2379`',
          },
          fix: '      port: 2379',
        },
        {
          line: 15,
          column: 19,
          messageId: 'outOfRange',
          data: { field: 'spec.ports[3].targetPort', value: -1 },
        },
        {
          line: 18,
          column: 19,
          messageId: 'outOfRange',
          data: { field: 'spec.ports[4].targetPort', value: 70000 },
        },
        {
          line: 19,
          column: 7,
          messageId: 'noPort',
          data: {
            object: 'Service default/web',
            item: 'spec.ports[5]',
            field: 'spec.ports[5].port',
            rejected: 'The API server rejects the Service',
          },
        },
        {
          line: 21,
          column: 13,
          messageId: 'notANumber',
          data: { field: 'spec.ports[6].port', value: '80.5', names: '' },
        },
      ],
    },
    {
      name: 'Endpoints and EndpointSlice ports (multi-document)',
      files: docs(
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: web
        subsets:
          - addresses: [{ip: 10.0.0.1}]
            ports:
              - name: http
                port: http
              - name: metrics
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: web-1
        addressType: IPv4
        ports:
          - name: a
          - name: b
            port: 0
          - name: c
            port: 70000
          - name: d
            port: "8080"
        endpoints:
          - addresses: ["10.0.0.1"]
        `,
      ),
      errors: [
        {
          line: 9,
          column: 15,
          messageId: 'notANumber',
          data: {
            object: 'Endpoints default/web',
            field: 'subsets[0].ports[0].port',
            value: '"http"',
            names: ' (names belong in `name`)',
          },
        },
        {
          line: 10,
          column: 9,
          messageId: 'noPort',
          data: { item: 'subsets[0].ports[1]', rejected: 'The API server rejects the whole Endpoints' },
        },
        {
          line: 18,
          column: 5,
          messageId: 'sliceNoPort',
          data: {
            object: 'EndpointSlice default/web-1',
            item: 'ports[0]',
            has: 'no port number',
            meaning: ' (in the API a missing port means "all ports")',
            which: 'without a number',
          },
        },
        {
          line: 20,
          column: 11,
          messageId: 'sliceNoPort',
          data: { item: 'ports[1]', has: 'port 0', meaning: '', which: 'numbered 0' },
        },
        {
          line: 22,
          column: 11,
          messageId: 'sliceOutOfRange',
          data: { field: 'ports[2].port', value: 70000 },
        },
        {
          line: 24,
          column: 11,
          messageId: 'quotedNumber',
          data: { value: '"8080"', rejected: 'The API server rejects the slice', unquoted: ': `8080`' },
          fix: '    port: 8080',
        },
      ],
    },
    {
      name: 'a quoted number out of range is not fixed to it; a word that is no placeholder is reported',
      files: `
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
            - name: a
              port: "70000"
            - name: b
              port: http
      `,
      errors: [
        {
          line: 8,
          column: 13,
          messageId: 'quotedNumber',
          data: {
            field: 'spec.ports[0].port',
            value: '"70000"',
            unquoted: ', and between 1 and 65535: 70000 is not a port either',
          },
          fix: null,
        },
        {
          line: 10,
          column: 13,
          messageId: 'notANumber',
          data: { field: 'spec.ports[1].port', value: '"http"', names: ' (names belong in `name`)' },
        },
      ],
    },
  ],
});
