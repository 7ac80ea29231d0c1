import { sliceReservedManagedBy } from '../../src/rules/slice-reserved-managed-by.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';

// `metadata.name` on line 4.
const etcdService = (spec = '') => `
  apiVersion: v1
  kind: Service
  metadata:
    name: etcd
  spec:${spec}
    ports: [{name: client, port: 2379}]
`;

/** A slice of etcd managed by `manager`; the label value on line 7 of the slice, column 45. */
const slice = (manager: string, extraMetadata = '') => `
  apiVersion: discovery.k8s.io/v1
  kind: EndpointSlice
  metadata:
    name: etcd-1
    labels:
      kubernetes.io/service-name: etcd
      endpointslice.kubernetes.io/managed-by: ${manager}${extraMetadata}
  addressType: IPv4
  endpoints: [{addresses: [10.20.30.40]}]
  ports: [{name: client, port: 2379}]
`;

ruleTester(sliceReservedManagedBy, {
  valid: [
    {
      name: 'the etcd pair (Service and Endpoints, named port)',
      files: docs(
        `
        apiVersion: v1
        kind: Service
        metadata:
          name: etcd
        spec:
          ports: [{name: client, port: 2379}]
        `,
        `
        apiVersion: v1
        kind: Endpoints
        metadata:
          name: etcd
        subsets:
          - addresses: [{ip: 10.20.30.40}]
            ports: [{name: client, port: 2379}]
        `,
      ),
    },
    {
      name: 'a manager value of its own',
      files: docs(etcdService(), slice('manifests.example.com')),
    },
    {
      name: 'no managed-by label (slice-missing-managed-by speaks of it)',
      files: docs(
        etcdService(),
        `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: etcd-1
          labels: {kubernetes.io/service-name: etcd}
        addressType: IPv4
        endpoints: [{addresses: [10.20.30.40]}]
        ports: [{name: client, port: 2379}]
        `,
      ),
    },
    {
      name: 'a dump of what the EndpointSlice controller wrote (it owns the slice through the Service)',
      files: docs(
        etcdService('\n    selector: {app: etcd}'),
        slice(
          'endpointslice-controller.k8s.io',
          '\n    ownerReferences:\n      - {apiVersion: v1, kind: Service, name: etcd, uid: 0b1c, controller: true}',
        ),
      ),
    },
    {
      name: 'a dump of what the mirroring controller wrote (it owns the slice through the Endpoints)',
      files: docs(
        etcdService(),
        slice(
          'endpointslicemirroring-controller.k8s.io',
          '\n    ownerReferences:\n      - {apiVersion: v1, kind: Endpoints, name: etcd, uid: 9f2e, controller: true}',
        ),
      ),
    },
  ],
  invalid: [
    {
      name: 'the mirroring controller’s label on a hand-written slice, beside the Endpoints it would mirror',
      files: {
        'etcd.yaml': docs(
          etcdService(),
          slice('endpointslicemirroring-controller.k8s.io'),
          `
          apiVersion: v1
          kind: Endpoints
          metadata:
            name: etcd
          subsets:
            - addresses: [{ip: 10.20.30.40}]
              ports: [{name: client, port: 2379}]
          `,
        ),
      },
      errors: [
        {
          file: 'etcd.yaml',
          line: 14,
          column: 45,
          endColumn: 85,
          messageId: 'mirroringController',
          data: { slice: 'EndpointSlice default/etcd-1' },
          related: ['etcd.yaml:4:9', 'etcd.yaml:22:9'],
        },
      ],
    },
    {
      name: 'the mirroring controller’s label on a slice without any Service',
      files: slice('endpointslicemirroring-controller.k8s.io'),
      errors: [
        {
          line: 7,
          column: 45,
          messageId: 'mirroringController',
          data: { slice: 'EndpointSlice default/etcd-1' },
          related: [],
        },
      ],
    },
    {
      name: 'the EndpointSlice controller’s label, selector-less Service: a warning',
      files: docs(etcdService(), slice('endpointslice-controller.k8s.io')),
      errors: [
        {
          line: 14,
          column: 45,
          severity: 'warning',
          messageId: 'sliceControllerLeavesAlone',
          data: { slice: 'EndpointSlice default/etcd-1' },
          related: ['manifest.yaml:4:9'],
        },
      ],
    },
    {
      name: 'the EndpointSlice controller’s label, Service with a selector: an error',
      files: docs(etcdService('\n    selector: {app: etcd}'), slice('"endpointslice-controller.k8s.io"')),
      errors: [
        {
          line: 15,
          column: 45,
          severity: 'error',
          messageId: 'sliceControllerReplaces',
          data: { slice: 'EndpointSlice default/etcd-1', service: 'Service default/etcd' },
        },
      ],
    },
  ],
});
