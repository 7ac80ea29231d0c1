import { kustomizeNotModelled } from '../../src/rules/kustomize-not-modelled.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(kustomizeNotModelled, {
  valid: [
    {
      name: 'everything a pairing rule reads is modelled (and generators of ConfigMaps change nothing it reads)',
      files: {
        'kustomization.yaml':
          'namespace: shop\nnamePrefix: a-\ncommonLabels: {app: web}\nresources: [svc.yaml]\nconfigMapGenerator:\n  - name: settings\n    literals: [a=b]\nimages:\n  - name: web\n    newTag: "2"\n',
        'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n',
      },
    },
  ],
  invalid: [
    {
      name: 'helmCharts and a remote base: one notice each, at the key and at the entry',
      files: {
        'kustomization.yaml':
          'resources:\n  - svc.yaml\n  - github.com/example/base?ref=v1\nhelmCharts:\n  - name: redis\n',
        'svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n',
      },
      errors: [
        {
          line: 3,
          column: 5,
          messageId: 'remoteResource',
          data: { path: 'kustomization.yaml', entry: 'github.com/example/base?ref=v1' },
        },
        {
          line: 4,
          column: 1,
          endColumn: 11,
          messageId: 'fieldNotModelled',
          data: {
            path: 'kustomization.yaml',
            field: 'helmCharts',
            does: 'renders Helm charts into the build',
          },
        },
      ],
    },
    {
      name: 'a remote component and `vars` of an overlay: one notice each, in the overlay',
      files: {
        'overlay/kustomization.yaml':
          'resources: [../base]\ncomponents:\n  - https://example.com/monitoring.yaml\nvars:\n  - name: SERVICE\n',
        'base/kustomization.yaml': 'resources: [svc.yaml]\n',
        'base/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n',
      },
      errors: [
        {
          file: 'overlay/kustomization.yaml',
          line: 3,
          column: 5,
          messageId: 'remoteResource',
          data: { path: 'overlay/kustomization.yaml', entry: 'https://example.com/monitoring.yaml' },
        },
        {
          file: 'overlay/kustomization.yaml',
          line: 4,
          column: 1,
          messageId: 'fieldNotModelled',
          data: { field: 'vars', does: 'substitutes variables into objects' },
        },
      ],
    },
  ],
});
