import { invalidName } from '../../src/rules/invalid-name.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';
import { CLEAN_WITH_ENDPOINTS, CLEAN_WITHOUT_ENDPOINTS } from './validity-fixtures.js';

ruleTester(invalidName, {
  valid: [
    ...CLEAN_WITHOUT_ENDPOINTS,
    ...CLEAN_WITH_ENDPOINTS,
    {
      name: 'a slice with generateName and no name; dotted slice names; 63-character Service names',
      files: docs(
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          generateName: db-
        addressType: IPv4
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: db.ipv4-1
        addressType: IPv4
        `,
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: a${'b'.repeat(61)}9
        `,
      ),
    },
    {
      name: 'a Service of another API group (Knative) is not Kubernetes’ Service',
      files: `
        apiVersion: serving.knative.dev/v1
        kind: Service
        metadata:
          name: Hello_World
        spec:
          template:
            spec:
              containers: [{image: example.com/hello}]
      `,
    },
    {
      name: 'placeholder names are unknown, not invalid',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: NAME
        `,
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: \${APP}-svc
        `,
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: <service-name>
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: SERVICE_NAME
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: __SERVICE__
        `,
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: _
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: $(SERVICE_NAME)-1
        addressType: IPv4
        `,
      ),
    },
  ],
  invalid: [
    {
      name: 'Service names that are not DNS-1035 labels',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: Etcd_Main
        `,
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: 1etcd
        `,
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: a${'b'.repeat(63)}
        `,
      ),
      errors: [
        {
          line: 4,
          column: 9,
          message: [
            'Service default/Etcd_Main: the name "Etcd_Main" contains upper-case',
            'DNS-1035',
            '`etcd-main`',
          ],
          fix: null,
        },
        { line: 9, column: 9, message: ['starts with a digit', 'e.g. to `etcd`'] },
        { line: 14, column: 9, message: 'is 64 characters long (at most 63)' },
      ],
    },
    {
      name: 'Endpoints names: not a subdomain; a subdomain no Service can have; a number',
      files: docs(
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd_v2
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd.v2
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: 1234
        `,
      ),
      errors: [
        {
          line: 4,
          column: 9,
          message: ['Endpoints default/etcd_v2', 'DNS-1123 subdomain', 'exactly like its Service'],
        },
        {
          line: 9,
          column: 9,
          message: [
            'The API server accepts it',
            'no Service can ever have this name',
            'never receive traffic',
          ],
        },
        {
          line: 14,
          column: 9,
          // Quoted, 1234 is still a name no Service can have: no fix that the rule would report again.
          message: ['metadata.name is 1234, not a string', 'Write the name of its Service, as text'],
          fix: null,
        },
      ],
    },
    {
      name: 'a slice with an upper-case name and a Service without a name, in a List',
      files: `
        apiVersion: v1
        kind: List
        items:
          - apiVersion: discovery.k8s.io/v1
            kind: EndpointSlice
            metadata:
              name: DB-1
            addressType: IPv4
          - apiVersion: v1
            kind: Service
            metadata:
              namespace: prod
      `,
      errors: [
        { line: 7, column: 13, message: ['EndpointSlice default/DB-1', 'DNS-1123 subdomain', '`db-1`'] },
        { line: 11, column: 5, message: ['Service in namespace prod has no metadata.name', 'generateName'] },
      ],
    },
    {
      name: 'real names in the wrong case or with underscores are still reported next to placeholders',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: MyService
        `,
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: my_service
        `,
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: WEB-FRONTEND
        `,
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: MY_SERVICE
        `,
      ),
      errors: [
        { line: 4, column: 9, message: ['"MyService" contains upper-case letters', 'e.g. to `myservice`'] },
        { line: 9, column: 9, message: ['"my_service" contains "_"', 'e.g. to `my-service`'] },
        { line: 14, column: 9, message: ['"WEB-FRONTEND" contains upper-case letters', '`web-frontend`'] },
      ],
    },
  ],
});
