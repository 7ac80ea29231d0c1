import { duplicateResource } from '../../src/rules/duplicate-resource.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { deployment, endpoints, join, service, slice } from './pairing-fixtures.js';

ruleTester(duplicateResource, {
  valid: [
    {
      name: 'a Service, its Endpoints and its EndpointSlice share a name',
      files: join(service('etcd'), endpoints('etcd'), slice('etcd', { serviceName: 'etcd' })),
    },
    {
      name: 'one base placed in two namespaces by two overlays',
      files: {
        'base/kustomization.yaml': 'resources:\n  - service.yaml\n  - deployment.yaml\n',
        'base/service.yaml': service('web', { selector: { app: 'web' } }),
        'base/deployment.yaml': deployment('web', { app: 'web' }),
        'overlays/dev/kustomization.yaml': 'namespace: dev\nresources:\n  - ../../base\n',
        'overlays/prod/kustomization.yaml': 'namespace: prod\nresources:\n  - ../../base\n',
      },
    },
    {
      name: 'one file listed twice for one namespace, and kustomization files in several directories',
      files: {
        'a/kustomization.yaml': 'namespace: shop\nresources:\n  - ../common/service.yaml\n',
        'b/kustomization.yaml': 'namespace: shop\nresources:\n  - ../common/service.yaml\n',
        'common/service.yaml': service('web', { selector: { app: 'web' } }),
      },
    },
    {
      name: 'a kustomize patch repeats the name of the object it patches',
      files: {
        'base/kustomization.yaml': 'resources:\n  - service.yaml\n',
        'base/service.yaml': service('web', { selector: { app: 'web' } }),
        'overlays/prod/kustomization.yaml':
          'resources:\n  - ../../base\npatches:\n  - path: service-patch.yaml\n    target: {kind: Service, name: web}\n',
        'overlays/prod/service-patch.yaml':
          'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort\n',
      },
    },
    {
      name: 'a Knative Service and a core Service are different kinds of object',
      files: join(
        service('web', { selector: { app: 'web' } }),
        'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: web\n',
      ),
    },
    {
      name: 'same name in two explicit namespaces, and objects without a name',
      files: join(
        service('web', { namespace: 'a', selector: { app: 'web' } }),
        service('web', { namespace: 'b', selector: { app: 'web' } }),
        'apiVersion: v1\nkind: Pod\nmetadata:\n  generateName: job-\n',
        'apiVersion: v1\nkind: Pod\nmetadata:\n  generateName: job-\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'a Service in two files: the later file is reported',
      files: { 'b.yaml': service('etcd'), 'a.yaml': service('etcd') },
      errors: [
        {
          file: 'b.yaml',
          line: 4,
          column: 9,
          endColumn: 13,
          message: ['Service default/etcd is defined twice: here and in a.yaml:4.', 'Delete one of them'],
          related: ['a.yaml:4:9'],
        },
      ],
    },
    {
      name: 'an Endpoints twice in one multi-document file: the later document',
      files: join(endpoints('etcd', 'infra'), endpoints('etcd', 'infra', '10.20.30.41')),
      errors: [{ line: 16, column: 9, related: ['manifest.yaml:4:9'] }],
    },
    {
      name: 'JSON and YAML definitions of one Service',
      files: {
        'a.json':
          '{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "etcd"}, "spec": {"ports": [{"port": 2379}]}}\n',
        'b.yaml': service('etcd', { namespace: 'default' }),
      },
      errors: [{ file: 'b.yaml', line: 4, column: 9, related: ['a.json:1:62'] }],
    },
    {
      name: 'three copies, one of them in a later document: both later ones relate the first',
      files: {
        'list.yaml': `
          apiVersion: v1
          kind: List
          items:
            - apiVersion: v1
              kind: Service
              metadata: {name: etcd}
            - apiVersion: v1
              kind: Service
              metadata: {name: etcd}
        `,
        'more.yaml': join(slice('etcd-1', { serviceName: 'etcd' }), service('etcd')),
      },
      errors: [
        { file: 'list.yaml', line: 9, column: 22, related: ['list.yaml:6:22'] },
        {
          file: 'more.yaml',
          line: 18,
          column: 9,
          message: 'here and in list.yaml:6.',
          related: ['list.yaml:6:22'],
        },
      ],
    },
    {
      name: 'a namespace from a kustomization meets the same namespace written explicitly',
      files: {
        'app/kustomization.yaml': 'namespace: shop\nresources:\n  - svc.yaml\n',
        'app/svc.yaml': service('cart', { selector: { app: 'cart' } }),
        'other/svc.yaml': service('cart', { namespace: 'shop', selector: { app: 'cart' } }),
      },
      errors: [
        {
          file: 'other/svc.yaml',
          line: 4,
          column: 9,
          message: 'Service shop/cart is defined twice',
          related: ['app/svc.yaml:4:9'],
        },
      ],
    },
  ],
});
