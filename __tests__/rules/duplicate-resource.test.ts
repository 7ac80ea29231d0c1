import { duplicateResource } from '../../src/rules/duplicate-resource.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { deployment, endpoints, join, service, slice } from './pairing-fixtures.js';

/** A Knative Service `tag-header` whose template names its revision (or not), seven lines. */
const knative = (revision: string | undefined): string =>
  'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: tag-header\nspec:\n  template:\n' +
  `    metadata: {${revision === undefined ? '' : `name: ${revision}`}}\n`;

ruleTester(duplicateResource, {
  valid: [
    {
      // anthos-config-management-samples' namespace-inheritance: a ResourceQuota `quota` per namespace selector.
      name: 'Config Sync objects with different namespace selectors land in different namespaces',
      files: {
        'namespaces/eng/quota.yaml': [
          'kind: ResourceQuota\napiVersion: v1\nmetadata:\n  name: quota\n  annotations:\n    configmanagement.gke.io/namespace-selector: analytics-selector\n',
          'kind: ResourceQuota\napiVersion: v1\nmetadata:\n  name: quota\n  annotations:\n    configmanagement.gke.io/namespace-selector: gamestore-selector\n',
        ].join('---\n'),
      },
    },
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
      name: 'two kubebuilder components in one build: the namespace names each Namespace `system`, a patch deletes it',
      files: {
        'a/manager/manager.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: system\n',
        'a/manager/kustomization.yaml': 'resources: [manager.yaml]\n',
        'a/default/kustomization.yaml': 'namespace: a-system\nnamePrefix: a-\nresources: [../manager]\n',
        'a/overlay/kustomization.yaml':
          'resources: [../default]\nnamespace: shared\npatchesStrategicMerge: [remove-namespace.yaml]\n',
        'a/overlay/remove-namespace.yaml':
          '$patch: delete\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: a-system\n',
        'b/manager/manager.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: system\n',
        'b/default/kustomization.yaml':
          'namespace: b-system\nnamePrefix: b-\nresources: [../manager/manager.yaml]\n',
        'b/overlay/kustomization.yaml':
          'resources: [../default]\nnamespace: shared\npatchesStrategicMerge: [remove-namespace.yaml]\n',
        'b/overlay/remove-namespace.yaml':
          '$patch: delete\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: b-system\n',
        'all/kustomization.yaml': 'resources: [../a/overlay, ../b/overlay]\n',
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
      name: 'overlays of one base, each defining the same object for its own cluster',
      files: {
        'base/kustomization.yaml': 'resources:\n  - service.yaml\n',
        'base/service.yaml': service('web', { selector: { app: 'web' } }),
        'overlays/dev/kustomization.yaml': 'resources:\n  - ../../base\n  - endpoints.yaml\n',
        'overlays/dev/endpoints.yaml': endpoints('db', 'default', '10.0.0.1'),
        'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\n  - endpoints.yaml\n',
        'overlays/prod/endpoints.yaml': endpoints('db', 'default', '10.0.0.2'),
      },
    },
    {
      name: 'per-environment and per-cluster folders, an archived copy, and a second example of one app',
      files: {
        'envs/staging/web.yaml': service('web', { selector: { app: 'web' } }),
        'envs/production/web.yaml': service('web', { selector: { app: 'web' } }),
        'clusters/eu-1/web.yaml': service('web', { selector: { app: 'web' } }),
        'archive/web.yaml': service('web', { selector: { app: 'web' } }),
        'examples/guestbook/web.yaml': service('web', { selector: { app: 'web' } }),
      },
    },
    {
      name: 'alternative bundles in one plain directory (install.yaml and namespace-install.yaml)',
      files: {
        'manifests/install.yaml': join(
          service('api', { selector: { app: 'api' } }),
          deployment('api', { app: 'api' }),
        ),
        'manifests/namespace-install.yaml': join(
          service('api', { selector: { app: 'api' } }),
          deployment('api', { app: 'api' }),
        ),
      },
    },
    {
      name: 'a file that a kustomize build does not list, beside one it lists',
      files: {
        'app/kustomization.yaml': 'resources:\n  - service.yaml\n',
        'app/service.yaml': service('web', { selector: { app: 'web' } }),
        'app/service-old.yaml': service('web', { selector: { app: 'web' } }),
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
      name: 'the same namespace selector twice is a duplicate still',
      files: {
        'namespaces/eng/quota.yaml': [
          'kind: ResourceQuota\napiVersion: v1\nmetadata:\n  name: quota\n  annotations:\n    configmanagement.gke.io/namespace-selector: analytics-selector\n',
          'kind: ResourceQuota\napiVersion: v1\nmetadata:\n  name: quota\n  annotations:\n    configmanagement.gke.io/namespace-selector: analytics-selector\n',
        ].join('---\n'),
      },
      errors: [
        {
          file: 'namespaces/eng/quota.yaml',
          line: 11,
          column: 9,
          messageId: 'definedTwice',
          data: { where: 'in one file' },
        },
      ],
    },
    {
      // opentelemetry-operator's config/samples: one sample per API version, for the OLM bundle's examples.
      name: 'one object in two API versions of one build: a notice (kustomize keeps both)',
      files: {
        'samples/kustomization.yaml': 'resources: [v1alpha1.yaml, v1beta1.yaml]\n',
        'samples/v1alpha1.yaml':
          'apiVersion: opentelemetry.io/v1alpha1\nkind: OpenTelemetryCollector\nmetadata:\n  name: otel\n',
        'samples/v1beta1.yaml':
          'apiVersion: opentelemetry.io/v1beta1\nkind: OpenTelemetryCollector\nmetadata:\n  name: otel\n',
      },
      errors: [
        {
          file: 'samples/v1beta1.yaml',
          line: 4,
          column: 9,
          severity: 'notice',
          messageId: 'definedInTwoVersions',
          data: {
            object: 'OpenTelemetryCollector default/otel',
            where: 'in kustomize build samples',
            apiVersion: 'opentelemetry.io/v1beta1',
            otherVersion: 'opentelemetry.io/v1alpha1',
            place: 'samples/v1alpha1.yaml:4',
          },
          related: ['samples/v1alpha1.yaml:4:9'],
        },
      ],
    },
    {
      // knative/docs code-samples/serving/tag-header-based-routing/sample.yaml: revision 1, then revision 2 with traffic.
      name: 'one Knative Service naming two revisions in one file: a notice (Knative keeps both revisions)',
      files: {
        'sample.yaml': knative('rev-1') + '---\n' + knative('rev-2'),
      },
      errors: [
        {
          file: 'sample.yaml',
          line: 12,
          column: 9,
          severity: 'notice',
          messageId: 'knativeRevisions',
          data: {
            object: 'Service default/tag-header',
            revision: 'rev-2',
            otherRevision: 'rev-1',
            place: 'sample.yaml:4',
          },
          related: ['sample.yaml:4:9'],
        },
      ],
    },
    {
      name: 'a Knative Service twice with one revision name, or unnamed: an error as for any object',
      files: {
        'same.yaml': knative('rev-1') + '---\n' + knative('rev-1'),
        'unnamed.yaml': knative('rev-1') + '---\n' + knative(undefined),
      },
      errors: [
        { file: 'same.yaml', line: 12, column: 9, messageId: 'definedTwice' },
        { file: 'unnamed.yaml', line: 12, column: 9, messageId: 'definedTwice' },
      ],
    },
    {
      name: 'a Knative Service naming two revisions in two files of one build: kustomize refuses it',
      files: {
        'app/kustomization.yaml': 'resources: [a.yaml, b.yaml]\n',
        'app/a.yaml': knative('rev-1'),
        'app/b.yaml': knative('rev-2'),
      },
      errors: [{ file: 'app/b.yaml', line: 4, column: 9, messageId: 'definedTwice' }],
    },
    {
      name: 'two components both set `namespace: shared` and keep their Namespace: both are named `shared`',
      files: {
        'a/kustomization.yaml': 'namespace: shared\nresources: [namespace.yaml]\n',
        'a/namespace.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: system\n',
        'b/kustomization.yaml': 'namespace: shared\nresources: [namespace.yaml]\n',
        'b/namespace.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: b-system\n',
        'all/kustomization.yaml': 'resources: [../a, ../b]\n',
      },
      errors: [
        {
          file: 'b/namespace.yaml',
          line: 4,
          column: 9,
          messageId: 'definedTwice',
          data: {
            object: 'Namespace default/shared',
            where: 'in kustomize build all',
            place: 'a/namespace.yaml:4',
          },
        },
      ],
    },
    {
      name: 'a Service in two files of one kustomize build: the later file is reported',
      files: {
        'kustomization.yaml': 'resources:\n  - b.yaml\n  - a.yaml\n',
        'b.yaml': service('etcd'),
        'a.yaml': service('etcd'),
      },
      errors: [
        {
          file: 'b.yaml',
          line: 4,
          column: 9,
          endColumn: 13,
          messageId: 'definedTwice',
          data: {
            object: 'Service default/etcd',
            where: 'in kustomize build .',
            place: 'a.yaml:4',
            kustomize: ' `kustomize build` refuses the duplicate outright.',
          },
          related: ['a.yaml:4:9'],
        },
      ],
    },
    {
      name: 'an Endpoints twice in one multi-document file: the later document',
      files: join(endpoints('etcd', 'infra'), endpoints('etcd', 'infra', '10.20.30.41')),
      errors: [
        {
          line: 16,
          column: 9,
          messageId: 'definedTwice',
          data: {
            object: 'Endpoints infra/etcd',
            where: 'in one file',
            place: 'manifest.yaml:4',
            kustomize: '',
          },
          related: ['manifest.yaml:4:9'],
        },
      ],
    },
    {
      // Altinity's clickhouse-operator docs/chi-examples/01-simple-layout-05-concurrent-reconcile.yaml.
      name: 'one object written three times in one file: a sequence of states applied in turn, notices',
      files: join(
        endpoints('etcd', 'infra'),
        endpoints('etcd', 'infra', '10.20.30.41'),
        endpoints('etcd', 'infra', '10.20.30.42'),
      ),
      errors: [
        {
          line: 16,
          column: 9,
          severity: 'notice',
          messageId: 'sequenceOfStates',
          data: { object: 'Endpoints infra/etcd', count: '3', place: 'manifest.yaml:4' },
          related: ['manifest.yaml:4:9'],
        },
        {
          line: 28,
          column: 9,
          severity: 'notice',
          messageId: 'sequenceOfStates',
          data: { object: 'Endpoints infra/etcd', count: '3', place: 'manifest.yaml:4' },
          related: ['manifest.yaml:4:9'],
        },
      ],
    },
    {
      name: 'three definitions, two in one file and one in another file of the build: errors as for two',
      files: {
        'kustomization.yaml': 'resources: [a.yaml, b.yaml]\n',
        'a.yaml': join(endpoints('etcd', 'infra'), endpoints('etcd', 'infra', '10.20.30.41')),
        'b.yaml': endpoints('etcd', 'infra', '10.20.30.42'),
      },
      errors: [
        { file: 'a.yaml', line: 16, column: 9, messageId: 'definedTwice', data: { where: 'in one file' } },
        { file: 'b.yaml', line: 4, column: 9, messageId: 'definedTwice' },
      ],
    },
    {
      name: 'JSON and YAML definitions of one Service in the path a Flux Kustomization deploys',
      files: {
        'clusters/prod/apps.yaml':
          'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  path: ./apps\n',
        'apps/a.json':
          '{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "etcd"}, "spec": {"ports": [{"port": 2379}]}}\n',
        'apps/sub/b.yaml': service('etcd', { namespace: 'default' }),
      },
      errors: [
        {
          file: 'apps/sub/b.yaml',
          line: 4,
          column: 9,
          messageId: 'definedTwice',
          data: {
            object: 'Service default/etcd',
            where: 'in Flux Kustomization flux-system/apps (path apps)',
            place: 'apps/a.json:1',
            kustomize: '',
          },
          related: ['apps/a.json:1:62'],
        },
      ],
    },
    {
      name: 'three copies, one of them in a later document: both later ones relate the first',
      files: {
        'kustomization.yaml': 'resources:\n  - list.yaml\n  - more.yaml\n',
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
        {
          file: 'list.yaml',
          line: 9,
          column: 22,
          messageId: 'definedTwice',
          data: { object: 'Service default/etcd', where: 'in one file', place: 'list.yaml:6' },
          related: ['list.yaml:6:22'],
        },
        {
          file: 'more.yaml',
          line: 18,
          column: 9,
          messageId: 'definedTwice',
          data: { object: 'Service default/etcd', where: 'in kustomize build .', place: 'list.yaml:6' },
          related: ['list.yaml:6:22'],
        },
      ],
    },
    {
      name: 'a kustomization namespace meets the same namespace written explicitly in one build',
      files: {
        'app/kustomization.yaml': 'namespace: shop\nresources:\n  - svc.yaml\n  - ../other\n',
        'app/svc.yaml': service('cart', { selector: { app: 'cart' } }),
        'other/kustomization.yaml': 'resources:\n  - svc.yaml\n',
        'other/svc.yaml': service('cart', { namespace: 'shop', selector: { app: 'cart' } }),
      },
      errors: [
        {
          file: 'other/svc.yaml',
          line: 4,
          column: 9,
          messageId: 'definedTwice',
          data: { object: 'Service shop/cart', where: 'in kustomize build app', place: 'app/svc.yaml:4' },
          related: ['app/svc.yaml:4:9'],
        },
      ],
    },
  ],
});
