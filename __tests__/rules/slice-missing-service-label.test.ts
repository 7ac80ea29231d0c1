import { sliceMissingServiceLabel } from '../../src/rules/slice-missing-service-label.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { join, service, slice } from './pairing-fixtures.js';

ruleTester(sliceMissingServiceLabel, {
  valid: [
    {
      name: 'a labelled slice of a selector-less Service',
      files: join(service('etcd'), slice('etcd-1', { serviceName: 'etcd' })),
    },
    {
      name: 'a label naming no Service is slice-without-service',
      files: slice('etcd-1', { serviceName: 'nothing-here' }),
    },
    {
      name: 'several labelled slices split across directories',
      files: {
        'svc/etcd.yaml': service('etcd'),
        'slices/a.yaml': slice('etcd-a', { serviceName: 'etcd' }),
        'slices/b.yaml': slice('etcd-b', { serviceName: 'etcd', ip: '10.20.30.41' }),
      },
    },
    {
      name: 'a multi-cluster slice belongs to a ServiceImport',
      files: `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: product-api-cluster-b
          labels:
            multicluster.kubernetes.io/service-name: product-api
            multicluster.kubernetes.io/source-cluster: cluster-b
            endpointslice.kubernetes.io/managed-by: lighthouse-agent.submariner.io
        addressType: IPv4
        endpoints: [{addresses: ["10.60.0.5"]}]
      `,
    },
  ],
  invalid: [
    {
      name: 'labels without the service-name label: points at `labels:`, suggests the Service its name starts with',
      files: join(service('etcd'), slice('etcd-abc12')),
      errors: [
        {
          line: 14,
          column: 3,
          endColumn: 9,
          messageId: 'suggestedService',
          data: {
            slice: 'EndpointSlice default/etcd-abc12',
            labelState: 'has no',
            service: 'Service default/etcd',
            serviceName: 'etcd',
          },
          fix: '    kubernetes.io/service-name: etcd\n    endpointslice.kubernetes.io/managed-by: staff.example.com',
          related: ['manifest.yaml:4:9'],
        },
      ],
    },
    {
      name: 'no labels at all and no Service to suggest: points at the name, no fix',
      files: `
        apiVersion: discovery.k8s.io/v1
        kind: EndpointSlice
        metadata:
          name: orphan-1
        addressType: IPv4
        endpoints: []
      `,
      errors: [
        {
          line: 4,
          column: 9,
          fix: null,
          related: [],
          messageId: 'missingLabel',
          data: { slice: 'EndpointSlice default/orphan-1', labelState: 'has no', namespace: 'default' },
        },
      ],
    },
    {
      name: 'an empty label value: points at the value and fills it in, keeping the quotes',
      files: {
        'slice.yaml': `
          apiVersion: discovery.k8s.io/v1
          kind: EndpointSlice
          metadata:
            name: etcd
            labels:
              kubernetes.io/service-name: ""
          addressType: IPv4
        `,
        'svc.yaml': service('etcd'),
      },
      errors: [
        {
          file: 'slice.yaml',
          line: 6,
          column: 33,
          messageId: 'suggestedService',
          data: { slice: 'EndpointSlice default/etcd', labelState: 'has an empty', serviceName: 'etcd' },
          fix: '    kubernetes.io/service-name: "etcd"',
          related: ['svc.yaml:4:9'],
        },
      ],
    },
    {
      name: 'several slices: the longest Service name prefix wins; another namespace suggests nothing',
      files: {
        'services.yaml': join(service('etcd'), service('etcd-events')),
        'slices.yaml': join(
          slice('etcd-events-x7'),
          slice('etcd-abc'),
          slice('etcd-1', { namespace: 'infra' }),
        ),
      },
      errors: [
        {
          file: 'slices.yaml',
          line: 5,
          column: 3,
          related: ['services.yaml:13:9'],
          messageId: 'suggestedService',
          data: { service: 'Service default/etcd-events', serviceName: 'etcd-events' },
        },
        {
          file: 'slices.yaml',
          line: 18,
          column: 3,
          related: ['services.yaml:4:9'],
          messageId: 'suggestedService',
          data: { service: 'Service default/etcd', serviceName: 'etcd' },
        },
        {
          file: 'slices.yaml',
          line: 32,
          column: 3,
          related: [],
          fix: null,
          messageId: 'missingLabel',
          data: { slice: 'EndpointSlice infra/etcd-1', namespace: 'infra' },
        },
      ],
    },
    {
      name: 'JSON slice with flow-style labels: suggestion without a fix',
      files: {
        'db.json': `{
  "apiVersion": "discovery.k8s.io/v1",
  "kind": "EndpointSlice",
  "metadata": {
    "name": "db-1",
    "labels": {"app": "db"}
  },
  "addressType": "IPv4",
  "endpoints": [{"addresses": ["10.0.0.9"]}]
}
`,
        'svc.yaml': service('db'),
      },
      errors: [
        {
          file: 'db.json',
          line: 6,
          column: 5,
          endColumn: 13,
          messageId: 'suggestedService',
          data: { slice: 'EndpointSlice default/db-1', serviceName: 'db' },
          fix: null,
          related: ['svc.yaml:4:9'],
        },
      ],
    },
  ],
});
