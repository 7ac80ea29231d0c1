import { invalidApiVersion } from '../../src/rules/invalid-api-version.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';
import { CLEAN_WITH_ENDPOINTS, CLEAN_WITHOUT_ENDPOINTS } from './validity-fixtures.js';

ruleTester(invalidApiVersion, {
  valid: [
    ...CLEAN_WITHOUT_ENDPOINTS,
    ...CLEAN_WITH_ENDPOINTS,
    {
      name: 'other kinds are not this rule’s business',
      files: `
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
      `,
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
      name: 'a placeholder apiVersion is unknown',
      files: `
        apiVersion: \${SERVICE_API_VERSION}
        kind: Service
        metadata:
          name: web
      `,
    },
  ],
  invalid: [
    {
      name: 'v1beta1 slice, Endpoints in the discovery group, a Service in a made-up group',
      files: docs(
        `
        apiVersion: discovery.k8s.io/v1beta1
        kind: EndpointSlice
        metadata:
          name: etcd-1
        addressType: IPv4
        `,
        `
        apiVersion: discovery.k8s.io/v1
        kind: Endpoints
        metadata:
          name: etcd
        `,
        `
        apiVersion: core/v1
        kind: Service
        metadata:
          name: etcd
        `,
      ),
      errors: [
        {
          line: 1,
          column: 13,
          endColumn: 37,
          messageId: 'removedVersion',
          data: {
            object: 'EndpointSlice default/etcd-1',
            version: 'discovery.k8s.io/v1beta1',
            removed: 'was removed in Kubernetes v1.25',
            kind: 'EndpointSlice',
            expected: 'discovery.k8s.io/v1',
            topology: '',
          },
          fix: 'apiVersion: discovery.k8s.io/v1',
        },
        {
          line: 7,
          column: 13,
          messageId: 'unknownVersion',
          data: {
            object: 'Endpoints default/etcd',
            version: 'discovery.k8s.io/v1',
            kind: 'Endpoints',
            expected: 'v1',
          },
          fix: 'apiVersion: v1',
        },
        {
          line: 12,
          column: 13,
          messageId: 'unknownVersion',
          data: { object: 'Service default/etcd', version: 'core/v1', kind: 'Service', expected: 'v1' },
          fix: 'apiVersion: v1',
        },
      ],
    },
    {
      name: 'JSON and List items',
      files: {
        'list.json': `
          {
            "apiVersion": "v1",
            "kind": "List",
            "items": [
              {"apiVersion": "v2", "kind": "Service", "metadata": {"name": "a"}}
            ]
          }
        `,
      },
      errors: [
        {
          line: 5,
          column: 20,
          messageId: 'unknownVersion',
          data: { object: 'Service default/a', version: 'v2', expected: 'v1' },
          fix: '    {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "a"}}',
        },
      ],
    },
    {
      name: 'a v1beta1 slice with topology: the version alone is no fix (v1 has no topology)',
      files: `
        apiVersion: discovery.k8s.io/v1beta1
        kind: EndpointSlice
        metadata:
          name: etcd-1
        addressType: IPv4
        endpoints:
          - addresses: ["10.0.0.1"]
            topology:
              kubernetes.io/hostname: node-1
      `,
      errors: [
        {
          line: 1,
          column: 13,
          messageId: 'removedVersion',
          data: {
            version: 'discovery.k8s.io/v1beta1',
            expected: 'discovery.k8s.io/v1',
            topology:
              ', and move the `topology` of its endpoint, which v1 no longer has (strict field validation ' +
              'rejects it): `kubernetes.io/hostname` to `nodeName`, `topology.kubernetes.io/zone` to `zone`, ' +
              'anything else to `deprecatedTopology`',
          },
          fix: null,
        },
      ],
    },
    {
      name: 'an upper-case version is a mistake, not a placeholder',
      files: `
        apiVersion: V1
        kind: Service
        metadata:
          name: web
      `,
      errors: [
        {
          line: 1,
          column: 13,
          messageId: 'unknownVersion',
          data: { object: 'Service default/web', version: 'V1', expected: 'v1' },
          fix: 'apiVersion: v1',
        },
      ],
    },
  ],
});
