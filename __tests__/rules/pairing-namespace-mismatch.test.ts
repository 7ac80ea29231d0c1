import { pairingNamespaceMismatch } from '../../src/rules/pairing-namespace-mismatch.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { endpoints, join, service, slice } from './pairing-fixtures.js';

ruleTester(pairingNamespaceMismatch, {
  valid: [
    {
      name: 'Endpoints and Service in the same explicit namespace',
      files: join(service('etcd', { namespace: 'infra' }), endpoints('etcd', 'infra')),
    },
    {
      name: 'pair split across directories, both namespaces implicit',
      files: { 'svc/etcd.yaml': service('etcd'), 'ep/etcd.yaml': endpoints('etcd') },
    },
    {
      name: 'several slices of one Service, namespace given by a kustomization',
      files: {
        'db/kustomization.yaml': 'namespace: db\nresources:\n  - service.yaml\n  - slices.yaml\n',
        'db/service.yaml': service('postgres'),
        'db/slices.yaml': join(
          slice('postgres-a', { serviceName: 'postgres' }),
          slice('postgres-b', { serviceName: 'postgres', ip: '10.20.30.41' }),
        ),
      },
    },
    {
      name: 'no Service of that name anywhere is endpoints-without-service / slice-without-service',
      files: join(endpoints('etcd', 'infra'), slice('etcd-1', { namespace: 'infra', serviceName: 'etcd' })),
    },
    {
      name: 'the Service exists in its namespace and in another one too',
      files: join(service('etcd', { namespace: 'infra' }), service('etcd'), endpoints('etcd')),
    },
    {
      name: 'the same base placed in two namespaces by two overlays',
      files: {
        'base/kustomization.yaml': 'resources:\n  - service.yaml\n  - endpoints.yaml\n',
        'base/service.yaml': service('etcd'),
        'base/endpoints.yaml': endpoints('etcd'),
        'overlays/dev/kustomization.yaml': 'namespace: dev\nresources:\n  - ../../base\n',
        'overlays/prod/kustomization.yaml': 'namespace: prod\nresources:\n  - ../../base\n',
      },
    },
  ],
  invalid: [
    {
      name: 'Endpoints in namespace default, Service in infra: points at the written namespace',
      files: { 'ep.yaml': endpoints('etcd', 'default'), 'svc.yaml': service('etcd', { namespace: 'infra' }) },
      errors: [
        {
          file: 'ep.yaml',
          line: 5,
          column: 14,
          endColumn: 21,
          messageId: 'endpointsElsewhere',
          data: {
            object: 'Endpoints default/etcd',
            location: 'namespace default',
            serviceName: 'etcd',
            existing: 'the only one is Service infra/etcd',
            wanted: 'namespace infra',
            where: '`metadata.namespace`',
            namespace: 'default',
            hint: '',
          },
          related: ['svc.yaml:5:14'],
        },
      ],
    },
    {
      name: 'Endpoints namespace implicit: a warning at its name',
      files: { 'ep.yaml': endpoints('etcd'), 'svc.yaml': service('etcd', { namespace: 'infra' }) },
      errors: [
        {
          file: 'ep.yaml',
          line: 4,
          column: 9,
          severity: 'warning',
          messageId: 'endpointsElsewhere',
          data: {
            location: 'namespace default (not written: the default namespace is assumed)',
            where: '`metadata.namespace`',
            hint:
              ' The namespace of Endpoints default/etcd is not written, so it depends on how the manifests are ' +
              'applied (for example `kubectl apply -n`); write `namespace:` explicitly to be sure.',
          },
          related: ['svc.yaml:5:14'],
        },
      ],
    },
    {
      name: 'Service namespace implicit, Endpoints explicit: a warning, related the Service name',
      files: { 'a.yaml': service('etcd'), 'b.yaml': endpoints('etcd', 'infra') },
      errors: [
        {
          file: 'b.yaml',
          line: 5,
          column: 14,
          severity: 'warning',
          messageId: 'endpointsElsewhere',
          data: {
            location: 'namespace infra',
            existing:
              'the only one is Service default/etcd (namespace default (not written: the default namespace is assumed))',
            namespace: 'infra',
            hint:
              ' The namespace of Service default/etcd is not written, so it depends on how the manifests are ' +
              'applied (for example `kubectl apply -n`); write `namespace:` explicitly to be sure.',
          },
          related: ['a.yaml:4:9'],
        },
      ],
    },
    {
      name: 'EndpointSlice with an explicit namespace: points at the namespace',
      files: join(
        service('etcd', { namespace: 'infra' }),
        slice('etcd-x1', { namespace: 'default', serviceName: 'etcd' }),
      ),
      errors: [
        {
          line: 15,
          column: 14,
          messageId: 'sliceElsewhere',
          data: {
            object: 'EndpointSlice default/etcd-x1',
            location: 'namespace default',
            serviceName: 'etcd',
            existing: 'the only one is Service infra/etcd',
            wanted: 'namespace infra',
            namespace: 'default',
            hint: '',
          },
          related: ['manifest.yaml:5:14'],
        },
      ],
    },
    {
      name: 'EndpointSlice placed by a kustomization: an error at the service-name label value',
      files: {
        'apps/kustomization.yaml': 'namespace: apps\nresources:\n  - slice.yaml\n',
        'apps/slice.yaml': slice('etcd-x1', { serviceName: 'etcd' }),
        'apps/infra/svc.yaml': service('etcd', { namespace: 'infra' }),
        'other/svc.yaml': service('etcd', { namespace: 'other' }),
      },
      errors: [
        {
          file: 'apps/slice.yaml',
          line: 6,
          column: 33,
          severity: 'error',
          messageId: 'sliceElsewhere',
          data: {
            location: 'namespace apps (given by apps/kustomization.yaml)',
            // Only the Service deployed beside the slice is the one it was meant for.
            existing: 'the only one is Service infra/etcd',
            where: 'the namespace apps/kustomization.yaml gives it',
            hint: '',
          },
          related: ['apps/infra/svc.yaml:5:14'],
        },
      ],
    },
    {
      name: 'JSON manifest',
      files: {
        'etcd.json': `{
  "apiVersion": "v1",
  "kind": "Endpoints",
  "metadata": {"name": "etcd", "namespace": "prod"},
  "subsets": [{"addresses": [{"ip": "10.0.0.5"}], "ports": [{"name": "client", "port": 2379}]}]
}
`,
        'svc.yaml': service('etcd', { namespace: 'staging' }),
      },
      errors: [
        {
          file: 'etcd.json',
          line: 4,
          column: 45,
          endColumn: 51,
          messageId: 'endpointsElsewhere',
          data: { object: 'Endpoints prod/etcd', wanted: 'namespace staging', namespace: 'prod' },
          related: ['svc.yaml:5:14'],
        },
      ],
    },
    {
      name: 'Services of that name in two other namespaces: both related',
      files: {
        'a.yaml': join(service('etcd', { namespace: 'infra' }), service('etcd', { namespace: 'ops' })),
        'b.yaml': endpoints('etcd', 'default'),
      },
      errors: [
        {
          file: 'b.yaml',
          line: 5,
          column: 14,
          messageId: 'endpointsElsewhere',
          data: {
            existing: 'the Services of that name are Service infra/etcd, Service ops/etcd',
            wanted: 'one of the namespaces infra, ops',
          },
          related: ['a.yaml:5:14', 'a.yaml:15:14'],
        },
      ],
    },
    {
      name: 'kind: List',
      files: `
        apiVersion: v1
        kind: List
        items:
          - apiVersion: v1
            kind: Endpoints
            metadata:
              name: etcd
              namespace: default
            subsets: []
          - apiVersion: v1
            kind: Service
            metadata:
              name: etcd
              namespace: infra
            spec:
              ports: [{port: 2379}]
      `,
      errors: [
        {
          line: 8,
          column: 18,
          messageId: 'endpointsElsewhere',
          data: { object: 'Endpoints default/etcd', existing: 'the only one is Service infra/etcd' },
          related: ['manifest.yaml:14:18'],
        },
      ],
    },
  ],
});
