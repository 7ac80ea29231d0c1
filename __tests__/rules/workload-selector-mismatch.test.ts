import { workloadSelectorMismatch } from '../../src/rules/workload-selector-mismatch.js';
import { docs, ruleTester } from '../helpers/rule-tester.js';

/** A workload whose `spec.selector` is `selector` (YAML lines at 4 spaces) and template labels are `labels`. */
const workload = (kind: string, selector: string, labels: string, apiVersion = 'apps/v1') => `
  apiVersion: ${apiVersion}
  kind: ${kind}
  metadata:
    name: api
    namespace: shop
  spec:
    ${selector}
    template:
      metadata:
        labels:
          ${labels}
      spec:
        containers:
          - name: api
            image: example/api:1
`;

ruleTester(workloadSelectorMismatch, {
  valid: [
    {
      // Kruise validates its Advanced StatefulSet with its own webhook; apps/v1's required selector is not its rule.
      name: 'a custom resource named like a built-in workload (apps.kruise.io StatefulSet) without a selector',
      files: {
        'sts.yaml':
          'apiVersion: apps.kruise.io/v1beta1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: web:1\n',
      },
    },
    {
      name: 'no selector, but the kustomize build adds commonLabels to the selector and the template',
      files: {
        'app/kustomization.yaml': 'commonLabels:\n  app: grafana\nresources:\n  - deployment.yaml\n',
        'app/deployment.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: grafana\nspec:\n  template:\n    spec:\n      containers:\n        - name: grafana\n          image: grafana/grafana\n',
      },
    },
    {
      name: 'an overlay patches the labels of the base Deployment',
      files: {
        'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
        'base/deployment.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: placeholder}\n    spec:\n      containers:\n        - name: api\n          image: api:1\n',
        'overlay/kustomization.yaml': 'resources:\n  - ../base\npatches:\n  - path: labels.yaml\n',
        'overlay/labels.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    metadata:\n      labels: {app: api}\n',
      },
    },
    {
      name: 'matchLabels a subset of the template labels',
      files: workload(
        'Deployment',
        'selector:\n      matchLabels: {app: api}',
        'app: api\n          tier: backend',
      ),
    },
    {
      name: 'matchExpressions with every operator, all satisfied',
      files: workload(
        'StatefulSet',
        `selector:
      matchLabels: {app: api}
      matchExpressions:
        - {key: tier, operator: In, values: [backend, worker]}
        - {key: track, operator: NotIn, values: [canary]}
        - {key: app, operator: Exists}
        - {key: legacy, operator: DoesNotExist}`,
        'app: api\n          tier: backend\n          track: stable',
      ),
    },
    {
      name: 'a ReplicationController without selector takes the template labels',
      files: workload('ReplicationController', 'replicas: 1', 'app: api', 'v1'),
    },
    {
      name: 'a Job generates its selector unless manualSelector is true',
      files: workload('Job', 'backoffLimit: 2', 'app: api', 'batch/v1'),
    },
    {
      name: 'an unknown operator is left to the API server (nothing is evaluated)',
      files: workload(
        'Deployment',
        'selector:\n      matchExpressions: [{key: app, operator: Equals, values: [api]}]',
        'app: api',
      ),
    },
    {
      name: 'a kustomize patch is a partial object, not a workload',
      files: {
        'kustomization.yaml': 'resources: [deployment.yaml]\npatches: [{path: patch.yaml}]\n',
        'deployment.yaml': workload('Deployment', 'selector:\n      matchLabels: {app: api}', 'app: api'),
        'patch.yaml': `
          apiVersion: apps/v1
          kind: Deployment
          metadata: {name: api, namespace: shop}
          spec:
            template:
              metadata:
                labels: {version: v2}
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'a matchLabels value differs from the template: fixes the selector line',
      files: workload('Deployment', 'selector:\n      matchLabels:\n        app: api-server', 'app: api'),
      errors: [
        {
          line: 9,
          column: 12,
          endColumn: 22,
          messageId: 'wrongValue',
          data: {
            workload: 'Deployment shop/api',
            requirement: '`app: api-server`',
            label: '`app: api`',
            kind: 'Deployment',
            labelsPath: 'spec.template.metadata.labels',
            immutable:
              ' (the selector of an existing object is immutable in apps/v1, so for an object already in the ' +
              'cluster change the template)',
          },
          fix: '      app: api',
          related: ['manifest.yaml:13:9'],
        },
      ],
    },
    {
      name: 'no fix when a Service selects the selector value (the template is the wrong side)',
      files: docs(
        workload('Deployment', 'selector:\n      matchLabels:\n        app: api-server', 'app: api'),
        `
        apiVersion: v1
        kind: Service
        metadata: {name: api, namespace: shop}
        spec:
          selector: {app: api-server}
          ports: [{port: 80}]
        `,
      ),
      errors: [
        {
          line: 9,
          column: 12,
          fix: null,
          messageId: 'templateValue',
          data: { requirement: '`app: api-server`', label: '`app: api`', services: 'Service shop/api' },
        },
      ],
    },
    {
      name: 'a selector label the template lacks',
      files: workload('DaemonSet', 'selector:\n      matchLabels: {app: api, tier: node}', 'app: api'),
      errors: [
        {
          line: 8,
          column: 35,
          messageId: 'missingLabel',
          data: { workload: 'DaemonSet shop/api', requirement: '`tier: node`', key: 'tier' },
          fix: null,
        },
      ],
    },
    {
      name: 'each failing matchExpressions operator points at its own node',
      files: workload(
        'StatefulSet',
        `selector:
      matchExpressions:
        - {key: tier, operator: In, values: [backend]}
        - {key: track, operator: NotIn, values: [canary]}
        - {key: zone, operator: Exists}
        - {key: app, operator: DoesNotExist}`,
        'app: api\n          tier: frontend\n          track: canary',
      ),
      errors: [
        {
          line: 9,
          column: 43,
          messageId: 'valueNotAmong',
          data: { requirement: '`tier` in (backend)', label: '`tier: frontend`', kind: 'StatefulSet' },
        },
        {
          line: 10,
          column: 47,
          messageId: 'excludedValue',
          data: { requirement: '`track` not in (canary)', label: '`track: canary`' },
        },
        {
          line: 11,
          column: 15,
          messageId: 'missingLabel',
          data: { requirement: 'a `zone` label', key: 'zone' },
        },
        {
          line: 12,
          column: 15,
          messageId: 'forbiddenLabel',
          data: { requirement: 'no `app` label', label: '`app: api`' },
        },
      ],
    },
    {
      name: 'apps/v1 without spec.selector',
      files: workload('Deployment', 'replicas: 2', 'app: api'),
      errors: [
        {
          line: 6,
          column: 1,
          messageId: 'missingSelector',
          data: {
            workload: 'Deployment shop/api',
            selector: 'no `spec.selector`',
            apiVersion: 'apps/v1',
            example: ' (for example `matchLabels: {app: api}`)',
          },
          related: ['manifest.yaml:11:9'],
        },
      ],
    },
    {
      name: 'neither a selector nor template labels: a patch fragment kept outside any kustomization (a notice)',
      files: {
        'test/override.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: test\nspec:\n  template:\n    spec:\n      containers:\n      - name: test\n        image: nginx:v1.9\n',
      },
      errors: [
        {
          file: 'test/override.yaml',
          line: 5,
          column: 1,
          severity: 'notice',
          messageId: 'fragment',
          data: { workload: 'Deployment default/test', apiVersion: 'apps/v1' },
        },
      ],
    },
    {
      name: 'neither a selector nor template labels, but a kustomization lists it as a resource: a whole object',
      files: {
        'base/kustomization.yaml': 'resources: [statefulset.yaml]\n',
        'base/statefulset.yaml':
          'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: controller\nspec:\n  template:\n    spec:\n      containers:\n      - name: c\n        image: c:1\n',
      },
      errors: [
        {
          file: 'base/statefulset.yaml',
          line: 5,
          column: 1,
          messageId: 'missingSelector',
          data: { workload: 'StatefulSet default/controller', selector: 'no `spec.selector`', example: '' },
        },
      ],
    },
    {
      name: 'the same shape in a directory a Flux Kustomization deploys: a whole object',
      files: {
        'clusters/prod/apps.yaml':
          'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: apps\n  namespace: flux-system\nspec:\n  path: ./apps/web\n  sourceRef:\n    kind: GitRepository\n    name: flux-system\n',
        'apps/web/deployment.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: web\n        image: web:1\n',
      },
      errors: [
        {
          file: 'apps/web/deployment.yaml',
          line: 5,
          column: 1,
          messageId: 'missingSelector',
          data: { workload: 'Deployment default/web', selector: 'no `spec.selector`', example: '' },
        },
      ],
    },
    {
      name: 'no selector and an empty labels map written: a broken manifest, not a fragment',
      files: workload('Deployment', 'replicas: 2', '{}'),
      errors: [
        {
          line: 6,
          column: 1,
          messageId: 'missingSelector',
          data: { workload: 'Deployment shop/api', selector: 'no `spec.selector`', example: '' },
        },
      ],
    },
    {
      name: 'an empty selector',
      files: workload('ReplicaSet', 'selector: {}', 'app: api'),
      errors: [
        {
          line: 7,
          column: 13,
          messageId: 'missingSelector',
          data: { workload: 'ReplicaSet shop/api', selector: 'an empty `spec.selector`' },
        },
      ],
    },
    {
      name: 'a ReplicationController map selector and a manual-selector Job, in JSON',
      files: {
        'rc.json': JSON.stringify(
          {
            apiVersion: 'v1',
            kind: 'ReplicationController',
            metadata: { name: 'legacy', namespace: 'shop' },
            spec: {
              selector: { app: 'legacy' },
              template: {
                metadata: { labels: { app: 'old' } },
                spec: { containers: [{ name: 'a', image: 'a' }] },
              },
            },
          },
          null,
          2,
        ),
        'job.yaml': workload(
          'Job',
          'manualSelector: true\n    selector:\n      matchLabels: {job: migrate}',
          'job: migrat',
          'batch/v1',
        ),
      },
      errors: [
        {
          file: 'job.yaml',
          line: 9,
          column: 24,
          messageId: 'wrongValue',
          data: {
            workload: 'Job shop/api',
            requirement: '`job: migrate`',
            label: '`job: migrat`',
            kind: 'Job',
            immutable: '',
          },
          fix: '    matchLabels: {job: migrat}',
        },
        {
          file: 'rc.json',
          line: 10,
          column: 14,
          messageId: 'wrongValue',
          data: { workload: 'ReplicationController shop/legacy', label: '`app: old`', immutable: '' },
          fix: '      "app": "old"',
        },
      ],
    },
  ],
});
