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
          messageId: 'invalidServiceName',
          data: {
            object: 'Service default/Etcd_Main',
            value: '"Etcd_Main"',
            problem: 'contains upper-case letters (only lower-case is allowed)',
            example: ', e.g. to `etcd-main`',
          },
          fix: null,
        },
        {
          line: 9,
          column: 9,
          messageId: 'invalidServiceName',
          data: { value: '"1etcd"', example: ', e.g. to `etcd`' },
        },
        {
          line: 14,
          column: 9,
          messageId: 'invalidServiceName',
          data: { problem: 'is 64 characters long (at most 63)' },
        },
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
          messageId: 'invalidEndpointsName',
          data: { object: 'Endpoints default/etcd_v2', value: '"etcd_v2"' },
        },
        {
          line: 9,
          column: 9,
          messageId: 'noServiceCanHaveName',
          data: { object: 'Endpoints default/etcd.v2', value: '"etcd.v2"' },
        },
        {
          line: 14,
          column: 9,
          // Quoted, 1234 is still a name no Service can have: no fix that the rule would report again.
          messageId: 'notAString',
          data: { value: '1234', wanted: 'the name of its Service' },
          fix: null,
        },
      ],
    },
    {
      name: 'a slice named with a number: quoting it is the fix',
      files: `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: 1234
          labels:
            kubernetes.io/service-name: db
        addressType: IPv4
      `,
      errors: [
        {
          line: 4,
          column: 9,
          messageId: 'unquotedName',
          data: { value: '1234', text: '1234' },
          fix: '  name: "1234"',
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
        {
          line: 7,
          column: 13,
          messageId: 'invalidSliceName',
          data: { object: 'EndpointSlice default/DB-1', value: '"DB-1"', example: ', e.g. to `db-1`' },
        },
        {
          line: 11,
          column: 5,
          messageId: 'noName',
          data: {
            kind: 'Service',
            namespace: 'prod',
            pairing: ', and a Service pairs with its counterpart by its name',
            hint: '',
          },
        },
      ],
    },
    {
      name: 'an Endpoints without a name: it needs the name of its Service',
      files: `
        apiVersion: v1
        kind: Endpoints
        metadata:
          labels: {app: etcd}
        subsets: []
      `,
      errors: [
        {
          line: 3,
          column: 1,
          messageId: 'noName',
          data: { kind: 'Endpoints', namespace: 'default', hint: ': the name of its Service' },
        },
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
        {
          line: 4,
          column: 9,
          messageId: 'invalidServiceName',
          data: {
            value: '"MyService"',
            problem: 'contains upper-case letters (only lower-case is allowed)',
            example: ', e.g. to `myservice`',
          },
        },
        {
          line: 9,
          column: 9,
          messageId: 'invalidServiceName',
          data: { value: '"my_service"', example: ', e.g. to `my-service`' },
        },
        {
          line: 14,
          column: 9,
          messageId: 'invalidServiceName',
          data: { value: '"WEB-FRONTEND"', example: ', e.g. to `web-frontend`' },
        },
      ],
    },
  ],
});
