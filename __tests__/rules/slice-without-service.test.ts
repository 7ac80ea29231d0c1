import { sliceWithoutService } from '../../src/rules/slice-without-service.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { join, service, slice } from './pairing-fixtures.js';

ruleTester(sliceWithoutService, {
  valid: [
    {
      name: 'slice and Service in one file',
      files: join(service('etcd'), slice('etcd-1', { serviceName: 'etcd' })),
    },
    {
      name: 'slice and Service placed in one namespace by a kustomization, files in different directories',
      files: {
        'app/kustomization.yaml':
          'namespace: data\nresources:\n  - ../svc/etcd.yaml\n  - ../slices/etcd.yaml\n',
        'svc/etcd.yaml': service('etcd'),
        'slices/etcd.yaml': slice('etcd-1', { serviceName: 'etcd' }),
      },
    },
    {
      name: 'a Service of that name in another namespace is pairing-namespace-mismatch',
      files: join(service('etcd', { namespace: 'infra' }), slice('etcd-1', { serviceName: 'etcd' })),
    },
    {
      name: 'no label at all is slice-missing-service-label',
      files: slice('etcd-1'),
    },
  ],
  invalid: [
    {
      name: 'a typo in the label: suggests the closest Service and fixes the line',
      files: {
        'manifests/db.yaml': join(
          service('etcd-supporting-kubernetes'),
          slice('etcd-1', { serviceName: 'etcd-support-kubernetes' }),
        ),
      },
      errors: [
        {
          file: 'manifests/db.yaml',
          line: 15,
          column: 33,
          endColumn: 56,
          messageId: 'closeName',
          data: {
            slice: 'EndpointSlice default/etcd-1',
            serviceName: 'etcd-support-kubernetes',
            namespace: 'default',
            suggestion: 'etcd-supporting-kubernetes',
            service: 'Service default/etcd-supporting-kubernetes',
          },
          fix: '    kubernetes.io/service-name: etcd-supporting-kubernetes',
          related: ['manifests/db.yaml:4:9'],
        },
      ],
    },
    {
      name: 'a quoted label value keeps its quotes in the fix',
      files: {
        'svc.yaml': service('etcd-support', { namespace: 'infra' }),
        'slice.yaml': `
          apiVersion: discovery.k8s.io/v1
          kind: EndpointSlice
          metadata:
            name: etcd-support-1
            namespace: infra
            labels: {"kubernetes.io/service-name": "etcd-suport"}
          addressType: IPv4
        `,
      },
      errors: [
        {
          file: 'slice.yaml',
          line: 6,
          column: 42,
          messageId: 'closeName',
          data: { serviceName: 'etcd-suport', namespace: 'infra', suggestion: 'etcd-support' },
          fix: '  labels: {"kubernetes.io/service-name": "etcd-support"}',
          related: ['svc.yaml:4:9'],
        },
      ],
    },
    {
      name: 'no close name in its namespace (a Service in another namespace is not suggested): no fix',
      files: join(service('etcd', { namespace: 'infra' }), slice('etcd-1', { serviceName: 'etcx' })),
      errors: [
        {
          line: 16,
          column: 33,
          fix: null,
          related: [],
          messageId: 'noService',
          data: { slice: 'EndpointSlice default/etcd-1', serviceName: 'etcx', namespace: 'default' },
        },
      ],
    },
    {
      name: 'a namePrefix renames the Service but never the label: stale, at the label, no fix',
      files: {
        'kustomization.yaml': 'namePrefix: prod-\nresources: [etcd.yaml]\n',
        'etcd.yaml': join(service('etcd'), slice('etcd-1', { serviceName: 'etcd' })),
      },
      errors: [
        {
          file: 'etcd.yaml',
          line: 15,
          column: 33,
          messageId: 'renamedByBuild',
          data: { slice: 'EndpointSlice default/prod-etcd-1', serviceName: 'etcd', renamed: 'prod-etcd' },
          fix: null,
          related: ['etcd.yaml:4:9'],
        },
      ],
    },
  ],
});
